/**
 * What the map, the list and the counts show in the current scope, derived from the view (the URL) and the
 * network's data: the scope's cities, those the filters keep, the points both maps draw, the cities the goal
 * filter dims, and the selected member when it is not one of the twelve. The network's data is asked for only
 * when a scope beyond the book opens (`follow`, called by the page).
 */
import { atlasData } from '$lib/data/atlasData';
import type { NetworkMember } from '$lib/data/network';
import { currentLocale } from '$lib/i18n/locale';
import { atlas } from './atlas.svelte';
import { isFiltering } from './filter';
import { network } from './network.svelte';
import { bookCityAlone } from './bookCities';
import type { ScopeCity } from './scopeCities';
import { NETWORK_FILTER_KEYS, type NetworkFilter, type Scope } from './networkFilter';
import { samePoint, type ScopePoint } from './scopePoint';

export type { ScopePoint } from './scopePoint';

/** What the network's filters read of the view. */
const FILTER_FIELDS = ['scope', ...NETWORK_FILTER_KEYS] as const;

const locale = currentLocale();


/** Whether two lists hold the same items in the same order, items compared by `same` (default: identity). */
function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
	return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

/** The cities that have a place, as the maps draw them. */
const placed = (cities: readonly ScopeCity[]): ScopePoint[] =>
	cities.flatMap((c) => (c.lat === null || c.lon === null ? [] : [{ id: c.id, name: c.name, lat: c.lat, lon: c.lon, goals: c.goals }]));


class ScopeState {
	readonly scope: Scope = $derived(atlas.view.scope);
	/** Beyond the book, until the network has loaded: the count line says so, and the map keeps the twelve. */
	readonly waiting = $derived(this.scope !== 'book' && !network.data);
	/** Each scope's cities as made from the network's file in `#madeFrom`: a scope chosen again finds them made. */
	#made = new Map<Scope, readonly ScopeCity[]>();
	#madeFrom: typeof network.loaded = null;
	/** Every city of the scope (the filters apart), alphabetical. */
	readonly cities: readonly ScopeCity[] = $derived.by(() => {
		const loaded = network.loaded;
		if (!loaded) return atlasData.cities.map(bookCityAlone);
		if (loaded !== this.#madeFrom) [this.#made, this.#madeFrom] = [new Map(), loaded];
		let cities = this.#made.get(this.scope);
		// Sorting 324 names in the page's language took 1.3 ms of every switch back to a scope.
		if (!cities) this.#made.set(this.scope, (cities = loaded.reader.citiesInScope(this.scope, atlasData.cities, loaded.data.members, locale)));
		return cities;
	});
	#lastFilter: NetworkFilter | null = null;
	/**
	 * The view's network filters alone, the same object while they stay the same: a city chosen, a tab opened or
	 * a goal toggled leaves what they keep (and the world view's frame) as it was, without filtering every city
	 * again (about 1 ms at 10,000 cities).
	 */
	readonly #filter: NetworkFilter = $derived.by(() => {
		const view = atlas.view;
		const last = this.#lastFilter;
		if (last && FILTER_FIELDS.every((key) => view[key] === last[key])) return last;
		return (this.#lastFilter = Object.fromEntries(FILTER_FIELDS.map((key) => [key, view[key]])) as unknown as NetworkFilter);
	});
	#shown: readonly ScopeCity[] = [];
	/**
	 * The cities the filters keep: the list, and (placed) the map. The same list while they stay the same (a goal
	 * toggle, a selection): the maps then neither redraw nor move their camera.
	 */
	readonly shown: readonly ScopeCity[] = $derived.by(() => {
		const loaded = network.loaded;
		const next = loaded ? loaded.reader.citiesShown(this.cities, this.#filter) : this.cities;
		if (!sameList(next, this.#shown)) this.#shown = next;
		return this.#shown;
	});
	#points: readonly ScopePoint[] = [];
	/**
	 * What both maps draw: the cities shown that have a place. The same list while what is drawn stays the same:
	 * the network's file arriving in the book's scope (fetched when the focus passes the scope control) gives the
	 * twelve new records, and a new list would redraw the maps and send a zoomed-in map back to the world.
	 */
	readonly points: readonly ScopePoint[] = $derived.by(() => {
		const next = placed(this.shown);
		if (!sameList(next, this.#points, samePoint)) this.#points = next;
		return this.#points;
	});
	#frame: readonly ScopePoint[] = [];
	/**
	 * What the world view frames: the points the filters keep in every year. A year thins the cities drawn and
	 * leaves the frame as it was (the same list), so the camera stays still as the years play, and a reader can
	 * move the map while they do; a filter or a scope gives a new frame, and the camera frames it.
	 */
	readonly frame: readonly ScopePoint[] = $derived.by(() => {
		const filter = this.#filter;
		const loaded = network.loaded;
		const every = filter.year === null || !loaded || this.scope === 'book';
		const next = every ? this.points : placed(loaded.reader.citiesShown(this.cities, { ...filter, year: null }));
		if (!sameList(next, this.#frame, samePoint)) this.#frame = next;
		return this.#frame;
	});
	/**
	 * Dimmed on the map and in the list: the cities the goal filter leaves out. Only the twelve have scores, so
	 * beyond the book a goal filter dims every other city and the twelve it keeps stand out among them.
	 */
	readonly dimmed: ReadonlySet<string> = $derived.by(() => {
		if (this.scope === 'book' || this.waiting) return atlas.dimmed;
		if (!isFiltering(atlas.view)) return new Set();
		const matching = atlas.matching;
		return new Set(this.shown.filter((c) => !matching.has(c.id)).map((c) => c.id));
	});
	/** The selected city, if it is in the scope. */
	readonly selected: ScopeCity | null = $derived(atlas.view.city ? (this.cities.find((c) => c.id === atlas.view.city) ?? null) : null);
	/** The selected city when it is a member beyond the twelve (the twelve open their case study). */
	readonly selectedMember: NetworkMember | null = $derived(this.selected && !this.selected.book ? this.selected.member : null);

	/** Loads the network's data when a scope beyond the book is shown (or when asked: a search wanting every name). */
	follow() {
		$effect(() => {
			if (this.scope !== 'book') void network.ensure();
		});
		// A link's values checked against the data once it is here: an edition, a country or a city the network
		// does not have is dropped from the URL (the view already ignores it), so what is shared is what is shown.
		$effect(() => {
			const loaded = network.loaded;
			const view = atlas.view;
			if (!loaded || this.scope === 'book' || !atlas.hydrated) return;
			const fixes = loaded.reader.unknownLinkValues(view, loaded.data, this.cities);
			if (Object.keys(fixes).length) void atlas.setView(fixes, { replace: true });
		});
	}
}

export const scope = new ScopeState();
