import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readNetworkFiles, validateNetwork } from '../../src/lib/data/networkValidate';
import type { CitySummary } from '../../src/lib/data/schema';
import { DEFAULT_NETWORK_FILTER, parseNetworkFilter, writeNetworkFilter, type NetworkFilter } from '../../src/lib/state/networkFilter';
import { facetCounts, memberMatches, memberSince } from '../../src/lib/state/networkMatch';
import { citiesInScope, citiesShown } from '../../src/lib/state/scopeCities';
import { DEFAULT_VIEW, parseView, viewSearch } from '../../src/lib/state/viewCodec';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { members } = validateNetwork(readNetworkFiles(ROOT));
const context = { cityIds: new Set(['cork', 'amman', 'bahir-dar']) };
const parse = (search: string) => parseView(new URLSearchParams(search), context);
const network = (filter: Partial<NetworkFilter>): NetworkFilter => ({ ...DEFAULT_NETWORK_FILTER, scope: 'network', ...filter });
const book: CitySummary[] = [
	{ id: 'cork', name: 'Cork', country: 'Ireland', iso2: 'IE', region: 'europe-north-america', lat: 51.9, lon: -8.47, goals: {} as CitySummary['goals'] },
	{ id: 'amman', name: 'Amman', country: 'Jordan', iso2: 'JO', region: 'arab-states', lat: 31.95, lon: 35.93, goals: {} as CitySummary['goals'] }
];

describe('scope, filter and year in the URL', () => {
	it('round-trips every network view and writes it one way', () => {
		const views = [
			{ ...DEFAULT_VIEW, scope: 'awards' as const },
			{ ...DEFAULT_VIEW, scope: 'network' as const, city: 'cuenca-ec', award: 2024, from: 2015, to: 2020, region: 'africa' as const, country: 'NG', year: 2019 },
			{ ...DEFAULT_VIEW, scope: 'network' as const, city: 'cork', goals: ['social-cohesion' as const] }
		];
		for (const view of views) expect(parse(viewSearch(view).slice(1))).toEqual(view);
		expect(viewSearch(views[1]!)).toBe('?scope=network&award=2024&from=2015&to=2020&region=africa&country=NG&year=2019&city=cuenca-ec');
		expect(viewSearch({ ...DEFAULT_VIEW, scope: 'book', year: 2019, region: 'africa' })).toBe('');
	});

	it('never throws, and gives a valid view, for hostile values', () => {
		const hostile = [
			'scope=',
			'scope=NETWORK',
			'scope=<script>',
			'scope=network&scope=book',
			`scope=${'n'.repeat(100000)}`,
			'scope=network&year=1999',
			'scope=network&year=20190',
			'scope=network&year=2019.5',
			'scope=network&year=-2019',
			'scope=network&year=%00',
			'scope=network&year=1e3',
			'scope=network&year=0x7e3',
			'scope=network&award=Infinity',
			'scope=network&award=NaN',
			'scope=network&from=2030&to=2015',
			'scope=network&region=atlantis',
			'scope=network&region=__proto__',
			'scope=network&country=ie',
			'scope=network&country=IRL',
			'scope=network&country=%F0%9F%87%AE%F0%9F%87%AA',
			'scope=network&city=../../etc/passwd',
			'scope=network&city=Cork',
			`scope=network&city=${'a'.repeat(500)}`,
			'scope=network&city=cork--ie',
			'scope=awards&constructor=1&toString=2',
			'%E0%A4%A=1&scope=%'
		];
		for (const search of hostile) {
			const view = parse(search);
			expect(['book', 'awards', 'network']).toContain(view.scope);
			for (const key of ['award', 'from', 'to', 'year'] as const) {
				const value = view[key];
				if (value !== null) expect(Number.isInteger(value) && value >= 2013 && value <= 2100, `${search}: ${key}`).toBe(true);
			}
			if (view.from !== null && view.to !== null) expect(view.from).toBeLessThanOrEqual(view.to);
			expect(view.region === null || ['africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean'].includes(view.region)).toBe(true);
			expect(view.country === null || /^[A-Z]{2}$/.test(view.country)).toBe(true);
			expect(view.city === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(view.city)).toBe(true);
			// Whatever came in, the view writes a URL that parses back to itself.
			expect(parse(viewSearch(view).slice(1))).toEqual(view);
		}
		expect(parse('scope=network&from=2030&to=2015')).toMatchObject({ from: 2015, to: 2030 });
		expect(parse('scope=book&city=cuenca-ec').city).toBeNull();
		expect(parse('scope=network&city=cuenca-ec').city).toBe('cuenca-ec');
	});

	it('leaves the filters out of the book scope', () => {
		expect(parseNetworkFilter((key) => ({ region: 'africa', year: '2019' })[key] ?? null)).toEqual(DEFAULT_NETWORK_FILTER);
		expect(writeNetworkFilter({ ...DEFAULT_NETWORK_FILTER, region: 'africa' })).toEqual([]);
	});
});

describe('the scopes against data/network/', () => {
	const cities = (scope: 'awards' | 'network') => citiesInScope(scope, book, members, 'en');

	it('counts 57 award winners and every member named', () => {
		expect(cities('awards')).toHaveLength(57);
		expect(cities('network')).toHaveLength(members.length);
		expect(members.length).toBeGreaterThanOrEqual(320);
	});

	it('gives the twelve their case-study id and name, and names in every language', () => {
		const all = cities('network');
		expect(all.find((c) => c.id === 'cork')).toMatchObject({ book: true, name: 'Cork' });
		expect(all.some((c) => c.id === 'cork-ie')).toBe(false);
		const amman = all.find((c) => c.id === 'amman')!;
		expect(amman.names.es).toBe('Amán');
	});

	it('filters by edition, years joined, region, country and year, with facet counts that add up', () => {
		const all = cities('network');
		const shown = (filter: Partial<NetworkFilter>) => citiesShown(all, network(filter));
		expect(shown({ award: 2017 })).toHaveLength(16);
		expect(shown({ from: 2019, to: 2019 }).every((c) => c.joined === 2019)).toBe(true);
		expect(shown({ region: 'africa' }).every((c) => c.region === 'africa')).toBe(true);
		expect(shown({ country: 'IE' }).every((c) => c.iso2 === 'IE')).toBe(true);
		const by2016 = shown({ year: 2016 });
		expect(by2016.every((c) => (memberSince(c) ?? Infinity) <= 2016)).toBe(true);
		expect(by2016.length).toBeLessThan(shown({ year: 2024 }).length);
		const regions = facetCounts(all, network({ award: 2024 }), 'region', (m) => [m.region]);
		expect([...regions.values()].reduce((a, b) => a + b, 0)).toBe(10);
		// The awards scope as it stood: a winner shows from its first award on.
		expect(citiesShown(cities('awards'), { ...network({ year: 2015 }), scope: 'awards' })).toHaveLength(12);
		expect(memberMatches({ country: 'IE', region: 'africa', joined: null, awards: [] }, network({ year: 2025 }))).toBe(false);
	});
});

describe('the world view of a scope', () => {
	it('fits the cities, widens a few close ones, and shows the inhabited world for none', async () => {
		const { worldFrame, WORLD_MIN_SPAN } = await import('../../src/lib/map/projection');
		const spread = [{ lon: -100, lat: 20 }, { lon: 150, lat: -30 }];
		expect(worldFrame(spread)).toBe(spread);
		const [sw, ne] = worldFrame([{ lon: 127, lat: 37.5 }]);
		expect(ne!.lon - sw!.lon).toBeCloseTo(WORLD_MIN_SPAN.lon);
		expect(ne!.lat - sw!.lat).toBeCloseTo(WORLD_MIN_SPAN.lat);
		expect((sw!.lon + ne!.lon) / 2).toBeCloseTo(127);
		const near = worldFrame([{ lon: 179, lat: 10 }]);
		expect(Math.max(...near.map((p) => p.lon))).toBeLessThanOrEqual(180);
		expect(worldFrame([]).length).toBe(2);
	});
});
