import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/lib/data/files';
import { GOAL_IDS, type City, type GoalId } from '../../src/lib/data/schema';
import { validateDataset } from '../../src/lib/data/validate';
import { cityMatches, DEFAULT_FILTER, isFiltering, matchingIds, type GoalFilter } from '../../src/lib/state/filter';

const { cities } = validateDataset(readDataFiles(process.cwd()));
const THRESHOLDS = [1, 2, 3] as const;

/** Every non-empty set of goals: 31 of them. */
const goalSets: GoalId[][] = [];
for (let mask = 1; mask < 1 << GOAL_IDS.length; mask++) goalSets.push(GOAL_IDS.filter((_, i) => mask & (1 << i)));

/** An oracle written differently from the filter: count the selected goals at or above the threshold. */
function expected(goals: GoalId[], min: number, match: 'any' | 'all'): string[] {
	return cities
		.filter((c) => {
			let hits = 0;
			for (const g of goals) if (c.goals[g].score >= min) hits++;
			return match === 'any' ? hits > 0 : hits === goals.length;
		})
		.map((c) => c.id);
}

const scores = (s: number[]) =>
	({ goals: Object.fromEntries(GOAL_IDS.map((g, i) => [g, { score: s[i] }])) }) as unknown as Pick<City, 'goals'>;

describe('goal filter', () => {
	it('matches every city when no goal is selected, whatever the threshold and mode', () => {
		for (const min of THRESHOLDS)
			for (const match of ['any', 'all'] as const)
				expect(matchingIds(cities, { goals: [], min, match }).size).toBe(cities.length);
		expect(isFiltering(DEFAULT_FILTER)).toBe(false);
	});

	for (const match of ['any', 'all'] as const)
		for (const min of THRESHOLDS)
			it(`matches the dataset's cities for "${match}" at threshold ${min}, for every set of goals`, () => {
				for (const goals of goalSets) {
					expect([...matchingIds(cities, { goals, min, match })], `${goals.join('+')}`).toEqual(
						expected(goals, min, match)
					);
				}
			});

	it('narrows as the threshold rises, and "all" never matches more than "any"', () => {
		for (const goals of goalSets)
			for (const match of ['any', 'all'] as const) {
				const at = THRESHOLDS.map((min) => matchingIds(cities, { goals, min, match }));
				expect([...at[2]!].every((id) => at[1]!.has(id))).toBe(true);
				expect([...at[1]!].every((id) => at[0]!.has(id))).toBe(true);
			}
		for (const goals of goalSets)
			for (const min of THRESHOLDS) {
				const all = matchingIds(cities, { goals, min, match: 'all' });
				const any = matchingIds(cities, { goals, min, match: 'any' });
				expect([...all].every((id) => any.has(id))).toBe(true);
			}
	});

	it('splits the dataset on a real goal: some cities match social cohesion at 3, some do not', () => {
		const filter: GoalFilter = { goals: ['social-cohesion'], min: 3, match: 'any' };
		const ids = matchingIds(cities, filter);
		expect(ids.size).toBeGreaterThan(0);
		expect(ids.size).toBeLessThan(cities.length);
	});

	it('applies the threshold inclusively and tells any from all on a known city', () => {
		const city = scores([3, 2, 1, 0, 2]);
		const f = (goals: GoalId[], min: 1 | 2 | 3, match: 'any' | 'all') => cityMatches(city, { goals, min, match });
		expect(f(['social-cohesion'], 2, 'any')).toBe(true);
		expect(f(['social-cohesion'], 3, 'any')).toBe(false);
		expect(f(['cultural-prosperity'], 1, 'any')).toBe(false);
		expect(f(['individual-empowerment', 'cultural-prosperity'], 1, 'any')).toBe(true);
		expect(f(['individual-empowerment', 'cultural-prosperity'], 1, 'all')).toBe(false);
		expect(f(['individual-empowerment', 'social-cohesion', 'sustainable-development'], 2, 'all')).toBe(true);
		expect(f(['individual-empowerment', 'social-cohesion', 'sustainable-development'], 3, 'all')).toBe(false);
	});
});
