/**
 * `npm run data:import -- FILE.csv`: merges a list of member cities into data/network/ (see the README's
 * "Keeping the network current"). Every row is checked before anything is written; a bad row fails the whole
 * import with its line number. An existing record is only ever added to, and importing a file twice changes
 * nothing the second time.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Member } from '../../src/lib/data/networkSchema.ts';
import { MAX_KM_OUTSIDE, networkProblems, sameCity, readNetworkFiles, type NetworkFiles } from '../../src/lib/data/networkValidate.ts';
import { kmOutsideCountry } from '../../src/lib/data/networkGeo.ts';
import { UNESCO_REGION } from '../../src/lib/data/unescoRegions.ts';
import { countryCode } from './countries.ts';
import type { Gazetteer } from './gazetteer.ts';
import { readStore, slug, writeStore, withNamedCounts, type Store } from './store.ts';

export const REQUIRED = ['city', 'country', 'joined', 'source'] as const;
export const OPTIONAL = ['lat', 'lon', 'award'] as const;

export interface Row {
	line: number;
	city: string;
	country: string;
	joined: number | null;
	source: string;
	point: { lat: number; lon: number } | null;
	awards: number[];
}

export class ImportError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'ImportError';
	}
}

/** The delimiter of the header line: a semicolon when it has more semicolons than commas outside quotes. */
function delimiterOf(text: string): ',' | ';' {
	const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const outside = header.replace(/"[^"]*"/g, '');
	return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Reads and checks every row; throws an ImportError naming the line of each bad one. */
export function readRows(text: string, file: string, awardYears: ReadonlySet<number>): Row[] {
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parse(text, {
			bom: true,
			delimiter: delimiterOf(text),
			columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
			skip_empty_lines: true,
			trim: true,
			info: true
		});
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		throw new ImportError([`${file}${line ? `:${line}` : ''}: ${(error as Error).message}`]);
	}
	const problems: string[] = [];
	const header = Object.keys(records[0]?.record ?? {});
	const missing = REQUIRED.filter((c) => records.length > 0 && !header.includes(c));
	if (records.length === 0) problems.push(`${file}: no rows after the header (expected columns ${REQUIRED.join(',')})`);
	if (missing.length > 0) problems.push(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${REQUIRED.join(',')}, optional ${OPTIONAL.join(',')})`);
	if (problems.length > 0) throw new ImportError(problems);

	const thisYear = new Date().getFullYear();
	const rows: Row[] = [];
	for (const { record: r, info } of records) {
		const line = info.lines;
		const bad = (message: string) => problems.push(`${file}:${line}: ${message}`);
		const before = problems.length;
		const city = r.city ?? '';
		if (!city) bad('the city is empty');
		const country = countryCode(r.country ?? '');
		if (!country) bad(`country "${r.country}" is neither an ISO 3166-1 alpha-2 code nor an English country name`);
		else if (!UNESCO_REGION[country]) bad(`no UNESCO region is known for ${country}; add it to src/lib/data/unescoRegions.ts`);
		let joined: number | null = null;
		if (r.joined) {
			joined = /^\d{4}$/.test(r.joined) ? Number(r.joined) : NaN;
			if (!(joined >= 2013 && joined <= thisYear + 1)) bad(`joined "${r.joined}" is not a year from 2013 to ${thisYear + 1}`);
		}
		const source = r.source ?? '';
		if (!/^https?:\/\/\S+$/.test(source)) bad(`source "${source}" is not an http(s) address (every row needs one)`);
		let point: Row['point'] = null;
		if (r.lat || r.lon) {
			const lat = Number(r.lat);
			const lon = Number(r.lon);
			if (!r.lat || !r.lon || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
				bad(`lat "${r.lat ?? ''}" and lon "${r.lon ?? ''}" must both be numbers (degrees), or both empty`);
			else if (country) {
				const km = kmOutsideCountry(country, lon, lat);
				if (km !== null && km > MAX_KM_OUTSIDE) bad(`${lat}, ${lon} is ${Math.round(km)} km outside ${country}`);
				point = { lat, lon };
			}
		}
		const awards = (r.award ?? '').split(/[\s|;,]+/).filter(Boolean).map(Number);
		for (const year of awards) if (!awardYears.has(year)) bad(`award "${year}" is not an edition in data/network/editions.json`);
		if (joined !== null && awards.some((y) => y < joined!)) bad(`joined ${joined}, after its award (only members can win)`);
		if (problems.length === before) rows.push({ line, city, country: country!, joined, source, point, awards });
	}
	if (problems.length > 0) throw new ImportError(problems);
	return rows;
}

export interface Report {
	added: string[];
	updated: string[];
	unplaced: string[];
	ambiguous: string[];
	unchanged: string[];
	written: string[];
}

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const namesOf = (m: Member) => [m.name, m.names?.fr, m.names?.es].filter((n): n is string => n !== undefined);
const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Merges the rows into the store (in place) and says what changed. */
export function mergeRows(store: Store, rows: readonly Row[], gazetteer: Gazetteer): Omit<Report, 'written'> {
	const report: Omit<Report, 'written'> = { added: [], updated: [], unplaced: [], ambiguous: [], unchanged: [] };
	const ids = new Set(store.members.map((m) => m.id));
	for (const row of rows) {
		let label = `${row.city} (${row.country}, line ${row.line})`;
		// The same city, however the list names it: its English name or its French or Spanish form (Pékin is
		// Beijing), or, for a name the gazetteer places, the GeoNames record an existing member is placed at (a
		// district placed at its parent city's point is not that city).
		let existing = store.members.find((m) => m.country === row.country && namesOf(m).some((n) => sameCity(n, row.city)));
		const match = existing || row.point ? null : gazetteer.match(row.city, row.country);
		if (!existing && match?.status === 'placed')
			existing = store.members.find(
				(m) => m.country === row.country && 'geonames' in m.place && m.place.geonames === match.geonames && !m.place.via
			);
		if (existing && existing.name !== row.city) label += ` = ${existing.name} (${existing.id})`;
		if (existing) {
			const changes: string[] = [];
			if (row.joined !== null && existing.joined !== row.joined) {
				changes.push(`joined ${existing.joined ?? 'unknown'} → ${row.joined}`);
				existing.joined = row.joined;
				delete existing.joinedNote;
			}
			if (!existing.sources.some((s) => s.url === row.source)) {
				existing.sources.push({ label: host(row.source), url: row.source });
				changes.push('a source');
			}
			for (const year of row.awards)
				if (!existing.awards.includes(year)) {
					existing.awards = [...existing.awards, year].sort();
					changes.push(`award ${year}`);
				}
			if (row.point && (existing.lat !== row.point.lat || existing.lon !== row.point.lon)) {
				existing.lat = row.point.lat;
				existing.lon = row.point.lon;
				existing.place = { source: { label: host(row.source), url: row.source } };
				changes.push('coordinates');
			}
			(changes.length > 0 ? report.updated : report.unchanged).push(changes.length > 0 ? `${label}: ${changes.join(', ')}` : label);
			// A member already in the data but still off the map is reported too: the row could have placed it.
			if ('unplaced' in existing.place) (existing.place.unplaced === 'ambiguous' ? report.ambiguous : report.unplaced).push(`${label}: already there, still without coordinates`);
			continue;
		}
		let id = slug(row.city, row.country);
		for (let n = 2; ids.has(id); n++) id = `${slug(row.city, row.country)}-${n}`;
		ids.add(id);
		let place: Member['place'];
		let point: Row['point'] = row.point;
		if (point) place = { source: { label: host(row.source), url: row.source } };
		else {
			const found = match ?? gazetteer.match(row.city, row.country);
			if (found.status === 'placed') {
				place = { geonames: found.geonames };
				point = { lat: round(found.lat), lon: round(found.lon) };
			} else if (found.status === 'ambiguous') {
				place = { unplaced: 'ambiguous', candidates: found.candidates.map((c) => c.geonames) };
				report.ambiguous.push(`${label}: GeoNames ${found.candidates.map((c) => `${c.geonames} (${c.name}, ${c.lat}, ${c.lon})`).join('; ')}`);
			} else {
				place = { unplaced: 'not-found', note: 'GeoNames cities500 has no place of this name in this country.' };
				report.unplaced.push(label);
			}
		}
		store.members.push({
			id,
			name: row.city,
			country: row.country,
			region: UNESCO_REGION[row.country]!,
			lat: point?.lat ?? null,
			lon: point?.lon ?? null,
			place,
			joined: row.joined,
			...(row.joined === null ? { joinedNote: 'The imported list gave no year.' } : {}),
			awards: [...new Set(row.awards)].sort(),
			membership: 'read',
			sources: [{ label: host(row.source), url: row.source }]
		});
		report.added.push(label);
	}
	return report;
}

/** Imports `file` into the data/network/ under `root`; writes nothing when a row is bad or the result is invalid. */
export function importFile(root: string, file: string, gazetteer: Gazetteer): Report {
	const store = readStore(root);
	const rows = readRows(readFileSync(file, 'utf8'), file, new Set(store.editions.awards.map((a) => a.year)));
	const report = mergeRows(store, rows, gazetteer);
	const files: NetworkFiles = { ...readNetworkFiles(root) };
	for (const key of Object.keys(files)) if (key.includes('/members/')) delete files[key];
	for (const m of store.members) {
		const key = `data/network/members/${m.country}.json`;
		files[key] = [...((files[key] as Member[] | undefined) ?? []), m];
	}
	files['data/network/editions.json'] = withNamedCounts(store);
	const problems = networkProblems(files);
	if (problems.length > 0) throw new ImportError(['the merged data would not be valid, so nothing was written:', ...problems]);
	return { ...report, written: writeStore(root, store) };
}
