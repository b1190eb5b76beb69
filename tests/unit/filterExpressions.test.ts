/**
 * The goal filter as MapLibre expressions (clustered maps): evaluated with MapLibre's own expression engine
 * (the style spec package maplibre-gl is built on), against the filter the rest of the atlas uses.
 */
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { random } from '../../bench/lib/generate';
import { describe, expect, it } from 'vitest';
import { GOAL_IDS, type GoalId } from '../../src/lib/data/vocabulary';
import {
	cityKept,
	clusterCountProperties,
	clusterKept,
	countProperty,
	filterState,
	filterStateDefaults,
	maskProperties
} from '../../src/lib/map/filterExpressions';
import { cityMatches, goalMask, keptMasks, matchingIds, THRESHOLDS, type GoalFilter, type MatchMode } from '../../src/lib/state/filter';

// Seeded, so the cities are the same on every run.
const rand = random(3);
const cities = Array.from({ length: 300 }, (_, i) => ({
	id: `c${i}`,
	goals: Object.fromEntries(GOAL_IDS.map((g) => [g, { score: Math.floor(rand() * 4) }])) as Record<GoalId, { score: number }>
}));

/** Every filter a reader can set: each non-empty set of goals, each threshold, any or all; and none. */
const filters: GoalFilter[] = [{ goals: [], min: 2, match: 'any' }];
for (let chosen = 1; chosen < 1 << GOAL_IDS.length; chosen++)
	for (const min of THRESHOLDS)
		for (const match of ['any', 'all'] as MatchMode[])
			filters.push({ goals: GOAL_IDS.filter((_, bit) => chosen & (1 << bit)), min, match });

function evaluate(expression: unknown, filter: GoalFilter, properties: Record<string, unknown>, type: 'boolean' | 'number') {
	const parsed = createExpression(expression, 'test', { type, expression: { parameters: ['zoom', 'feature'] } } as never, filterState(filter));
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 0 } as never, { type: 'Point', properties } as never);
}

describe('the goal filter as map expressions', () => {
	it('gives each city a mask of the goals it meets at each threshold', () => {
		const goals = { 'individual-empowerment': { score: 3 }, 'social-cohesion': { score: 1 } };
		expect(goalMask(goals, 1)).toBe(0b11);
		expect(goalMask(goals, 2)).toBe(0b01);
		expect(maskProperties(goals)).toEqual({ m1: 0b11, m2: 0b01, m3: 0b01 });
		expect(goalMask(undefined, 1)).toBe(0);
	});

	it('keeps exactly the cities the atlas filter keeps, for every filter a reader can set', () => {
		expect(filters).toHaveLength(1 + 31 * 3 * 2);
		for (const filter of filters) {
			const masks = keptMasks(filter);
			const byMask = cities.map((city) => masks.includes(goalMask(city.goals, filter.min)));
			expect(byMask).toEqual(cities.map((city) => cityMatches(city, filter)));
		}
	});

	it('matchingIds, by masks, keeps the same cities in the same order as asking cityMatches of each', () => {
		for (const filter of filters) {
			expect([...matchingIds(cities, filter)]).toEqual(cities.filter((c) => cityMatches(c, filter)).map((c) => c.id));
		}
	});

	it('dims a single city on the map exactly when the filter does (MapLibre evaluates the expression)', () => {
		for (const filter of filters.filter((_, i) => i % 7 === 0))
			for (const city of cities.slice(0, 40))
				expect(evaluate(cityKept, filter, maskProperties(city.goals), 'boolean')).toBe(cityMatches(city, filter));
	});

	it("counts the cities a cluster keeps from its per-mask counts, for each threshold", () => {
		const members = cities.slice(0, 120);
		// What supercluster's map/reduce produces for these members with clusterCountProperties().
		const counts: Record<string, number> = {};
		for (const key of Object.keys(clusterCountProperties())) counts[key] = 0;
		for (const city of members) for (const t of THRESHOLDS) counts[countProperty(t, goalMask(city.goals, t))]! += 1;
		for (const filter of filters.filter((_, i) => i % 5 === 0))
			expect(evaluate(clusterKept, filter, counts, 'number')).toBe(members.filter((c) => cityMatches(c, filter)).length);
	});

	it('has one cluster count per threshold and goal combination, each counting its own mask', () => {
		const properties = clusterCountProperties();
		expect(Object.keys(properties)).toHaveLength(THRESHOLDS.length * 2 ** GOAL_IDS.length);
		expect(properties[countProperty(2, 5)]).toEqual(['+', ['case', ['==', ['get', 'm2'], 5], 1, 0]]);
	});

	it('starts with no filter: every mask kept', () => {
		const defaults = filterStateDefaults();
		expect(Object.values(defaults).map((d) => d.default)).toEqual([keptMasks({ goals: [], min: 2, match: 'any' }), 2]);
		expect(keptMasks({ goals: [], min: 3, match: 'all' })).toHaveLength(2 ** GOAL_IDS.length);
	});
});
