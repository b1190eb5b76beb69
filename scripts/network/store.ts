/** Reads and writes `data/network/` (one members file per country) in the layout the validator expects. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Editions, Member } from '../../src/lib/data/networkSchema.ts';
import { slugify } from '../../src/lib/data/slug.ts';
import { EDITIONS_FILE, NETWORK_DIR, namedCounts } from '../../src/lib/data/networkValidate.ts';

export interface Store {
	members: Member[];
	editions: Editions;
}

export function readStore(root: string): Store {
	const dir = join(root, NETWORK_DIR, 'members');
	const members = existsSync(dir)
		? readdirSync(dir)
				.filter((n) => n.endsWith('.json'))
				.sort()
				.flatMap((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Member[])
		: [];
	return { members, editions: JSON.parse(readFileSync(join(root, EDITIONS_FILE), 'utf8')) as Editions };
}

/** An id made once from the name and country ("Seo-gu (Gwangju)", KR → "seo-gu-gwangju-kr"). */
export function slug(name: string, country: string): string {
	const base = slugify(name);
	return `${base || 'city'}-${country.toLowerCase()}`;
}

/** Tab-indented JSON with short arrays of numbers kept on one line, so a diff shows one changed line. */
export function format(value: unknown): string {
	return `${JSON.stringify(value, null, '\t').replace(/\[\s*((?:-?\d+(?:\.\d+)?,\s*)*-?\d+(?:\.\d+)?)\s*\]/g, (_, list: string) => `[${list.split(/,\s*/).join(', ')}]`)}\n`;
}

const FIELD_ORDER = ['id', 'name', 'names', 'country', 'region', 'lat', 'lon', 'place', 'joined', 'joinedNote', 'awards', 'caseStudy', 'membership', 'sources', 'note'];

function ordered(m: Member): Member {
	const out: Record<string, unknown> = {};
	for (const k of FIELD_ORDER) if ((m as Record<string, unknown>)[k] !== undefined) out[k] = (m as Record<string, unknown>)[k];
	return out as Member;
}

/** Recomputes the `named` counts of every cohort and edition from the records. */
export function withNamedCounts(store: Store): Editions {
	const named = namedCounts(store.members);
	return {
		awards: store.editions.awards.map((a) => ({ ...a, named: named.award(a.year) })),
		cohorts: store.editions.cohorts.map((c) => ({ ...c, named: named.cohort(c.id) }))
	};
}

/** Writes every country file whose text changes; returns the files written. */
export function writeStore(root: string, store: Store): string[] {
	const written: string[] = [];
	const write = (relative: string, text: string) => {
		const path = join(root, relative);
		if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
		writeFileSync(path, text);
		written.push(relative);
	};
	mkdirSync(join(root, NETWORK_DIR, 'members'), { recursive: true });
	const byCountry = new Map<string, Member[]>();
	for (const m of store.members) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
	for (const [country, list] of [...byCountry].sort(([a], [b]) => a.localeCompare(b)))
		write(`${NETWORK_DIR}/members/${country}.json`, format(list.map(ordered).sort((a, b) => a.id.localeCompare(b.id))));
	write(EDITIONS_FILE, format(withNamedCounts(store)));
	return written;
}
