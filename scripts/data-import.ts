/** `npm run data:import -- FILE.csv`: see scripts/network/importCsv.ts and the README. */
import { geonames } from './network/gazetteer.ts';
import { ImportError, importFile } from './network/importCsv.ts';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run data:import -- FILE.csv   (columns city,country,joined,source; optional lat,lon,award)');
	process.exit(2);
}
try {
	const report = importFile(process.cwd(), file, geonames());
	const list = (title: string, items: string[]) => {
		console.log(`${title}: ${items.length}`);
		for (const item of items) console.log(`  ${item}`);
	};
	list('added', report.added);
	list('updated', report.updated);
	list('could not place (no coordinates; give lat,lon with a source)', report.unplaced);
	list('ambiguous (no coordinates; set place.geonames by hand)', report.ambiguous);
	console.log(`unchanged: ${report.unchanged.length}`);
	console.log(report.written.length > 0 ? `wrote ${report.written.join(', ')}` : 'nothing to write: data/network/ already had all of it');
} catch (error) {
	console.error(error instanceof ImportError ? error.message : String(error));
	process.exit(1);
}
