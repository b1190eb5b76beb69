/**
 * What the cities share, computed from the data (not quoted from the book): the award, the spread over regions
 * and countries, the years their learning-city work began, and how many make each goal a real strand.
 * Pure, so the unit tests check it against the data.
 */
import type { City, GoalId } from '$lib/data/schema';
import { GOAL_IDS } from '$lib/data/vocabulary';

export interface CommonFactors {
	total: number;
	awarded: number;
	regions: number;
	countries: number;
	/** First and last known start year, or null when none is known. */
	startYears: [number, number] | null;
	/** For each goal, how many cities score it 2 or more; strongest first. */
	strongGoals: Array<{ goal: GoalId; count: number }>;
}

export function commonFactors(cities: readonly City[]): CommonFactors {
	const years = cities.map((c) => c.learningCityStart.value).filter((y): y is number => y !== null);
	return {
		total: cities.length,
		awarded: cities.filter((c) => c.award2015.received).length,
		regions: new Set(cities.map((c) => c.region)).size,
		countries: new Set(cities.map((c) => c.iso2)).size,
		startYears: years.length ? [Math.min(...years), Math.max(...years)] : null,
		strongGoals: GOAL_IDS.map((goal) => ({ goal, count: cities.filter((c) => c.goals[goal].score >= 2).length })).sort(
			(a, b) => b.count - a.count
		)
	};
}
