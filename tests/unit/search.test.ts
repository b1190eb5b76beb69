/**
 * Finding a city by name (src/lib/state/search.ts) over the book's twelve as each page names them
 * (src/lib/state/searchCandidates.ts): accents and case, the names of the other languages and the official and
 * local forms, the country, the ranking, and input that is not a name.
 */
import { describe, expect, it } from 'vitest';
import { atlasDataIn } from '$lib/data/atlasData';
import { datasetFromFiles } from '$lib/data/bundled';
import { datasetIn } from '$lib/data/localise';
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import { findCities, MAX_QUERY, normalise, searchIndex, type SearchCandidate } from '$lib/state/search';
import { cityCandidates } from '$lib/state/searchCandidates';

const indexes = Object.fromEntries(
	LOCALES.map((l) => [l, searchIndex(cityCandidates(atlasDataIn(l).cities, l), l)])
) as Record<Locale, ReturnType<typeof searchIndex>>;
const ids = (locale: Locale, query: string) => findCities(indexes[locale], query).matches.map((c) => c.id);
const first = (locale: Locale, query: string) => ids(locale, query)[0];

describe('normalise', () => {
	it('drops case, accents and punctuation', () => {
		expect(normalise('Ybycuí')).toBe('ybycui');
		expect(normalise('  PÉKIN ')).toBe('pekin');
		expect(normalise('Ville d’Espoo (Espoon kaupunki / Esbo stad)')).toBe('ville d espoo espoon kaupunki esbo stad');
		expect(normalise('Bahir-Dar')).toBe('bahir dar');
	});

	it('folds letters without a combining mark, and full-width letters', () => {
		expect(normalise('Łódź')).toBe('lodz');
		expect(normalise('Tromsø')).toBe('tromso');
		expect(normalise('Straße')).toBe('strasse');
		expect(normalise('ＣＯＲＫ')).toBe('cork');
	});
});

describe('finding the book’s cities', () => {
	it.each(LOCALES)('%s: case and accents do not matter', (locale) => {
		for (const q of ['ybycui', 'YBYCUÍ', 'Ybycuí', 'ybycuì']) expect(first(locale, q)).toBe('ybycui');
		for (const q of ['amman', 'aman', 'AMÁN']) expect(first(locale, q)).toBe('amman');
	});

	it.each(LOCALES)('%s: every language’s name finds the city (Pékin, Pekín, Beijing; Mexico, Ciudad de México)', (locale) => {
		for (const q of ['Pékin', 'pekin', 'Pekín', 'beijing']) expect(first(locale, q)).toBe('beijing');
		for (const q of ['Mexico City', 'ciudad de mexico', 'Ciudad de México']) expect(first(locale, q)).toBe('mexico-city');
	});

	it.each(LOCALES)('%s: the country’s name in any language finds its city ("mexique", "irlanda", "Finlande")', (locale) => {
		expect(ids(locale, 'mexique')).toEqual(['mexico-city']);
		expect(ids(locale, 'irlanda')).toEqual(['cork']);
		expect(ids(locale, 'Finlande')).toEqual(['espoo']);
	});

	it.each(LOCALES)('%s: official and local forms ("Espoon kaupunki", "Esbo", "Distrito Federal", "Lungsod ng Balanga")', (locale) => {
		expect(ids(locale, 'Espoon kaupunki')).toEqual(['espoo']);
		expect(ids(locale, 'esbo')).toEqual(['espoo']);
		expect(ids(locale, 'distrito federal')).toEqual(['mexico-city']);
		expect(ids(locale, 'lungsod')).toEqual(['balanga']);
		expect(ids(locale, 'namyangju-si')).toEqual(['namyangju']);
	});

	it('the words of a name in another order, each a beginning ("federal distrito", "gran aman")', () => {
		expect(ids('en', 'federal distrito')).toEqual(['mexico-city']);
		expect(ids('fr', 'gran aman')).toEqual(['amman']);
	});

	it('"cdmx" finds nothing: the data has no such form', () => {
		expect(findCities(indexes.en, 'cdmx')).toEqual({ total: 0, matches: [] });
	});
});

describe('ranking', () => {
	const c = (id: string, name: string, names: string[] = [], places: string[] = []): SearchCandidate => ({ id, name, names, places });
	const index = searchIndex(
		[
			c('zeta', 'Zeta', [], ['Coria']),
			c('corkwood', 'Corkwood'),
			c('cork', 'Cork'),
			c('new-cork', 'New Cork'),
			c('decork', 'Decork'),
			c('abba', 'Abba', ['Old Cork']),
			c('cork-two', 'Cork', [], [])
		],
		'en'
	);
	const ranked = (q: string) => findCities(index, q).matches.map((m) => m.id);

	it('exact first, then the shown name by prefix, a word’s beginning, anywhere; then other names; then the country', () => {
		expect(ranked('cork')).toEqual(['cork', 'cork-two', 'corkwood', 'new-cork', 'decork', 'abba']);
		expect(ranked('cori')).toEqual(['zeta']);
		expect(ranked('cor')).toEqual(['cork', 'cork-two', 'corkwood', 'new-cork', 'decork', 'abba', 'zeta']);
	});

	it('an exact match on another name ranks with the exact ones ("Old Cork" before "Old Corkers")', () => {
		const two = searchIndex([c('old-corkers', 'Old Corkers'), c('abba', 'Abba', ['Old Cork'])], 'en');
		expect(findCities(two, 'old cork').matches.map((m) => m.id)).toEqual(['abba', 'old-corkers']);
	});

	it('ties go by the page’s alphabetical order (Ávila between Amman and Balanga; Ö after Z in Swedish)', () => {
		const names = ['Zürich', 'Örebro', 'Ávila', 'Balanga', 'Amman'].map((n, i) => c(String(i), n, [], ['x']));
		const order = (locale: string) => findCities(searchIndex(names, locale), 'x').matches.map((m) => m.name);
		expect(order('en')).toEqual(['Amman', 'Ávila', 'Balanga', 'Örebro', 'Zürich']);
		expect(order('sv')).toEqual(['Amman', 'Ávila', 'Balanga', 'Zürich', 'Örebro']);
	});

	it('counts every match and keeps the best `limit`', () => {
		const result = findCities(index, 'o', 2);
		expect(result.total).toBe(7);
		// The shown names with it inside come first (Cork, then Cork again by id), before Abba's "Old Cork".
		expect(result.matches.map((m) => m.id)).toEqual(['cork', 'cork-two']);
	});

	it('the French page lists in French order, by the names it shows', () => {
		const all = findCities(indexes.fr, 'a').matches.map((m) => m.name);
		expect(all.slice(0, 2)).toEqual(['Amman', 'Bahir Dar']);
		expect(ids('fr', 'mex')[0]).toBe('mexico-city');
	});
});

describe('input that is not a name', () => {
	it.each(['', ' ', '   \t', '—', '()', '***', '\u0301'])('%j finds nothing and throws nothing', (q) => {
		expect(findCities(indexes.en, q)).toEqual({ total: 0, matches: [] });
	});

	it.each(['.*', '(', 'c[o]rk', '^cork$', 'co+rk', '\\', '$&', 'cork|beijing', '?', '<script>'])(
		'%j is letters, never a pattern',
		(q) => {
			// Each of these would match as a regular expression; none is in any name.
			expect(findCities(indexes.en, q).matches.map((m) => m.id)).not.toContain('swansea');
		}
	);

	it('"c.o.r.k" and "cork!" are the words they spell', () => {
		expect(ids('en', 'cork!')).toEqual(['cork']);
		expect(ids('en', 'c.o.r.k')).toEqual([]);
	});

	it('a pasted page is cut, not searched whole', () => {
		expect(findCities(indexes.en, `cork${' x'.repeat(10_000)}`).total).toBe(0);
		expect(ids('en', `cork${' '.repeat(MAX_QUERY)}x`)).toEqual(['cork']);
	});

	it('no candidates, no results', () => {
		expect(findCities(searchIndex([], 'en'), 'cork')).toEqual({ total: 0, matches: [] });
	});
});

describe('the candidates', () => {
	it.each(LOCALES)('%s: each city named as the page names it, its country as the hint, its other names kept', (locale) => {
		const candidates = cityCandidates(atlasDataIn(locale).cities, locale);
		const beijing = candidates.find((c) => c.id === 'beijing')!;
		expect(beijing.name).toBe({ en: 'Beijing', fr: 'Pékin', es: 'Pekín' }[locale]);
		expect(beijing.hint).toBe({ en: 'China', fr: 'Chine', es: 'China' }[locale]);
		expect(new Set([beijing.name, ...beijing.names])).toEqual(
			new Set(['Beijing', 'Pékin', 'Pekín', 'Beijing Municipality', 'Municipalité de Pékin', 'Municipio de Pekín'])
		);
	});

	it('an atlas reached from another page reads that page’s whole dataset, and still finds by the other languages', () => {
		const fr = searchIndex(cityCandidates(datasetIn(datasetFromFiles(), 'fr').cities, 'fr'), 'fr');
		expect(findCities(fr, 'pekin').matches[0]!.id).toBe('beijing');
		expect(findCities(fr, 'ciudad de mexico').matches[0]!.id).toBe('mexico-city');
	});
});

describe('search over the whole network (a scope beyond the book)', () => {
	it('finds members by their names in any language, and the twelve by every name the book gives them', async () => {
		const { fileURLToPath } = await import('node:url');
		const { readNetworkFiles, validateNetwork } = await import('$lib/data/networkValidate');
		const { citiesInScope } = await import('$lib/state/scopeCities');
		const { scopeCandidates } = await import('$lib/state/searchCandidates');
		const { members } = validateNetwork(readNetworkFiles(fileURLToPath(new URL('../../', import.meta.url))));
		for (const locale of LOCALES) {
			const book = atlasDataIn(locale).cities;
			const candidates = scopeCandidates(citiesInScope('network', book, members, locale), cityCandidates(book, locale), locale);
			expect(candidates.length, locale).toBe(members.length);
			const index = searchIndex(candidates, locale);
			const find = (q: string) => findCities(index, q).matches.map((c) => c.id);
			// The twelve keep their case-study ids, and the names of the other languages find them.
			expect(find('pekin')[0], locale).toBe('beijing');
			expect(find('ybycui')[0], locale).toBe('ybycui');
			expect(find('ciudad de mexico')[0], locale).toBe('mexico-city');
			// A member beyond the twelve, found without its accents.
			expect(find('camara de lobos')[0], locale).toBe(members.find((m) => m.name === 'Câmara de Lobos')!.id);
			expect(find('zzzzqx'), locale).toEqual([]);
		}
	});
});
