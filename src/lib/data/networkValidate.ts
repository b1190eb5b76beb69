/**
 * Validates `data/network/` and names, for every problem, the file, the record and the field: the schema
 * (`networkSchema.ts`), then what a schema cannot see: a city more than 25 km outside its country's shape, a
 * duplicate, an award year that is no edition, a join year after an award, a record filed under another
 * country, a region that is not its country's, a case study that is not in data/cities/, and completeness
 * counts that do not match the records. Node only: the build (`vitePlugin.ts`) and `npm run data:check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { Editions, MembersFile, type Member } from './networkSchema.ts';
import { kmOutsideCountry } from './networkGeo.ts';
import { UNESCO_REGION } from './unescoRegions.ts';

export const NETWORK_DIR = 'data/network';
export const EDITIONS_FILE = `${NETWORK_DIR}/editions.json`;
export const MEMBERS_FILE = /^data\/network\/members\/([A-Z]{2})\.json$/;
/** How far outside its country's shape a city may lie (coasts and small islands are drawn coarsely). */
export const MAX_KM_OUTSIDE = 25;

export type NetworkFiles = Record<string, unknown>;

export function readNetworkFiles(root: string): NetworkFiles {
	const files: NetworkFiles = {};
	const read = (relative: string) => {
		try {
			files[relative] = JSON.parse(readFileSync(join(root, relative), 'utf8'));
		} catch (error) {
			throw new Error(`${relative}: cannot be read as JSON (${(error as Error).message})`, { cause: error });
		}
	};
	read(EDITIONS_FILE);
	for (const name of readdirSync(join(root, NETWORK_DIR, 'members')).sort()) if (name.endsWith('.json')) read(`${NETWORK_DIR}/members/${name}`);
	return files;
}

/** A name without accents, case, apostrophes or a bracketed qualifier, words separated by one space. */
export function foldName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.replace(/['’`‘]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The form two records of one city share however they are spelt ("Al-Wakra", "Al Wakra"). */
export const nameKey = (name: string): string => foldName(name).replace(/ /g, '');

/** The bracketed qualifier of a name, folded ("Nam-gu (Busan)" → "busan"), or null when it has none. */
const qualifier = (name: string): string | null => {
	const q = /\(([^)]*)\)/.exec(name)?.[1];
	return q === undefined ? null : nameKey(q) || null;
};

/**
 * Whether two names (of one country) name one city: the same name however it is spelt, unless both carry a
 * bracketed qualifier and the qualifiers differ. "Nam-gu (Busan)" and "Nam-gu (Ulsan)" are two districts;
 * "Songpa-gu" and "Songpa-gu (Seoul)" are one.
 */
export function sameCity(a: string, b: string): boolean {
	if (nameKey(a) !== nameKey(b)) return false;
	const qa = qualifier(a);
	const qb = qualifier(b);
	return qa === null || qb === null || qa === qb;
}

/** The records named by each cohort and each award edition, as `editions.json` must state them. */
export function namedCounts(members: readonly Member[]) {
	const cohort = (id: string) => {
		const [from = 0, to = from] = id.split('-').map(Number);
		return members.filter((m) => m.joined !== null && m.joined >= from && m.joined <= to).length;
	};
	const award = (year: number) => members.filter((m) => m.awards.includes(year)).length;
	return { cohort, award };
}

export interface Network {
	members: Member[];
	editions: v.InferOutput<typeof Editions>;
}

function issues(file: string, where: string, result: v.SafeParseResult<v.GenericSchema>): string[] {
	if (result.success) return [];
	return result.issues.map((issue) => {
		const path = v.getDotPath(issue);
		return `${file}${where}${path ? `, field ${path}` : ''}: ${issue.message}, got ${JSON.stringify(issue.input)?.slice(0, 60) ?? 'nothing'}`;
	});
}

/** Every problem of the network data, one line each; empty when it is valid. */
export function networkProblems(files: NetworkFiles, cityIds: readonly string[] | null = null): string[] {
	const problems: string[] = [];
	const editionsResult = v.safeParse(Editions, files[EDITIONS_FILE]);
	if (!(EDITIONS_FILE in files)) problems.push(`${EDITIONS_FILE}: file is missing`);
	else problems.push(...issues(EDITIONS_FILE, '', editionsResult));
	const editions = editionsResult.success ? editionsResult.output : null;
	const awardYears = new Set(editions?.awards.map((a) => a.year) ?? []);

	const members: Member[] = [];
	const byId = new Map<string, string>();
	const byName = new Map<string, { name: string; id: string }[]>();
	for (const [file, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const match = MEMBERS_FILE.exec(file);
		if (!match) continue;
		if (!Array.isArray(raw)) {
			problems.push(`${file}: expected an array of member records`);
			continue;
		}
		raw.forEach((record: unknown, i) => {
			const rawId = (record as { id?: unknown } | null)?.id;
			const where = `, record ${typeof rawId === 'string' ? `"${rawId}"` : `#${i + 1}`}`;
			const parsed = v.safeParse(MembersFile.item, record);
			if (!parsed.success) return problems.push(...issues(file, where, parsed));
			const m = parsed.output;
			const at = (field: string, message: string) => problems.push(`${file}${where}, field ${field}: ${message}`);
			if (m.country !== match[1]) at('country', `"${m.country}" is filed under ${match[1]}; move the record to members/${m.country}.json`);
			const region = UNESCO_REGION[m.country];
			if (!region) at('country', `no UNESCO region is known for ${m.country}; add it to src/lib/data/unescoRegions.ts`);
			else if (region !== m.region) at('region', `${m.country} is in "${region}", got "${m.region}"`);
			const sameId = byId.get(m.id);
			if (sameId) at('id', `duplicate id, already used in ${sameId}`);
			else byId.set(m.id, file);
			const key = `${m.country}:${nameKey(m.name)}`;
			const namesakes = byName.get(key) ?? [];
			const same = namesakes.find((other) => sameCity(other.name, m.name));
			if (same) at('name', `duplicate city: record "${same.id}" already has "${same.name}" in ${m.country} (two places of one name need different bracketed qualifiers)`);
			else byName.set(key, [...namesakes, { name: m.name, id: m.id }]);
			m.awards.forEach((year, k) => {
				if (editions && !awardYears.has(year)) at(`awards.${k}`, `${year} is not an award edition in ${EDITIONS_FILE}`);
				if (m.joined !== null && m.joined > year) at('joined', `joined ${m.joined}, after its ${year} award (only members can win)`);
			});
			if (m.caseStudy !== undefined && cityIds && !cityIds.includes(m.caseStudy))
				at('caseStudy', `no city "${m.caseStudy}" in data/cities/`);
			if (m.lat !== null && m.lon !== null) {
				const km = kmOutsideCountry(m.country, m.lon, m.lat);
				if (km === null) at('country', `world-atlas has no shape for ${m.country} at 110m or 50m, so its place cannot be checked`);
				else if (km > MAX_KM_OUTSIDE)
					at('lat/lon', `${m.lat}, ${m.lon} is ${Math.round(km)} km outside ${m.country} (at most ${MAX_KM_OUTSIDE} km)`);
			}
			members.push(m);
		});
	}
	if (editions) {
		const named = namedCounts(members);
		editions.awards.forEach((a, i) => {
			if (a.named !== named.award(a.year)) problems.push(`${EDITIONS_FILE}, award ${a.year}, field awards.${i}.named: the records name ${named.award(a.year)}, got ${a.named}`);
		});
		editions.cohorts.forEach((c, i) => {
			if (c.named !== named.cohort(c.id)) problems.push(`${EDITIONS_FILE}, cohort ${c.id}, field cohorts.${i}.named: the records name ${named.cohort(c.id)}, got ${c.named}`);
		});
	}
	return problems;
}

/** The valid network, or a thrown Error listing every problem. */
export function validateNetwork(files: NetworkFiles, cityIds: readonly string[] | null = null): Network {
	const problems = networkProblems(files, cityIds);
	if (problems.length > 0)
		throw new Error(`The network data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
	const members = Object.entries(files).flatMap(([file, raw]) => (MEMBERS_FILE.test(file) ? v.parse(MembersFile, raw) : []));
	return { members, editions: v.parse(Editions, files[EDITIONS_FILE]) };
}
