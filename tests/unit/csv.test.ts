import { describe, expect, it } from 'vitest';
import { dsvFormat } from 'd3';
import { citiesCsv, type CsvWords } from '$lib/charts/export';
import { csvSeparator } from '$lib/i18n/csv';
import { atlasDataOf } from '$lib/data/summary';
import { datasetIn } from '$lib/data/localise';
import { datasetFromFiles } from '$lib/data/bundled';
import { countryName } from '$lib/i18n/format';
import { confidenceWords, regionLabels } from '$lib/i18n/labels';

const fr = atlasDataOf(datasetIn(datasetFromFiles(), 'fr'));
const words: CsvWords = {
	columns: { id: 'identifiant', city: 'Ville', country: 'Pays', region: 'Région', source: 'Source' },
	goal: (id) => fr.goals.find((g) => g.id === id)!.label.fr,
	confidenceColumn: (goal) => `${goal} : confiance`,
	confidence: (value) => confidenceWords[value].fr,
	region: (id) => regionLabels[id].fr,
	country: (iso2) => countryName(iso2, 'fr')
};

describe('the CSV download', () => {
	it('separates with ";" for readers whose decimal mark is a comma, "," otherwise', () => {
		expect(['fr-FR', 'es-ES', 'de-DE', 'fr-CA'].map(csvSeparator)).toEqual([';', ';', ';', ';']);
		expect(['en-US', 'en-GB', 'es-MX', 'zh-CN'].map(csvSeparator)).toEqual([',', ',', ',', ',']);
	});

	it('starts with a byte-order mark and speaks the page’s language, values included', () => {
		const text = citiesCsv(fr.cities, 'Source : …', words, ';');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const rows = dsvFormat(';').parse(text.slice(1));
		expect(rows.columns.slice(0, 5)).toEqual(['identifiant', 'Ville', 'Pays', 'Région', fr.goals[0]!.label.fr]);
		expect(rows.find((r) => r.identifiant === 'amman')).toMatchObject({ Ville: 'Amman', Pays: 'Jordanie', Région: 'États arabes' });
		expect(rows.find((r) => r.identifiant === 'mexico-city')!.Ville).toBe('Mexico');
		const confidences = fr.goals.flatMap((g) => rows.map((r) => r[`${g.label.fr} : confiance`]));
		expect(new Set(confidences)).toEqual(new Set(['élevée', 'moyenne', 'faible']));
	});
});
