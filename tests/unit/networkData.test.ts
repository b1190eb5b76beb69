import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryCode } from '../../scripts/network/countries';
import { kmOutsideCountry } from '../../src/lib/data/networkGeo';
import { MAX_KM_OUTSIDE, readNetworkFiles, sameCity, validateNetwork } from '../../src/lib/data/networkValidate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const reference = (name: string) => JSON.parse(readFileSync(`${ROOT}tests/fixtures/network-reference/${name}`, 'utf8'));
const awards = reference('awards.json') as { city: string; country: string; year: number }[];
const listed = reference('members.json') as { city: string; country: string; joined: number | null }[];
const { members, editions } = validateNetwork(readNetworkFiles(ROOT));
const find = (city: string, country: string) => members.find((m) => m.country === countryCode(country) && sameCity(m.name, city));

/** Members that neither a GeoNames copy nor a page read could place; each is reported by the data check. */
const NOT_YET_PLACED = ['Bikok'];
/** Members a source names that the reference lists left out, added since (with the year the sources give). */
const ADDED_SINCE_REFERENCE = [
	{ city: 'San Luis Potosí', country: 'Mexico', joined: 2024 },
	{ city: 'Saha-gu (Busan)', country: 'Republic of Korea', joined: 2016 },
	{ city: 'Nam-gu (Ulsan)', country: 'Republic of Korea', joined: null },
	{ city: 'Circular Head', country: 'Australia', joined: null }
];
/** Members that are no one place (a consortium of towns the source does not name): a point would be invented. */
const NO_SINGLE_PLACE = ['Kuno Consortium'];

const placedInCountry = (m: NonNullable<ReturnType<typeof find>>) =>
	m.lat !== null && m.lon !== null && (kmOutsideCountry(m.country, m.lon, m.lat) ?? Infinity) <= MAX_KM_OUTSIDE;

describe('data/network/ against the reference lists', () => {
	it('has every award winner of the five editions, with the award year', () => {
		const winners = new Set(awards.map((a) => `${a.city}|${a.country}`));
		expect(winners.size).toBe(57);
		for (const a of awards) expect(find(a.city, a.country)?.awards, `${a.city} ${a.year}`).toContain(a.year);
		expect(editions.awards.map((e) => [e.year, e.named, e.announced])).toEqual([[2015, 12, 12], [2017, 16, 16], [2019, 10, 10], [2021, 10, 10], [2024, 10, 10]]);
	});

	it('places every award winner in its country', () => {
		const unplaced = awards.filter((a) => !placedInCountry(find(a.city, a.country)!)).map((a) => a.city);
		expect(unplaced).toEqual([]);
	});

	it('has every dated member with its year, placed in its country', () => {
		const dated = listed.filter((r) => r.joined !== null);
		expect(dated.length).toBe(250);
		for (const r of dated) expect(find(r.city, r.country)?.joined, r.city).toBe(r.joined);
		const unplaced = dated.filter((r) => !placedInCountry(find(r.city, r.country)!)).map((r) => r.city).sort();
		expect(unplaced).toEqual(['Bikok', 'Kuno Consortium']);
	});

	it('keeps off the map only the members no source placed and the one that is no single place, each saying why', () => {
		const off = members.filter((m) => m.lat === null);
		expect(off.map((m) => m.name).sort()).toEqual([...NOT_YET_PLACED, ...NO_SINGLE_PLACE].sort());
		for (const m of off) {
			expect('unplaced' in m.place && m.place.note, m.name).toBeTruthy();
			expect('unplaced' in m.place && m.place.unplaced, m.name).toBe(NO_SINGLE_PLACE.includes(m.name) ? 'no-single-place' : 'not-found');
		}
	});

	it('cites a page for every point placed by hand rather than by GeoNames', () => {
		for (const m of members.filter((x) => 'source' in x.place)) {
			const place = m.place as { source: { url?: string } };
			expect(place.source.url, m.name).toMatch(/^https:\/\//);
		}
	});

	it('keeps every record of the reference, and no two records of one city', () => {
		expect(members.length).toBe(listed.length + ADDED_SINCE_REFERENCE.length);
		for (const r of listed) expect(find(r.city, r.country), r.city).toBeDefined();
	});

	it('has the members added since the reference lists, with their year, placed in their country', () => {
		for (const r of ADDED_SINCE_REFERENCE) {
			const m = find(r.city, r.country);
			expect(m?.joined, r.city).toBe(r.joined);
			expect(placedInCountry(m!), r.city).toBe(true);
		}
		expect(editions.cohorts.find((c) => c.id === '2024')).toMatchObject({ named: 51, announced: 64 });
		expect(editions.cohorts.find((c) => c.id === '2015-2018')).toMatchObject({ named: 38 });
	});

	it('puts each of the twelve within 5 km of its case study\'s own coordinates (GeoNames against the cited pages)', () => {
		const cities = readdirSync(`${ROOT}data/cities`).map((f) => JSON.parse(readFileSync(`${ROOT}data/cities/${f}`, 'utf8')) as { id: string; lat: number; lon: number });
		const rad = Math.PI / 180;
		const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
			12742 * Math.asin(Math.sqrt(Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2));
		expect(cities).toHaveLength(12);
		for (const city of cities) {
			const member = members.find((m) => m.caseStudy === city.id)!;
			expect(km(city, { lat: member.lat!, lon: member.lon! }), city.id).toBeLessThan(5);
		}
	});

	it('links the twelve case studies', () => {
		expect(members.filter((m) => m.caseStudy).map((m) => m.caseStudy).sort()).toEqual(
			['amman', 'bahir-dar', 'balanga', 'beijing', 'cork', 'espoo', 'melton', 'mexico-city', 'namyangju', 'sorocaba', 'swansea', 'ybycui']
		);
	});
});
