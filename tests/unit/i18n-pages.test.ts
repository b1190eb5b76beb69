import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/lib/data/files';
import { validateDataset } from '../../src/lib/data/validate';
import { commonFactors } from '../../src/routes/about/commonFactors';

const { cities } = validateDataset(readDataFiles(process.cwd()));

describe('common factors of the cities (about page)', () => {
	it('count what the data says', () => {
		const common = commonFactors(cities);
		expect(common.total).toBe(cities.length);
		expect(common.awarded).toBe(cities.filter((c) => c.award2015.received).length);
		expect(common.strongGoals).toHaveLength(5);
		const counts = common.strongGoals.map((g) => g.count);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(common.startYears![0]).toBeLessThanOrEqual(common.startYears![1]);
	});
	it('follow a change in the data', () => {
		const changed = cities.map((c, i) =>
			i === 0 ? { ...c, goals: { ...c.goals, 'cultural-prosperity': { ...c.goals['cultural-prosperity'], score: 0 } } } : c
		);
		const before = commonFactors(cities).strongGoals.find((g) => g.goal === 'cultural-prosperity')!.count;
		const after = commonFactors(changed).strongGoals.find((g) => g.goal === 'cultural-prosperity')!.count;
		expect(after).toBe(cities[0]!.goals['cultural-prosperity'].score >= 2 ? before - 1 : before);
		expect(commonFactors(cities.map((c) => ({ ...c, learningCityStart: { ...c.learningCityStart, value: null } }))).startYears).toBeNull();
	});
});
