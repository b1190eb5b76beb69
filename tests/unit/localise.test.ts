import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { atlasData, summaryById } from '$lib/data/atlasData';
import { cityById, dataset } from '$lib/data/dataset';
import { readDataFiles } from '$lib/data/files';
import { fromIsland, toIsland } from '$lib/data/island';
import { cityIn, cityName, datasetIn, useServerLocale } from '$lib/data/localise';
import { detailsFile } from '$lib/data/summary';
import { DataError, validateDataset } from '$lib/data/validate';
import type { City, Dataset, Locale } from '$lib/data/schema';

const REAL = readDataFiles(fileURLToPath(new URL('../../', import.meta.url)));
const files = validateDataset(REAL);
const mexico = files.cities.find((c) => c.id === 'mexico-city')!;

function problemsWith(file: string, change: (json: Record<string, unknown>) => void): string {
	const raw = structuredClone(REAL);
	change(raw[file] as Record<string, unknown>);
	try {
		validateDataset(raw);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as DataError).message;
	}
	throw new Error('expected the data to be rejected');
}

describe('a name in the reader’s language', () => {
	it('is the form the data gives for that language, else the name as written', () => {
		expect([cityName(mexico, 'en'), cityName(mexico, 'fr'), cityName(mexico, 'es')]).toEqual(['Mexico City', 'Mexico', 'Ciudad de México']);
		const amman = files.cities.find((c) => c.id === 'amman')!;
		expect([cityName(amman, 'fr'), cityName(amman, 'es')]).toEqual(['Amman', 'Amán']);
		const cork = files.cities.find((c) => c.id === 'cork')!;
		expect(cityName(cork, 'es')).toBe('Cork');
	});

	it('reaches the whole dataset: names, official names, the publisher, in the language’s alphabetical order', () => {
		const es = datasetIn(files, 'es');
		expect(es.cities.map((c) => c.name).slice(0, 4)).toEqual(['Amán', 'Bahir Dar', 'Balanga', 'Ciudad de México']);
		expect(es.cities.find((c) => c.id === 'beijing')).toMatchObject({ name: 'Pekín', officialName: 'Municipio de Pekín' });
		expect(es.publication.publisher).toBe('Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida y NILE (República de Corea)');
		expect(datasetIn(files, 'en').publication.publisher).toBe('UNESCO Institute for Lifelong Learning and NILE (Republic of Korea)');
		// Made once per language; the files' records are left as they are.
		expect(datasetIn(files, 'es')).toBe(es);
		expect(mexico.name).toBe('Mexico City');
	});

	it('is what a page’s island and a city’s details file carry', () => {
		const island = fromIsland(toIsland(datasetIn(files, 'fr'), 'fr')) as Dataset;
		expect(island.cities.find((c) => c.id === 'mexico-city')!.name).toBe('Mexico');
		expect((fromIsland(detailsFile(mexico, 'es')) as City).name).toBe('Ciudad de México');
		expect((fromIsland(detailsFile(cityIn(mexico, 'en'), 'fr')) as City).officialName).toBe('Ciudad de México (Distrito Federal en 2015)');
	});

	it('follows the page the server is rendering, for every module-level reader of the data', () => {
		let locale: Locale = 'fr';
		useServerLocale(() => locale);
		try {
			expect(cityById.get('mexico-city')!.name).toBe('Mexico');
			expect(summaryById.get('beijing')!.name).toBe('Pékin');
			expect(atlasData.publication.publisher).toBe('Institut de l’UNESCO pour l’apprentissage tout au long de la vie et NILE (République de Corée)');
			locale = 'es';
			expect(dataset.cities.find((c) => c.id === 'mexico-city')!.name).toBe('Ciudad de México');
			expect(atlasData.cities.map((c) => c.id)).toEqual(datasetIn(files, 'es').cities.map((c) => c.id));
			expect([...cityById.keys()]).toHaveLength(files.cities.length);
			expect(JSON.parse(JSON.stringify(dataset.publication)).publisher).toBe('Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida y NILE (República de Corea)');
		} finally {
			useServerLocale(() => 'en');
		}
	});
});

describe('the schema’s rule for name forms', () => {
	it('rejects a form equal to the name as written: it says nothing', () => {
		expect(
			problemsWith('data/cities/cork.json', (cork) => {
				cork.names = { fr: 'Cork' };
			})
		).toContain('data/cities/cork.json, city "cork", field names: the French form "Cork" is the name itself: leave it out');
		expect(
			problemsWith('data/publication.json', (book) => {
				book.publisherNames = { es: book.publisher };
			})
		).toContain('field publisherNames: the Spanish form "UNESCO Institute for Lifelong Learning and NILE (Republic of Korea)" is the name itself');
		expect(
			problemsWith('data/cities/beijing.json', (city) => {
				city.officialNames = { fr: city.officialName };
			})
		).toContain('field officialNames: the French form "Beijing Municipality" is the name itself');
	});

	it('rejects an empty set of forms, an unknown language and markup', () => {
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = {}))).toContain('field names: expected a French or Spanish form, or no field at all');
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = { de: 'Cork' }))).toContain('field names.de: unknown field');
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = { fr: '<b>Cork</b>' }))).toContain('field names.fr: expected plain text, found markup');
	});
});
