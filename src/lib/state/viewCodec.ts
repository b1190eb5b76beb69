/**
 * The view as a URL: the one place that parses and writes the atlas's query string. Parsing never throws:
 * unknown keys and malformed or unknown values are dropped, so any URL yields a valid view.
 * Example: ?city=cork&goals=social-cohesion,economic-development&min=2&match=any&sort=social-cohesion
 * Beyond the book: ?scope=network&city=cuenca-ec&region=africa&from=2019&to=2022&year=2024 (./networkFilter.ts).
 */
import { GOAL_IDS, type GoalId } from '$lib/data/vocabulary';
import { DEFAULT_FILTER, type GoalFilter, type MatchMode } from './filter';
import { DEFAULT_NETWORK_FILTER, parseNetworkFilter, writeNetworkFilter, type NetworkFilter } from './networkFilter';

/** How the goal matrix orders its rows: by name, by region, or by one goal's score (highest first). */
export type SortKey = 'name' | 'region' | GoalId;
export const SORT_KEYS: readonly SortKey[] = ['name', 'region', ...GOAL_IDS];

/** Which panel the side column shows. */
export const PANELS = ['city', 'matrix', 'overview', 'profile'] as const;
export type PanelId = (typeof PANELS)[number];

export interface View extends GoalFilter, NetworkFilter {
	/**
	 * The selected city's id, or null for the world view: one of the twelve's, or, beyond the book's scope, a
	 * network member's (checked against the network's data once it has loaded: see network.svelte.ts).
	 */
	city: string | null;
	/** A second city pinned for comparison in the city profile, or null. */
	compare: string | null;
	sort: SortKey;
	panel: PanelId;
}

export const DEFAULT_VIEW: View = { city: null, ...DEFAULT_FILTER, ...DEFAULT_NETWORK_FILTER, compare: null, sort: 'name', panel: 'city' };

/** A network member's id as the data writes them (networkSchema.ts), short enough for any real name. */
const MEMBER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function cityOf(value: string | null, context: CodecContext): string | null {
	return value !== null && context.cityIds.has(value) ? value : null;
}

export function parseView(params: URLSearchParams, context: CodecContext): View {
	const min = first(params, 'min');
	const network = parseNetworkFilter((key) => first(params, key, 40));
	const city = first(params, 'city', 120);
	return {
		city: network.scope === 'book' ? cityOf(city, context) : city !== null && (context.cityIds.has(city) || MEMBER_ID.test(city)) ? city : null,
		...network,
		goals: parseGoals(first(params, 'goals')),
		min: min === '1' || min === '2' || min === '3' ? (Number(min) as 1 | 2 | 3) : DEFAULT_VIEW.min,
		match: oneOf<MatchMode>(first(params, 'match'), ['any', 'all'], DEFAULT_VIEW.match),
		compare: cityOf(first(params, 'compare'), context),
		sort: oneOf(first(params, 'sort'), SORT_KEYS, DEFAULT_VIEW.sort),
		panel: oneOf(first(params, 'panel'), PANELS, DEFAULT_VIEW.panel)
	};
}

/** Writes only what differs from the default, in a fixed key order, so each view has one URL. */
export function writeView(view: View): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of writeNetworkFilter(view)) params.set(key, value);
	if (view.city) params.set('city', view.city);
	const goals = GOAL_IDS.filter((id) => view.goals.includes(id));
	if (goals.length) params.set('goals', goals.join(','));
	if (view.min !== DEFAULT_VIEW.min) params.set('min', String(view.min));
	if (view.match !== DEFAULT_VIEW.match) params.set('match', view.match);
	if (view.compare) params.set('compare', view.compare);
	if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
	if (view.panel !== DEFAULT_VIEW.panel) params.set('panel', view.panel);
	return params;
}

/** The canonical query string of a view ('' for the default view, otherwise '?...'). */
export function viewSearch(view: View): string {
	// URLSearchParams encodes ',' as %2C; goal ids never need it, and the readable form is what people share.
	const text = writeView(view).toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
