/**
 * The panels' maths, kept pure so it is tested without a browser: row order, scales, the overview's stacks
 * and the twelve-city averages. D3 computes here; the Svelte components only draw what comes out.
 */
import { ascending, descending, mean, scaleBand, scaleLinear, scaleSqrt, stack } from 'd3';
import type { CitySummary } from '$lib/data/schema';
import { GOAL_IDS, REGION_IDS, type GoalId, type RegionId } from '$lib/data/vocabulary';
import type { SortKey } from '$lib/state/viewCodec';

export type ScoredCity = Pick<CitySummary, 'id' | 'name' | 'region' | 'goals'>;

/** Scores run 0-3; the panels list them from strongest down. */
export const SCORES = [3, 2, 1, 0] as const;
export type Score = (typeof SCORES)[number];

const byName = (a: ScoredCity, b: ScoredCity) => a.name.localeCompare(b.name, 'en');

/** Rows of the goal matrix: by name, by region (UNESCO's order, then name) or by a goal's score (highest first). */
export function sortCities<C extends ScoredCity>(cities: readonly C[], sort: SortKey): C[] {
	const rows = [...cities];
	if (sort === 'name') return rows.sort(byName);
	if (sort === 'region')
		return rows.sort((a, b) => ascending(REGION_IDS.indexOf(a.region), REGION_IDS.indexOf(b.region)) || byName(a, b));
	return rows.sort((a, b) => descending(a.goals[sort].score, b.goals[sort].score) || byName(a, b));
}

export interface MatrixLayout {
	width: number;
	height: number;
	x: (goal: GoalId) => number;
	y: (id: string) => number;
	cell: number;
	rowHeight: number;
	/** Radius of a score's disc: area proportional to the score, so 2 looks twice 1. */
	radius: (score: number) => number;
	labelWidth: number;
	headerHeight: number;
}

export function matrixLayout(rowIds: readonly string[], goals: readonly GoalId[] = GOAL_IDS, labelWidth = 112): MatrixLayout {
	const headerHeight = 96;
	const cell = 46;
	const rowHeight = 30;
	const x = scaleBand<GoalId>().domain(goals).range([labelWidth, labelWidth + cell * goals.length]);
	const y = scaleBand<string>().domain(rowIds).range([headerHeight, headerHeight + rowHeight * rowIds.length]);
	const radius = scaleSqrt().domain([0, 3]).range([0, rowHeight / 2 - 2]);
	return {
		width: labelWidth + cell * goals.length + 4,
		height: headerHeight + rowHeight * rowIds.length + 4,
		x: (g) => x(g) ?? 0,
		y: (id) => y(id) ?? 0,
		cell,
		rowHeight,
		radius: (s) => radius(s),
		labelWidth,
		headerHeight
	};
}

export interface Segment {
	goal: GoalId;
	score: Score;
	/** Start and end in cities (0..n), from d3.stack. */
	x0: number;
	x1: number;
	/** The cities in this segment, by name. */
	cities: ScoredCity[];
}

/** For each goal, how many cities score 3, 2, 1 and 0, stacked in that order. */
export function goalStacks(cities: readonly ScoredCity[], goals: readonly GoalId[] = GOAL_IDS): Segment[][] {
	const rows = goals.map((goal) => {
		const counts: Record<string, number> = {};
		for (const s of SCORES) counts[s] = cities.filter((c) => c.goals[goal].score === s).length;
		return { goal, counts };
	});
	const series = stack<(typeof rows)[number], Score>()
		.keys(SCORES)
		.value((row, key) => row.counts[key] ?? 0)(rows);
	return rows.map((row, i) =>
		SCORES.map((score, k) => {
			const [x0, x1] = series[k]![i]!;
			return {
				goal: row.goal,
				score,
				x0,
				x1,
				cities: cities.filter((c) => c.goals[row.goal].score === score).sort(byName)
			};
		})
	);
}

/** The twelve-city average of each goal's score. */
export function goalAverages(cities: readonly ScoredCity[]): Record<GoalId, number> {
	return Object.fromEntries(GOAL_IDS.map((g) => [g, mean(cities, (c) => c.goals[g].score) ?? 0])) as Record<GoalId, number>;
}

/** A 0-3 score axis across `width` pixels, starting at `left`. */
export function scoreScale(left: number, width: number) {
	return scaleLinear().domain([0, 3]).range([left, left + width]);
}

/** One UNESCO region's row of the aggregated matrix: how many cities, how many the filter keeps, mean scores. */
export interface RegionRow {
	region: RegionId;
	count: number;
	matching: number;
	means: Record<GoalId, number>;
}

/** The matrix for a network-sized set: a row per region (in the vocabulary's order) instead of a row per city. */
export function regionRows(cities: readonly ScoredCity[], dimmed: ReadonlySet<string>): RegionRow[] {
	return REGION_IDS.flatMap((region) => {
		const members = cities.filter((c) => c.region === region);
		if (!members.length) return [];
		return [{ region, count: members.length, matching: members.filter((c) => !dimmed.has(c.id)).length, means: goalAverages(members) }];
	});
}
