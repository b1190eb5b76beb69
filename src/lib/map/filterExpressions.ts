/**
 * The goal filter as MapLibre expressions, for a crowded (clustered) map. Dimming city by city through
 * feature-state costs MapLibre a call per city on every toggle, and clusters can only learn which of their
 * cities the filter keeps if all the data is sent to the worker again: at 10,000 cities that was about 100 ms
 * of main-thread work per toggle. Here each city carries, per threshold, the goals it meets as a bit mask,
 * each cluster counts its cities per mask, and a toggle only sets two global-state values (the masks the
 * filter keeps, and the threshold): MapLibre re-evaluates the paint in its worker.
 *
 * Pure and data-only, so the unit tests check it without a browser.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { GOAL_IDS, type GoalId } from '../data/vocabulary';
import { isFiltering, type GoalFilter } from '../state/filter';

/** The thresholds a filter can ask for (a score of at least 1, 2 or 3). */
export const THRESHOLDS = [1, 2, 3] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** Every combination of goals: bit i stands for GOAL_IDS[i]. */
const ALL_MASKS = Array.from({ length: 1 << GOAL_IDS.length }, (_, mask) => mask);

/** The global-state keys the expressions below read. */
export const KEPT_MASKS = 'kept-masks';
export const KEPT_MIN = 'kept-min';

export type Scores = Readonly<Partial<Record<GoalId, { readonly score: number }>>>;

/** The goals a city meets at `min` or above, as a bit mask. */
export function goalMask(goals: Scores | undefined, min: number): number {
	return GOAL_IDS.reduce((mask, id, bit) => ((goals?.[id]?.score ?? 0) >= min ? mask | (1 << bit) : mask), 0);
}

/** Feature property holding a city's mask at a threshold. */
export const maskProperty = (min: Threshold) => `m${min}`;
/** Cluster property counting the cluster's cities whose mask at `min` is `mask`. */
export const countProperty = (min: Threshold, mask: number) => `n${min}-${mask}`;

/** The per-threshold masks a city feature carries. */
export function maskProperties(goals: Scores | undefined): Record<string, number> {
	return Object.fromEntries(THRESHOLDS.map((t) => [maskProperty(t), goalMask(goals, t)]));
}

/** The masks a city may have for the filter to keep it (all of them when no goal is chosen). */
export function keptMasks(filter: GoalFilter): number[] {
	if (!isFiltering(filter)) return ALL_MASKS;
	const chosen = goalMask(Object.fromEntries(filter.goals.map((g) => [g, { score: 1 }])), 1);
	return ALL_MASKS.filter((mask) => (filter.match === 'all' ? (mask & chosen) === chosen : (mask & chosen) !== 0));
}

/** The global state for a filter: set with `map.setGlobalStateProperty`, and the style's defaults (no filter). */
export function filterState(filter: GoalFilter): Record<string, unknown> {
	return { [KEPT_MASKS]: keptMasks(filter), [KEPT_MIN]: filter.min };
}

/** The style root's `state`: no filter, so every city is kept until one is set. */
export function filterStateDefaults(): Record<string, { default: unknown }> {
	const state = filterState({ goals: [], min: 2, match: 'any' });
	return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, { default: value }]));
}

/** Cluster properties: per threshold and mask, how many of the cluster's cities have that mask. */
export function clusterCountProperties(): Record<string, ExpressionSpecification> {
	const properties: Record<string, ExpressionSpecification> = {};
	for (const t of THRESHOLDS)
		for (const mask of ALL_MASKS)
			properties[countProperty(t, mask)] = ['+', ['case', ['==', ['get', maskProperty(t)], mask], 1, 0]];
	return properties;
}

const min: ExpressionSpecification = ['global-state', KEPT_MIN];
const masks: ExpressionSpecification = ['global-state', KEPT_MASKS];

/** Picks the expression for the threshold in the global state. */
function byThreshold(each: (t: Threshold) => ExpressionSpecification): ExpressionSpecification {
	return ['case', ['==', min, 1], each(1), ['==', min, 2], each(2), each(3)];
}

/** True for a single city the filter in the global state keeps. */
export const cityKept: ExpressionSpecification = ['in', byThreshold((t) => ['get', maskProperty(t)]), masks];

/** How many of a cluster's cities the filter in the global state keeps. */
export const clusterKept: ExpressionSpecification = byThreshold((t) => [
	'+',
	0,
	...ALL_MASKS.map((mask): ExpressionSpecification => ['case', ['in', mask, masks], ['get', countProperty(t, mask)], 0])
]);
