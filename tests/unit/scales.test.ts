import { describe, expect, it } from 'vitest';
import { goalAverages, goalStacks, matrixLayout, scoreScale, sortCities, type ScoredCity } from '../../src/lib/charts/scales';
import { readDataFiles } from '../../src/lib/data/files';
import { GOAL_IDS, REGION_IDS } from '../../src/lib/data/schema';
import { validateDataset } from '../../src/lib/data/validate';

const { cities } = validateDataset(readDataFiles(process.cwd()));

const city = (id: string, region: ScoredCity['region'], s: number[]): ScoredCity =>
	({ id, name: id[0]!.toUpperCase() + id.slice(1), region, goals: Object.fromEntries(GOAL_IDS.map((g, i) => [g, { score: s[i] }])) }) as unknown as ScoredCity;
const toy = [
	city('zeta', 'africa', [1, 3, 0, 2, 2]),
	city('alpha', 'europe-north-america', [2, 3, 1, 0, 2]),
	city('mid', 'africa', [3, 1, 1, 0, 2])
];

describe('sortCities', () => {
	it('sorts by name, by region then name, and by a goal (highest first, ties by name)', () => {
		expect(sortCities(toy, 'name').map((c) => c.id)).toEqual(['alpha', 'mid', 'zeta']);
		expect(sortCities(toy, 'region').map((c) => c.id)).toEqual(['mid', 'zeta', 'alpha']);
		expect(sortCities(toy, 'social-cohesion').map((c) => c.id)).toEqual(['alpha', 'zeta', 'mid']);
		expect(sortCities(toy, 'individual-empowerment').map((c) => c.id)).toEqual(['mid', 'alpha', 'zeta']);
	});
	it('keeps every city of the dataset, in a consistent order for each key', () => {
		for (const key of ['name', 'region', ...GOAL_IDS] as const) {
			const rows = sortCities(cities, key);
			expect(rows.map((c) => c.id).sort()).toEqual(cities.map((c) => c.id).sort());
			for (let i = 1; i < rows.length; i++) {
				const [a, b] = [rows[i - 1]!, rows[i]!];
				if (key === 'region') expect(REGION_IDS.indexOf(a.region)).toBeLessThanOrEqual(REGION_IDS.indexOf(b.region));
				else if (key !== 'name') expect(a.goals[key].score).toBeGreaterThanOrEqual(b.goals[key].score);
			}
		}
	});
});

describe('matrixLayout', () => {
	const layout = matrixLayout(['a', 'b', 'c']);
	it('places rows and columns on distinct, increasing positions inside the chart', () => {
		expect(layout.y('a')).toBeLessThan(layout.y('b'));
		expect(layout.y('c')).toBeLessThan(layout.height);
		const xs = GOAL_IDS.map(layout.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(layout.cell);
		expect(xs[4]! + layout.cell).toBeLessThanOrEqual(layout.width);
	});
	it('sizes discs by area: 0 is nothing, score 3 has three times the area of score 1', () => {
		expect(layout.radius(0)).toBe(0);
		expect(layout.radius(3) ** 2 / layout.radius(1) ** 2).toBeCloseTo(3);
		expect(layout.radius(3) * 2).toBeLessThan(layout.cell);
	});
});

describe('goalStacks', () => {
	it('stacks 3, 2, 1, 0 end to end and covers every city once per goal', () => {
		const stacks = goalStacks(cities);
		expect(stacks).toHaveLength(5);
		for (const [i, segments] of stacks.entries()) {
			expect(segments.map((s) => s.score)).toEqual([3, 2, 1, 0]);
			expect(segments[0]!.x0).toBe(0);
			for (let k = 1; k < 4; k++) expect(segments[k]!.x0).toBe(segments[k - 1]!.x1);
			expect(segments[3]!.x1).toBe(cities.length);
			for (const s of segments) {
				expect(s.x1 - s.x0).toBe(s.cities.length);
				for (const c of s.cities) expect(c.goals[GOAL_IDS[i]!].score).toBe(s.score);
			}
		}
	});
	it('counts a toy set exactly', () => {
		const social = goalStacks(toy)[1]!;
		expect(social.map((s) => s.x1 - s.x0)).toEqual([2, 0, 1, 0]);
		expect(social[0]!.cities.map((c) => c.id)).toEqual(['alpha', 'zeta']);
	});
});

describe('goalAverages and scoreScale', () => {
	it('averages each goal over the cities', () => {
		const avg = goalAverages(toy);
		expect(avg['individual-empowerment']).toBe(2);
		expect(avg['economic-development']).toBeCloseTo(2 / 3);
		const real = goalAverages(cities);
		for (const g of GOAL_IDS) expect(real[g]).toBeCloseTo(cities.reduce((t, c) => t + c.goals[g].score, 0) / cities.length);
	});
	it('maps 0-3 onto the given pixels', () => {
		const x = scoreScale(100, 150);
		expect(x(0)).toBe(100);
		expect(x(3)).toBe(250);
		expect(x(1.5)).toBe(175);
	});
});
