import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { datasetFromFiles } from '$lib/data/bundled';
import { networkFromFiles } from '$lib/data/networkFile';
import { csvNumber, csvText } from '$lib/i18n/csv';
import { citiesCsvFile, dictionaryCsv, networkCsvFile, networkGeoJson, scoresCsvFile } from '$lib/share/downloads';

const records = { dataset: datasetFromFiles(), network: networkFromFiles() };
const read = (text: string, delimiter: string) => {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return parse(text, { bom: true, delimiter, columns: true }) as Record<string, string>[];
};

describe('CSV in the reader’s language', () => {
	it('writes numbers as the language does, without grouping, so a spreadsheet reads them as numbers', () => {
		expect([csvNumber(51.8978, 'en'), csvNumber(51.8978, 'fr'), csvNumber(51.8978, 'es')]).toEqual(['51.8978', '51,8978', '51,8978']);
		expect(csvNumber(4007526, 'fr')).toBe('4007526');
		expect(csvText(['a', 'b'], [[1.5, null]], 'fr', ';')).toBe('\uFEFFa;b\n1,5;\n');
	});

	it('quotes a cell that holds the separator, a quote or a line break', () => {
		const rows = parse(csvText(['x'], [['a;b'], ['say "hi"'], ['one\ntwo']], 'fr', ';'), { bom: true, delimiter: ';' });
		expect(rows.slice(1)).toEqual([['a;b'], ['say "hi"'], ['one\ntwo']]);
	});
});

describe('the Data page’s files', () => {
	it('has every city once with its coordinates, in French with French headings and decimal commas', () => {
		const rows = read(citiesCsvFile(records, 'fr'), ';');
		expect(rows.map((r) => r.id).sort()).toEqual(records.dataset.cities.map((c) => c.id).sort());
		const cork = rows.find((r) => r.id === 'cork')!;
		expect(cork.Latitude).toBe('51,8978');
		expect(cork['Région UNESCO']).toBe('Europe et Amérique du Nord');
		expect(cork.Pays).toBe('Irlande');
		const beijing = rows.find((r) => r.id === 'beijing')!;
		expect(beijing.Ville).toBe('Pékin');
	});

	it('has one score row per city and goal, with evidence and confidence in the language', () => {
		const rows = read(scoresCsvFile(records, 'es'), ';');
		expect(rows).toHaveLength(records.dataset.cities.length * 5);
		const row = rows.find((r) => r.id === 'cork' && r['id del objetivo'] === 'social-cohesion')!;
		const score = records.dataset.cities.find((c) => c.id === 'cork')!.goals['social-cohesion'];
		expect(Number(row['Puntuación'])).toBe(score.score);
		expect(row.Evidencia).toBe(score.evidence.es);
		expect(['alta', 'media', 'baja']).toContain(row.Confianza);
	});

	it('has every network member in the CSV and every placed one in the GeoJSON', () => {
		const rows = read(networkCsvFile(records, 'en'), ',');
		expect(rows).toHaveLength(records.network.length);
		const geo = networkGeoJson(records);
		const placed = records.network.filter((r) => r.lat !== null);
		expect(geo.features).toHaveLength(placed.length);
		for (const f of geo.features) {
			const [lon, lat] = f.geometry.coordinates as [number, number];
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
		}
	});

	it('describes every column of every file in the dictionary', () => {
		const rows = read(dictionaryCsv('fr'), ';');
		const columns = Object.keys(read(citiesCsvFile(records, 'fr'), ';')[0]!);
		for (const c of columns) expect(rows.some((r) => r.Colonne === c)).toBe(true);
		expect(rows.every((r) => (r.Signification ?? '').length > 0)).toBe(true);
	});
});
