import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gazetteer } from '../../scripts/network/gazetteer';
import { ImportError, importFile } from '../../scripts/network/importCsv';
import { networkProblems, readNetworkFiles } from '../../src/lib/data/networkValidate';
import { EDITIONS, cork, limerick, writeNetwork } from './networkFixtures';

const gazetteer = new Gazetteer([
	{ geonames: 2964574, name: 'Dublin', alternates: ['Baile Átha Cliath'], country: 'IE', featureCode: 'PPLC', population: 1024027, lat: 53.33306, lon: -6.24889 },
	{ geonames: 2961423, name: 'Waterford', alternates: [], country: 'IE', featureCode: 'PPLA2', population: 47904, lat: 52.25833, lon: -7.11194 },
	{ geonames: 100, name: 'Newtown', alternates: [], country: 'IE', featureCode: 'PPL', population: 3000, lat: 53.0, lon: -7.0 },
	{ geonames: 101, name: 'Newtown', alternates: [], country: 'IE', featureCode: 'PPL', population: 2500, lat: 52.4, lon: -8.0 }
]);

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'network-import-'));
	writeNetwork(root, { IE: [cork(), limerick()] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const csv = (name: string, text: string) => {
	const file = join(root, name);
	writeFileSync(file, text);
	return file;
};
const members = () => JSON.parse(readFileSync(join(root, 'data/network/members/IE.json'), 'utf8')) as { id: string; name: string; joined: number | null; lat: number | null; place: object; sources: unknown[]; awards: number[] }[];
const snapshot = () => Object.fromEntries(readdirSync(join(root, 'data/network/members')).map((n) => [n, readFileSync(join(root, 'data/network/members', n), 'utf8')]));

describe('npm run data:import', () => {
	it('reads UTF-8 with a BOM, semicolons and quoted fields, places new names and merges known ones', () => {
		const file = csv(
			'cohort.csv',
			'\uFEFFCity;Country;Joined;Source;Award\n' +
				'"Dublin";Ireland;2019;"https://example.org/a;b";\n' +
				'Waterford;IE;;https://example.org/waterford;\n' +
				'"Newtown";IE;2025;https://example.org/newtown;\n' +
				'Cork;ie;;https://example.org/cork-2024;2015\n'
		);
		const report = importFile(root, file, gazetteer);
		expect(report.added).toEqual(['Dublin (IE, line 2)', 'Waterford (IE, line 3)', 'Newtown (IE, line 4)']);
		expect(report.ambiguous).toEqual(['Newtown (IE, line 4): GeoNames 100 (Newtown, 53, -7); 101 (Newtown, 52.4, -8)']);
		expect(report.updated).toEqual(['Cork (IE, line 5): a source']);
		const byName = Object.fromEntries(members().map((m) => [m.name, m]));
		expect(byName.Dublin).toMatchObject({ joined: 2019, lat: 53.33306, place: { geonames: 2964574 }, sources: [{ url: 'https://example.org/a;b' }] });
		expect(byName.Waterford).toMatchObject({ joined: null, place: { geonames: 2961423 } });
		expect(byName.Newtown).toMatchObject({ lat: null, place: { unplaced: 'ambiguous', candidates: [100, 101] } });
		expect(byName.Limerick, 'a record the file does not name is kept').toBeDefined();
		expect(networkProblems(readNetworkFiles(root))).toEqual([]);
	});

	it('changes nothing when the same file is imported again', () => {
		const file = csv('cohort.csv', 'city,country,joined,source\nDublin,IE,2019,https://example.org/dublin\n');
		importFile(root, file, gazetteer);
		const before = snapshot();
		const again = importFile(root, file, gazetteer);
		expect(again).toMatchObject({ added: [], updated: [], written: [] });
		expect(again.unchanged).toEqual(['Dublin (IE, line 2)']);
		expect(snapshot()).toEqual(before);
	});

	it('reports a member already there but still off the map, each time, so a later row can place it', () => {
		const file = csv('cohort.csv', 'city,country,joined,source\nNewtown,IE,2025,https://example.org/newtown\n');
		expect(importFile(root, file, gazetteer).ambiguous).toHaveLength(1);
		const again = importFile(root, file, gazetteer);
		expect(again.unchanged).toEqual(['Newtown (IE, line 2)']);
		expect(again.ambiguous).toEqual(['Newtown (IE, line 2): already there, still without coordinates']);
		const placed = importFile(root, csv('placed.csv', 'city,country,joined,source,lat,lon\nNewtown,IE,,https://example.org/newtown-map,53.1,-7.1\n'), gazetteer);
		expect(placed.updated).toEqual(['Newtown (IE, line 2): a source, coordinates']);
		expect(placed.ambiguous).toEqual([]);
	});

	it('stops at a bad row, naming its line, and writes nothing', () => {
		const before = snapshot();
		const file = csv(
			'bad.csv',
			'city,country,joined,source,lat,lon\nDublin,IE,2019,https://example.org/dublin,,\nAtlantis,Neverland,2019,https://example.org/x,,\nGalway,IE,nineteen,example.org,53.27,\nParis,IE,2019,https://example.org/paris,48.8566,2.3522\n'
		);
		let error: unknown;
		try {
			importFile(root, file, gazetteer);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ImportError);
		const lines = (error as ImportError).problems;
		expect(lines).toContain(`${file}:3: country "Neverland" is neither an ISO 3166-1 alpha-2 code nor an English country name`);
		expect(lines).toContain(`${file}:4: joined "nineteen" is not a year from 2013 to ${new Date().getFullYear() + 1}`);
		expect(lines).toContain(`${file}:4: source "example.org" is not an http(s) address (every row needs one)`);
		expect(lines).toContain(`${file}:4: lat "53.27" and lon "" must both be numbers (degrees), or both empty`);
		expect(lines.some((l) => l.startsWith(`${file}:5: 48.8566, 2.3522 is `) && l.endsWith('km outside IE'))).toBe(true);
		expect(snapshot()).toEqual(before);
	});

	it('knows a city by its French or Spanish form, or by the GeoNames record it is placed at, and reads CRLF lines', () => {
		const dublin = { ...limerick(), id: 'dublin-ie', name: 'Dublin', names: { es: 'Dublín' }, lat: 53.33306, lon: -6.24889, place: { geonames: 2964574 }, joined: 2019, awards: [2021] };
		const district = { ...limerick(), id: 'dun-laoghaire-ie', name: 'Dún Laoghaire', lat: 53.33306, lon: -6.24889, place: { geonames: 2964574, via: 'parent' } };
		writeNetwork(root, { IE: [cork(), dublin, district] }, { ...EDITIONS, awards: [{ ...EDITIONS.awards[0], named: 1 }, { year: 2021, date: '2021-10-27', place: 'ICLC 5, Yeonsu', announced: 10, named: 1, source: 'https://example.org/award-2021' }], cohorts: [{ ...EDITIONS.cohorts[0], named: 1 }, { id: '2019', date: null, announced: null, countries: null, named: 2, source: 'https://example.org/2019' }] });
		const file = csv(
			'exonyms.csv',
			'city,country,joined,source\r\nDublín,Ireland,,https://example.org/es\r\nBaile Átha Cliath,IE,,https://example.org/ga\r\n'
		);
		const report = importFile(root, file, gazetteer);
		expect(report.added).toEqual([]);
		expect(report.updated).toEqual([
			'Dublín (IE, line 2) = Dublin (dublin-ie): a source',
			'Baile Átha Cliath (IE, line 3) = Dublin (dublin-ie): a source'
		]);
		expect(members().map((m) => m.id).sort()).toEqual(['cork-ie', 'dublin-ie', 'dun-laoghaire-ie']);
		expect(members().find((m) => m.id === 'dun-laoghaire-ie')!.sources, 'a district placed at its city is not that city').toHaveLength(1);
	});

	it('adds a namesake with another bracketed qualifier as a city of its own, and merges one with the same', () => {
		const kildare = { ...limerick(), id: 'newtown-kildare-ie', name: 'Newtown (Kildare)', joined: 2015 };
		writeNetwork(root, { IE: [cork(), kildare] });
		const file = csv(
			'namesakes.csv',
			'city,country,joined,source,lat,lon\nNewtown (Wicklow),IE,2025,https://example.org/wicklow,52.98,-6.03\nNewtown (kildare),IE,,https://example.org/kildare,,\n'
		);
		const report = importFile(root, file, gazetteer);
		expect(report.added).toEqual(['Newtown (Wicklow) (IE, line 2)']);
		expect(report.updated).toEqual(['Newtown (kildare) (IE, line 3) = Newtown (Kildare) (newtown-kildare-ie): a source']);
		expect(members().map((m) => m.id).sort()).toEqual(['cork-ie', 'newtown-kildare-ie', 'newtown-wicklow-ie']);
	});

	it('names a missing column and an unknown award edition', () => {
		const noSource = csv('a.csv', 'city,country,joined\nDublin,IE,2019\n');
		expect(() => importFile(root, noSource, gazetteer)).toThrow(/a\.csv:1: missing column source/);
		const award = csv('b.csv', 'city,country,joined,source,award\nDublin,IE,2019,https://example.org/d,2026\n');
		expect(() => importFile(root, award, gazetteer)).toThrow(/b\.csv:2: award "2026" is not an edition/);
	});
});
