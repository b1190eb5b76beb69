/**
 * The view as a URL: the one place that parses and writes the atlas's query string. Parsing never throws:
 * unknown keys and malformed or unknown values are dropped, so any URL yields a valid view.
 * Example: ?city=cork&goals=social-cohesion,economic-development&min=2&match=any
 */
import { GOAL_IDS, type GoalId } from '$lib/data/schema';
import { DEFAULT_FILTER, type GoalFilter, type MatchMode } from './filter';

export interface View extends GoalFilter {
	/** The selected city's id, or null for the world view. */
	city: string | null;
}

export const DEFAULT_VIEW: View = { city: null, ...DEFAULT_FILTER };

export interface CodecContext {
	cityIds: ReadonlySet<string>;
}

/** Only the first value of a repeated key counts; values longer than any real value are ignored. */
function first(params: URLSearchParams, key: string, maxLength = 200): string | null {
	const value = params.get(key);
	return value !== null && value.length <= maxLength ? value : null;
}

function parseGoals(value: string | null): GoalId[] {
	if (!value) return [];
	const wanted = new Set(value.split(','));
	// Canonical order (the goals' own order), no duplicates, unknown ids dropped.
	return GOAL_IDS.filter((id) => wanted.has(id));
}

export function parseView(params: URLSearchParams, context: CodecContext): View {
	const city = first(params, 'city');
	const min = first(params, 'min');
	const match = first(params, 'match');
	return {
		city: city !== null && context.cityIds.has(city) ? city : null,
		goals: parseGoals(first(params, 'goals')),
		min: min === '1' || min === '2' || min === '3' ? (Number(min) as 1 | 2 | 3) : DEFAULT_VIEW.min,
		match: match === 'any' || match === 'all' ? (match as MatchMode) : DEFAULT_VIEW.match
	};
}

/** Writes only what differs from the default, in a fixed key order, so each view has one URL. */
export function writeView(view: View): URLSearchParams {
	const params = new URLSearchParams();
	if (view.city) params.set('city', view.city);
	const goals = GOAL_IDS.filter((id) => view.goals.includes(id));
	if (goals.length) params.set('goals', goals.join(','));
	if (view.min !== DEFAULT_VIEW.min) params.set('min', String(view.min));
	if (view.match !== DEFAULT_VIEW.match) params.set('match', view.match);
	return params;
}

/** The canonical query string of a view ('' for the default view, otherwise '?...'). */
export function viewSearch(view: View): string {
	// URLSearchParams encodes ',' as %2C; goal ids never need it, and the readable form is what people share.
	const text = writeView(view).toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
