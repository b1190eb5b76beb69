/**
 * Validates the raw files of `data/` against the schema and turns every problem into one line that names
 * the file, the city and the field, and says what was expected. Used by the build (vite plugin), by
 * `npm run data:check` and by the unit tests.
 */
import * as v from 'valibot';
import { City, GoalsFile, Publication, type Dataset } from './schema.ts';

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
		PUBLICATION_FILE in files ? parse(Publication, PUBLICATION_FILE, '', files[PUBLICATION_FILE], problems) : undefined;
	if (!(PUBLICATION_FILE in files)) problems.push(`${PUBLICATION_FILE}: file is missing`);

	const cities: Dataset['cities'] = [];
	const seen = new Map<string, string>();
	for (const [file, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const match = CITY_FILE.exec(file);
		if (!match) continue;
		const rawId = (raw as { id?: unknown } | null)?.id;
		const where = `, city "${typeof rawId === 'string' ? rawId : match[1]}"`;
		const city = parse(City, file, where, raw, problems);
		if (!city) continue;
		if (city.id !== match[1]) problems.push(`${file}${where}, field id: expected the file name "${match[1]}", got "${city.id}"`);
		const other = seen.get(city.id);
		if (other) problems.push(`${file}${where}, field id: duplicate id, already used in ${other}`);
		else seen.set(city.id, file);
		cities.push(city);
	}
	if (cities.length === 0 && problems.length === 0) problems.push('data/cities/: expected at least one city file');
	if (problems.length > 0 || !goals || !publication) throw new DataError(problems);
	return { goals, cities, publication };
}
