/** `npm run data:check`: validates data/ alone and prints every problem (file, city or record, field, expectation). */
import { readDataFiles } from '../src/lib/data/files';
import { DataError, validateDataset } from '../src/lib/data/validate';
import { readNetworkFiles, validateNetwork } from '../src/lib/data/networkValidate';

try {
	const { cities, goals } = validateDataset(readDataFiles(process.cwd()));
	const { members, editions } = validateNetwork(readNetworkFiles(process.cwd()), cities.map((c) => c.id));
	const placed = members.filter((m) => m.lat !== null).length;
	const countries = new Set(members.map((m) => m.country)).size;
	console.log(`data/ is valid: ${cities.length} cities, ${goals.length} goals.`);
	const unplaced = members.filter((m) => 'unplaced' in m.place);
	const noPoint = unplaced.filter((m) => 'unplaced' in m.place && m.place.unplaced === 'no-single-place');
	console.log(`data/network/ is valid: ${members.length} members in ${countries} countries, ${placed} placed, ${unplaced.length - noPoint.length} not yet placed${noPoint.length ? `, ${noPoint.length} with no single place` : ''}.`);
	for (const m of unplaced) console.log(`  off the map: ${m.name} (${m.country}), ${'unplaced' in m.place ? m.place.unplaced : ''}`);
	for (const c of editions.cohorts) console.log(`  cohort ${c.id}: ${c.named} named${c.announced === null ? '' : ` of ${c.announced} announced`}`);
	for (const a of editions.awards) console.log(`  award ${a.year}: ${a.named} named of ${a.announced} announced`);
} catch (error) {
	console.error(error instanceof DataError ? error.message : error instanceof Error ? error.message : String(error));
	process.exit(1);
}
