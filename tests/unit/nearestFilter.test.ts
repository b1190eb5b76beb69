import { describe, expect, it } from 'vitest';
import { GOAL_IDS, type GoalId } from '../../src/lib/data/vocabulary';
import { DEFAULT_FILTER, isDefaultFilter, type GoalFilter } from '../../src/lib/state/filter';
import { nearestFilter } from '../../src/lib/state/nearestFilter';

/** Cities with given scores, in GOAL_IDS order. */
const city = (id: string, ...scores: number[]) => ({
	id,
	goals: Object.fromEntries(GOAL_IDS.map((g, i) => [g, { score: scores[i] ?? 0 }])) as Record<GoalId, { score: number }>
});
const cities = [city('a', 3, 0, 0, 0, 0), city('b', 0, 2, 0, 0, 0), city('c', 1, 1, 1, 1, 1)];
const [g0, g1] = GOAL_IDS as unknown as [GoalId, GoalId];
const filter = (f: Partial<GoalFilter>): GoalFilter => ({ ...DEFAULT_FILTER, ...f });

describe('nearestFilter', () => {
	it('says nothing while some city matches, or with no goal chosen', () => {
		expect(nearestFilter(cities, filter({ goals: [g0], min: 3 }))).toBeNull();
		expect(nearestFilter(cities, filter({ min: 3, match: 'all' }))).toBeNull();
	});
	it('offers "any goal" first when "all" keeps nobody', () => {
		expect(nearestFilter(cities, filter({ goals: [g0, g1], min: 2, match: 'all' }))).toEqual({ change: { match: 'any' }, matching: 2 });
	});
	it('lowers the threshold one step at a time, the highest that keeps a city', () => {
		const only = [city('b', 0, 2, 0, 0, 0), city('c', 1, 1, 1, 1, 1)];
		expect(nearestFilter(only, filter({ goals: [g0], min: 3 }))).toEqual({ change: { min: 1 }, matching: 1 });
		expect(nearestFilter(only, filter({ goals: [g1], min: 3 }))).toEqual({ change: { min: 2 }, matching: 1 });
	});
	it('changes both when neither alone helps', () => {
		const two = [city('x', 1, 0, 0, 0, 0), city('y', 0, 1, 0, 0, 0)];
		expect(nearestFilter(two, filter({ goals: [g0, g1], min: 2, match: 'all' }))).toEqual({ change: { min: 1, match: 'any' }, matching: 2 });
	});
	it('gives up when only clearing helps', () => {
		expect(nearestFilter([city('z')], filter({ goals: [g0], min: 1 }))).toBeNull();
	});
});

describe('isDefaultFilter', () => {
	it('counts a threshold or a match mode as something to clear, even with no goal', () => {
		expect(isDefaultFilter(DEFAULT_FILTER)).toBe(true);
		expect(isDefaultFilter(filter({ match: 'all' }))).toBe(false);
		expect(isDefaultFilter(filter({ min: 3 }))).toBe(false);
		expect(isDefaultFilter(filter({ goals: [g0] }))).toBe(false);
	});
});
