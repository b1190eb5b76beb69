/**
 * Validates the raw files of `data/` against the schema and turns every problem into one line that names
 * the file, the city and the field, and says what was expected. Used by the build (vite plugin), by
 * `npm run data:check` and by the unit tests.
 */
import * as v from 'valibot';
import { CityFile, Deck, GoalsFile, PublicationFile, type Dataset } from './schema.ts';

export class DataError extends Error {
	constructor(readonly problems: string[]) {
		super(`The atlas data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
		this.name = 'DataError';
	}
}

/** The raw contents of `data/`, keyed by path relative to the project root (e.g. `data/cities/cork.json`). */
export type RawFiles = Record<string, unknown>;

export const GOALS_FILE = 'data/goals.json';
export const PUBLICATION_FILE = 'data/publication.json';
export const CITY_FILE = /^data\/cities\/([^/]+)\.json$/;
export const DECK_FILE = 'data/deck.json';

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function issuesOf(file: string, where: string, issues: v.BaseIssue<unknown>[]): string[] {
	return issues.map((issue) => {
		const path = v.getDotPath(issue) ?? '(top level)';
		const objectIssue = issue.kind === 'schema' && (issue.type === 'object' || issue.type === 'strict_object');
		let problem: string;
		if (objectIssue && issue.expected === 'never') problem = `unknown field: ${issue.message}`;
		else if (objectIssue && issue.input === undefined) problem = `required field is missing (expected ${issue.expected})`;
		else problem = `${issue.message}, got ${describe(issue.input)}`;
		return `${file}${where}, field ${path}: ${problem}`;
	});
}

function parse<T extends v.GenericSchema>(schema: T, file: string, where: string, raw: unknown, problems: string[]) {
	const result = v.safeParse(schema, raw);
	if (result.success) return result.output as v.InferOutput<T>;
	problems.push(...issuesOf(file, where, result.issues));
	return undefined;
}

/** Validates and assembles the dataset; throws a DataError listing every problem found. */
export function validateDataset(files: RawFiles): Dataset {
	const problems: string[] = [];
	const goals = GOALS_FILE in files ? parse(GoalsFile, GOALS_FILE, '', files[GOALS_FILE], problems) : undefined;
	if (!(GOALS_FILE in files)) problems.push(`${GOALS_FILE}: file is missing`);
	const publication =
		PUBLICATION_FILE in files ? parse(PublicationFile, PUBLICATION_FILE, '', files[PUBLICATION_FILE], problems) : undefined;
	if (!(PUBLICATION_FILE in files)) problems.push(`${PUBLICATION_FILE}: file is missing`);

	const cities: Dataset['cities'] = [];
	const seen = new Map<string, string>();
	for (const [file, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const match = CITY_FILE.exec(file);
		if (!match) continue;
		const rawId = (raw as { id?: unknown } | null)?.id;
		const where = `, city "${typeof rawId === 'string' ? rawId : match[1]}"`;
		const city = parse(CityFile, file, where, raw, problems);
		if (!city) continue;
		if (city.id !== match[1]) problems.push(`${file}${where}, field id: expected the file name "${match[1]}", got "${city.id}"`);
		const other = seen.get(city.id);
		if (other) problems.push(`${file}${where}, field id: duplicate id, already used in ${other}`);
		else seen.set(city.id, file);
		cities.push(city);
	}
	if (cities.length === 0 && problems.length === 0) problems.push('data/cities/: expected at least one city file');
	// The presenter's deck is checked against the cities it names (optional here so partial fixtures still validate).
	if (DECK_FILE in files) problems.push(...deckProblems(files[DECK_FILE], cities));
	if (problems.length > 0 || !goals || !publication) throw new DataError(problems);
	return { goals, cities, publication };
}

/** Names a problem in the deck by slide number (1-based, as the presenter counts) and field. */
function deckProblem(path: string, message: string): string {
	const match = /^slides\.(\d+)(?:\.(.+))?$/.exec(path);
	if (!match) return `${DECK_FILE}, field ${path}: ${message}`;
	return `${DECK_FILE}, slide ${Number(match[1]) + 1}${match[2] ? `, field ${match[2]}` : ''}: ${message}`;
}

/** Every problem of the deck file: its shape, then the cities and programmes it names. */
export function deckProblems(raw: unknown, cities: readonly Dataset['cities'][number][]): string[] {
	const result = v.safeParse(Deck, raw);
	if (!result.success) {
		return result.issues.map((issue) => {
			const missing = issue.input === undefined && issue.kind === 'schema';
			return deckProblem(v.getDotPath(issue) ?? '(top level)', `${issue.message}, ${missing ? 'but the field is missing' : `got ${describe(issue.input)}`}`);
		});
	}
	const problems: string[] = [];
	const byId = new Map(cities.map((c) => [c.id, c]));
	const named = new Map<string, number>();
	let restAt: number | null = null;
	result.output.slides.forEach((slide, i) => {
		if (slide.kind === 'cities') {
			if (restAt !== null) problems.push(deckProblem(`slides.${i}.kind`, `"cities" may appear once, already used by slide ${restAt + 1}`));
			restAt = i;
		}
		if (slide.kind !== 'city') return;
		const city = byId.get(slide.city);
		if (!city) return problems.push(deckProblem(`slides.${i}.city`, `no city "${slide.city}" in data/cities/`));
		const other = named.get(city.id);
		if (other !== undefined) problems.push(deckProblem(`slides.${i}.city`, `"${city.id}" already has slide ${other + 1}`));
		else named.set(city.id, i);
		slide.programmes?.forEach((name, p) => {
			if (!city.programmes.some((programme) => programme.name === name))
				problems.push(deckProblem(`slides.${i}.programmes.${p}`, `no programme named "${name}" in data/cities/${city.id}.json`));
		});
		if (slide.fact === 'population' && city.population.value === null)
			problems.push(deckProblem(`slides.${i}.fact`, `the population of "${city.id}" is unknown; choose another fact`));
		if (slide.fact === 'learningCityStart' && city.learningCityStart.value === null)
			problems.push(deckProblem(`slides.${i}.fact`, `the learning-city start of "${city.id}" is unknown; choose another fact`));
	});
	return problems;
}
