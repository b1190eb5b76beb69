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
import { ALL_MASKS, goalMask, keptMasks, THRESHOLDS, type GoalFilter, type Scores, type Threshold } from '../state/filter';

/** The global-state keys the expressions below read. */
export const KEPT_MASKS = 'kept-masks';
export const KEPT_MIN = 'kept-min';

/** Feature property holding a city's mask at a threshold. */
export const maskProperty = (min: Threshold) => `m${min}`;
/** Cluster property counting the cluster's cities whose mask at `min` is `mask`. */
export const countProperty = (min: Threshold, mask: number) => `n${min}-${mask}`;

/** The per-threshold masks a city feature carries. */
export function maskProperties(goals: Scores | undefined): Record<string, number> {
	return Object.fromEntries(THRESHOLDS.map((t) => [maskProperty(t), goalMask(goals, t)]));
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
