import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { atlasData, summaryById } from '$lib/data/atlasData';
import { cityById, dataset } from '$lib/data/dataset';
import { readDataFiles } from '$lib/data/files';
import { fromIsland, toIsland } from '$lib/data/island';
import { cityIn, cityName, datasetIn, useServerLocale, writtenName } from '$lib/data/localise';
import { detailsFile } from '$lib/data/summary';
import { DataError, validateDataset } from '$lib/data/validate';
import { buildSlides } from '$lib/presenter/slides';
import { citiesCsvFile } from '$lib/share/downloads';
import { DEFAULT_FILTER } from '$lib/state/filter';
import type { City, Dataset, Deck, Locale } from '$lib/data/schema';

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

describe('a programme’s name in the reader’s language', () => {
	const programmeNames = (dataset: Dataset, id: string) => dataset.cities.find((c) => c.id === id)!.programmes.map((p) => p.name);

	it('is the translated form in French and Spanish, the name as written in English', () => {
		expect(programmeNames(datasetIn(files, 'en'), 'sorocaba')).toContain('Clube do Idoso and Chácara do Idoso');
		expect(programmeNames(datasetIn(files, 'fr'), 'sorocaba')).toContain('Clube do Idoso et Chácara do Idoso');
		expect(programmeNames(datasetIn(files, 'es'), 'sorocaba')).toContain('Clube do Idoso y Chácara do Idoso');
		expect(programmeNames(datasetIn(files, 'en'), 'bahir-dar')).toContain('City-wide needs assessment');
		expect(programmeNames(datasetIn(files, 'fr'), 'bahir-dar')).toContain('Évaluation des besoins à l’échelle de la ville');
		expect(programmeNames(datasetIn(files, 'es'), 'bahir-dar')).toContain('Diagnóstico de necesidades en toda la ciudad');
		// A proper name stands in every language.
		expect(programmeNames(datasetIn(files, 'fr'), 'sorocaba')).toContain('Roda Viva');
		expect(files.cities.find((c) => c.id === 'sorocaba')!.programmes[1]!.name).toBe('Clube do Idoso and Chácara do Idoso');
	});

	it('reaches a city’s details file and the CSV in that language', () => {
		const sorocaba = files.cities.find((c) => c.id === 'sorocaba')!;
		expect((fromIsland(detailsFile(sorocaba, 'es')) as City).programmes.map((p) => p.name)).toContain('Clube do Idoso y Chácara do Idoso');
		const rows = parse(citiesCsvFile({ dataset: files, network: [] }, 'fr'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
		const cell = rows.find((r) => r.id === 'sorocaba')!['Programmes phares']!;
		expect(cell).toContain('Clube do Idoso et Chácara do Idoso: ');
		expect(cell).not.toContain('Clube do Idoso and');
	});

	it('still answers to the name as written, which the deck file names programmes by', () => {
		const deck = REAL['data/deck.json'] as Deck;
		const chosen = deck.slides.find((s) => s.kind === 'city' && s.city === 'beijing' && s.programmes);
		expect(chosen && chosen.kind === 'city' && chosen.programmes).toContain('Digital learning platform');
		const slide = buildSlides(deck, datasetIn(files, 'fr').cities, DEFAULT_FILTER).find((s) => s.kind === 'city' && s.city.id === 'beijing');
		expect(slide?.kind === 'city' && slide.programmes.map((p) => p.name)).toEqual([
			'Pékin, ville apprenante',
			'Banque de crédits de Pékin',
			'Plateforme d’apprentissage numérique'
		]);
		expect(slide?.kind === 'city' && slide.programmes.map(writtenName)).toEqual(chosen?.kind === 'city' && chosen.programmes);
		// Put into another language again, a programme starts from the name as written.
		const beijing = datasetIn(files, 'fr').cities.find((c) => c.id === 'beijing')!;
		expect(cityIn(beijing, 'es').programmes[0]!.name).toBe('Pekín, ciudad del aprendizaje');
		expect(cityIn(beijing, 'en').programmes[0]).toEqual(files.cities.find((c) => c.id === 'beijing')!.programmes[0]);
	});

	it('never keeps the English "and" in French or Spanish', () => {
		for (const locale of ['fr', 'es'] as const)
			for (const city of datasetIn(files, locale).cities)
				for (const { name } of city.programmes) expect(name, `${city.id}, ${locale}`).not.toMatch(/(^|[^\p{L}])and([^\p{L}]|$)/u);
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
		expect(
			problemsWith('data/cities/sorocaba.json', (city) => {
				const [, clube] = city.programmes as { name: string; names?: Record<string, string> }[];
				clube!.names = { ...clube!.names, es: clube!.name };
			})
		).toContain(
			'data/cities/sorocaba.json, city "sorocaba", field programmes.1.names: the Spanish form "Clube do Idoso and Chácara do Idoso" is the name itself: leave it out'
		);
	});

	it('rejects an empty set of forms, an unknown language and markup', () => {
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = {}))).toContain('field names: expected a French or Spanish form, or no field at all');
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = { de: 'Cork' }))).toContain('field names.de: unknown field');
		expect(problemsWith('data/cities/cork.json', (cork) => (cork.names = { fr: '<b>Cork</b>' }))).toContain('field names.fr: expected plain text, found markup');
	});
});
