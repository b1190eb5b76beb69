import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../../src/lib/data/files';
import { DataError, validateDataset, type RawFiles } from '../../src/lib/data/validate';
import { GOAL_IDS } from '../../src/lib/data/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = readDataFiles(ROOT);
const CITY_IDS = [
	'melton',
	'sorocaba',
	'beijing',
	'bahir-dar',
	'espoo',
	'cork',
	'amman',
	'mexico-city',
	'ybycui',
	'balanga',
	'namyangju',
	'swansea'
];

type Json = Record<string, any>;
const CORK = 'data/cities/cork.json';

/** A deep copy of the real files with one defect made in `file` (Cork by default). */
function withDefect(defect: (city: Json, files: RawFiles) => void, file = CORK): RawFiles {
	const files = structuredClone(REAL);
	defect(files[file] as Json, files);
	return files;
}

/** The message of the DataError that validating `files` throws. */
function messageOf(files: RawFiles): string {
	try {
		validateDataset(files);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as DataError).message;
	}
	throw new Error('expected validateDataset to throw a DataError');
}

/** Asserts that the message has a line naming the file, the city, the field path, and saying what was expected. */
function expectProblem(files: RawFiles, problem: { file?: string; city?: string; field: string; expected: string }) {
	const { file = CORK, city = 'cork', field, expected } = problem;
	const message = messageOf(files);
	const line = message.split('\n').find((l) => l.trim().startsWith(`${file}, city "${city}", field ${field}:`));
	expect(line, `no problem line for ${file} / ${city} / ${field} in:\n${message}`).toBeDefined();
	expect(line).toContain(expected);
	return line!;
}

describe('the real data/', () => {
	const dataset = validateDataset(REAL);

	it('validates, with the twelve cities and the five goals', () => {
		expect(dataset.cities.map((c) => c.id).sort()).toEqual([...CITY_IDS].sort());
		expect(dataset.goals.map((g) => g.id)).toEqual([...GOAL_IDS]);
	});

	it('scores all five goals for every city', () => {
		for (const city of dataset.cities) {
			expect(Object.keys(city.goals).sort(), city.id).toEqual([...GOAL_IDS].sort());
			for (const id of GOAL_IDS) expect(Number.isInteger(city.goals[id].score), `${city.id} ${id}`).toBe(true);
		}
	});

	it('follows the editorial rules the schema does not enforce', () => {
		for (const city of dataset.cities) {
			expect(city.sources.length, `${city.id}: at least 3 sources`).toBeGreaterThanOrEqual(3);
			expect(city.challenges.length, `${city.id}: 2 to 4 challenges`).toBeGreaterThanOrEqual(2);
			expect(city.challenges.length, `${city.id}: 2 to 4 challenges`).toBeLessThanOrEqual(4);
			expect(city.award2015.received, `${city.id}: award 2015`).toBe(true);
			expect(city.learningCityStart.year, `${city.id}: learningCityStart.year`).toBeNull();
		}
		expect(dataset.publication.keyFeatures.benefits.flatMap((b) => b.goals).sort()).toEqual([...GOAL_IDS].sort());
	});

	it('is not changed by the defect tests (they work on deep copies)', () => {
		withDefect((city) => {
			city.lat = 1000;
		});
		expect((REAL[CORK] as Json).lat).toBe(51.8978);
	});
});

describe('a defect in data/ is reported with file, city, field and expectation', () => {
	it('duplicate ids: two files with the same id', () => {
		const files = withDefect((cork, all) => {
			all['data/cities/cork-copy.json'] = structuredClone(cork);
		});
		const message = messageOf(files);
		expect(message).toMatch(
			/data\/cities\/cork(-copy)?\.json, city "cork", field id: duplicate id, already used in data\/cities\/cork(-copy)?\.json/
		);
		expect(message).toContain('data/cities/cork-copy.json, city "cork", field id: expected the file name "cork-copy", got "cork"');
	});

	it('latitude out of range', () => {
		const files = withDefect((city) => {
			city.lat = 91;
		});
		expectProblem(files, { field: 'lat', expected: 'expected a latitude from -90 to 90, got 91' });
	});

	it('longitude out of range', () => {
		const files = withDefect((city) => {
			city.lon = -181;
		});
		expectProblem(files, { field: 'lon', expected: 'expected a longitude from -180 to 180, got -181' });
	});

	it('a score of 4', () => {
		const files = withDefect((city) => {
			city.goals['economic-development'].score = 4;
		});
		expectProblem(files, { field: 'goals.economic-development.score', expected: 'expected an integer from 0 to 3, got 4' });
	});

	it('a score of 1.5', () => {
		const files = withDefect((city) => {
			city.goals['social-cohesion'].score = 1.5;
		});
		expectProblem(files, { field: 'goals.social-cohesion.score', expected: 'expected an integer from 0 to 3, got 1.5' });
	});

	it('a goal id that does not exist', () => {
		const files = withDefect((city) => {
			city.goals['lifelong-learning'] = structuredClone(city.goals['social-cohesion']);
		});
		expectProblem(files, { field: 'goals.lifelong-learning', expected: 'expected exactly the five goal ids' });
	});

	it('a region that is not one of the five', () => {
		const files = withDefect((city) => {
			city.region = 'western-europe';
		});
		const line = expectProblem(files, { field: 'region', expected: 'expected one of the five UNESCO regions' });
		expect(line).toContain('got "western-europe"');
	});

	it('a city with an empty sources array', () => {
		const files = withDefect((city) => {
			city.sources = [];
		});
		expectProblem(files, { field: 'sources', expected: 'expected at least one source' });
	});

	it.each(['ftp://example.org/cork.pdf', 'javascript:alert(1)'])('a source URL %s', (url) => {
		const files = withDefect((city) => {
			city.sources[1].url = url;
		});
		const line = expectProblem(files, { field: 'sources.1.url', expected: 'expected an http(s) URL' });
		expect(line).toContain(JSON.stringify(url));
	});

	it('a missing field (summary deleted)', () => {
		const files = withDefect((city) => {
			delete city.summary;
		});
		expectProblem(files, { field: 'summary', expected: 'required field is missing (expected "summary")' });
	});

	it('markup in a text field', () => {
		const files = withDefect((city) => {
			city.summary.en = '<b>x</b>';
		});
		expectProblem(files, { field: 'summary.en', expected: 'expected plain text, found markup, got "<b>x</b>"' });
	});

	it('a missing language (vision.fr deleted)', () => {
		const files = withDefect((city) => {
			delete city.vision.fr;
		});
		expectProblem(files, { field: 'vision.fr', expected: 'required field is missing (expected "fr")' });
	});

	it('a known population without a source', () => {
		const files = withDefect((city) => {
			city.population.source = null;
		});
		expectProblem(files, { field: 'population', expected: 'expected a source for a known value' });
	});

	it('an unknown population (null) without a note', () => {
		const files = withDefect((city) => {
			city.population.value = null;
			delete city.population.note;
		});
		expectProblem(files, { field: 'population', expected: 'expected a note saying why the value is unknown' });
	});

	it('names the right city when the defect is in another file', () => {
		const files = withDefect((city) => {
			city.lat = -95;
		}, 'data/cities/ybycui.json');
		expectProblem(files, {
			file: 'data/cities/ybycui.json',
			city: 'ybycui',
			field: 'lat',
			expected: 'expected a latitude from -90 to 90'
		});
	});
});

describe('figures corrected by the December 2026 fact-check', () => {
	const { cities, publication } = validateDataset(REAL);
	const city = (id: string) => cities.find((c) => c.id === id)!;

	it('dates each population figure to the count it is', () => {
		expect([city('sorocaba').population.value, city('sorocaba').population.year]).toEqual([652481, 2016]);
		expect([city('cork').population.value, city('cork').population.year]).toEqual([125657, 2016]);
		expect([city('balanga').population.value, city('balanga').population.year]).toEqual([96061, 2015]);
	});

	it('gives every known start year a source', () => {
		for (const c of cities) if (c.learningCityStart.value !== null || c.id === 'ybycui') expect(c.learningCityStart.source, c.id).not.toBeNull();
	});

	it('links the book, its PDF and both publishers, and the exact network dates', () => {
		expect(publication.url).toMatch(/unlocking-potential-urban-communities/);
		expect(publication.pdf).toBe('https://unesdoc.unesco.org/images/0023/002345/234536E.pdf');
		expect(publication.publisher).toMatch(/NILE/);
		expect(publication.editors[0]).toBe('Raúl Valdes-Cotera');
		expect(publication.networkGrowth.map((g) => g.date)).toEqual(['2016-08-23', '2020-09-23', '2022-09-02', '2024-02-14', '2025-12-04']);
	});

	it('keeps no staging URL that the case studies were not read at', () => {
		const text = JSON.stringify(REAL);
		expect(text).not.toMatch(/https:\/\/uil\.unesco\.org\/case-study\/gnlc\/(beijing|balanga|cork|espoo|namyangju)"/);
		expect(text).not.toMatch(/viada\.com|espoo\.fi\/en-US|nacoesunidas/);
	});
});
