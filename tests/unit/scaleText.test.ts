/**
 * The words that count the cities at scale (cityCount.ts and messages/*.json): the book's twelve keep the book's
 * text; any other set is said with its number, formatted for the language, in the subtitle, the page's
 * description, the map's description, the count line and the map's groups.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/data/vocabulary';
import { cityCount, mapDescriptionInputs, mapLayout, NAMES_UP_TO } from '../../src/lib/i18n/cityCount';
import { formatNumber } from '../../src/lib/i18n/format';
import { CLUSTER_FROM } from '../../src/lib/data/crowding';
import { say } from './messages';

const NNBSP = '\u202f';
const names = (n: number) => Array.from({ length: n }, (_, i) => `City ${i + 1}`);

describe('numbers at scale are formatted for the language', () => {
	it('writes 10,000 / 10 000 / 10.000', () => {
		expect(LOCALES.map((l) => formatNumber(10_000, l))).toEqual(['10,000', `10${NNBSP}000`, '10.000']);
		expect(LOCALES.map((l) => cityCount(4992, l).shown)).toEqual(['4,992', `4${NNBSP}992`, '4992']);
	});

	it('says the count line with formatted numbers', () => {
		const counts = (l: (typeof LOCALES)[number]) => ({ matching: formatNumber(4992, l), total: formatNumber(10_000, l), min: 2, goals: 'X' });
		expect(say('en', 'filter_count', counts('en'))).toBe('4,992 of 10,000 cities score 2 or more on X');
		expect(say('fr', 'filter_count', counts('fr'))).toMatch(new RegExp(`^4${NNBSP}992 villes sur 10${NNBSP}000 `));
		expect(say('es', 'filter_count', counts('es'))).toMatch(/^4992 de 10\.000 ciudades /);
		expect(say('en', 'filter_none_active', { total: formatNumber(10_000, 'en') })).toBe('All 10,000 cities shown. Choose goals to filter.');
	});

	it('labels a map group with its formatted number, and how many of it the filter keeps', () => {
		expect(say('en', 'map_cluster', { shown: formatNumber(1234, 'en') })).toBe('A group of 1,234 cities: zoom in');
		expect(say('fr', 'map_cluster_filtered', { shown: formatNumber(1234, 'fr'), kept: '1', keptCount: 1 })).toBe(
			`Groupe de 1${NNBSP}234 villes, dont 1 correspond au filtre : zoomer`
		);
		expect(say('es', 'map_cluster_filtered', { shown: formatNumber(1234, 'es'), kept: '20', keptCount: 20 })).toBe(
			'Grupo de 1234 ciudades, 20 coinciden con el filtro: acercar'
		);
	});
});

describe('the subtitle and the descriptions say what is true for the set of cities', () => {
	it('keeps the book’s words for its twelve cities', () => {
		expect(LOCALES.map((l) => say(l, 'atlas_subtitle_lead', { ...cityCount(12, l) }))).toEqual([
			'The twelve award-winning cities of',
			'Les douze villes primées de',
			'Las doce ciudades premiadas de'
		]);
		expect(say('en', 'atlas_description', { ...cityCount(12, 'en') })).toMatch(/^An interactive atlas of the twelve cities in /);
		const twelve = names(12);
		expect(say('en', 'atlas_map_description', mapDescriptionInputs(twelve, 'en'))).toBe(
			`World map with the 12 learning cities of the book: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(twelve)}. The list of cities next to the map offers the same choices.`
		);
	});

	it('gives any other set its number, in every language, and no word of twelve', () => {
		for (const l of LOCALES) {
			for (const count of [1, 13, 400, 10_000]) {
				const input = cityCount(count, l);
				for (const key of ['atlas_subtitle_lead', 'atlas_description']) {
					const text = say(l, key, { ...input });
					expect(text, `${l} ${key} ${count}`).toContain(input.shown);
					expect(text).not.toMatch(/twelve|douze|doce|\{|\}/);
				}
				const map = say(l, 'atlas_map_description', mapDescriptionInputs(names(count), l));
				expect(map, `${l} map ${count}`).toContain(input.shown);
				expect(map).not.toMatch(/twelve|douze|doce|\{|\}/);
			}
		}
		expect(say('en', 'atlas_subtitle_lead', { ...cityCount(10_000, 'en') })).toBe('10,000 learning cities, starting from');
		expect(say('fr', 'atlas_subtitle_lead', { ...cityCount(1, 'fr') })).toBe('1 ville apprenante, à partir de');
		expect(say('es', 'atlas_subtitle_lead', { ...cityCount(400, 'es') })).toBe('400 ciudades del aprendizaje, a partir de');
	});

	it('names the cities on a small map, counts them on a larger one, and tells of the groups on a crowded one', () => {
		expect([1, 12, NAMES_UP_TO].map(mapLayout)).toEqual(['named', 'named', 'named']);
		expect([NAMES_UP_TO + 1, CLUSTER_FROM - 1].map(mapLayout)).toEqual(['counted', 'counted']);
		expect([CLUSTER_FROM, 10_000].map(mapLayout)).toEqual(['grouped', 'grouped']);
		expect(say('en', 'atlas_map_description', mapDescriptionInputs(names(2), 'en'))).toBe(
			'World map with 2 learning cities: City 1 and City 2. The list of cities next to the map offers the same choices.'
		);
		const crowded = say('en', 'atlas_map_description', mapDescriptionInputs(names(10_000), 'en'));
		expect(crowded).toMatch(/^World map with 10,000 learning cities\. Where they crowd/);
		expect(crowded).not.toContain('City 1');
		expect(say('fr', 'atlas_map_description', mapDescriptionInputs(names(40), 'fr'))).toMatch(/^Carte du monde avec 40 villes apprenantes, chacune/);
	});
});
