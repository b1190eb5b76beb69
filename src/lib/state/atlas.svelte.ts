/**
 * The atlas's shared state. The view (what is selected) lives in the URL and is derived from it, so links,
 * reload and back/forward all restore it; hover is transient and lives here only.
 *
 * A change is shown first and written to the URL once the changes settle: writing it (Kit's goto: history.pushState,
 * which also reads the scroll position and so forces a layout) cost more main-thread time than drawing the change
 * itself. Until the URL is written, the view chosen is shown.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { atlasData, summaryById } from '$lib/data/atlasData';
import type { GoalId } from '$lib/data/schema';
import { DEFAULT_FILTER, matchingIds } from './filter';
import { NETWORK_FILTER_KEYS, type NetworkFilter, type Scope } from './networkFilter';
import { PROJECTOR, THEME_PARAM } from './projectorTheme.svelte';
import { DEFAULT_VIEW, parseView, viewSearch, type View } from './viewCodec';

const context = { cityIds: new Set(atlasData.cities.map((c) => c.id)) };

/**
 * The view's query, with what the URL carries beside the view: the projector theme (`?theme=projector`), which a
 * speaker's link must keep through every selection and filter (the codec's query alone dropped it).
 */
function searchOf(view: View): string {
	const search = viewSearch(view);
	if (page.url.searchParams.get(THEME_PARAM) !== PROJECTOR) return search;
	return `${search}${search ? '&' : '?'}${THEME_PARAM}=${PROJECTOR}`;
}

class AtlasState {
	/**
	 * False while prerendering and hydrating, so the first client render matches the prerendered HTML
	 * (which cannot know the query string); the URL takes over right after.
	 */
	hydrated = $state(false);
	/**
	 * Views replace the history entry instead of adding one: in an embed, the frame's entries would otherwise join
	 * the host page's back button.
	 */
	replaceHistory = false;
	hovered = $state<string | null>(null);

	/** The view chosen but not yet in the URL, and the URL it was chosen from (it applies only while that stays). */
	#shown = $state.raw<{ view: View; from: string } | null>(null);
	readonly #fromUrl: View = $derived(this.hydrated ? parseView(page.url.searchParams, context) : DEFAULT_VIEW);
	#view: View = DEFAULT_VIEW;
	/**
	 * The view shown: the one chosen while it is not yet in the URL, else the URL's. The same object while it says
	 * the same: once a chosen view is written, the URL's copy of it would otherwise re-run everything derived from
	 * the view (the scope's lists, the facets' counts, the maps' data) for a view already on screen.
	 */
	readonly view: View = $derived.by(() => {
		const next = this.#shown && this.#shown.from === page.url.href ? this.#shown.view : this.#fromUrl;
		if (next !== this.#view && viewSearch(next) !== viewSearch(this.#view)) this.#view = next;
		return this.#view;
	});
	readonly selectedCity = $derived((this.view.city && summaryById.get(this.view.city)) || null);
	readonly compareCity = $derived((this.view.compare && summaryById.get(this.view.compare)) || null);
	/** Ids of the cities that match the goal filter (all of them when no goal is selected). */
	readonly matching: ReadonlySet<string> = $derived(matchingIds(atlasData.cities, this.view));
	/**
	 * Ids of the cities drawn dimmed everywhere: the complement of `matching`. `matching` is read once, not per
	 * city: on the server a $derived is recomputed on every read, which made prerendering 10,000 cities O(n²).
	 */
	readonly dimmed: ReadonlySet<string> = $derived.by(() => {
		const matching = this.matching;
		const dimmed = new Set<string>();
		for (const { id } of atlasData.cities) if (!matching.has(id)) dimmed.add(id);
		return dimmed;
	});

	/**
	 * Shows a view at once and puts it in the URL once the changes have settled (SETTLE_MS without another), as a
	 * new history entry (back/forward walk through views). A burst of changes makes one entry: arrowing through a
	 * select's six regions is one step back, not six, and the writing waits until the map has had the frames
	 * that show the change. A navigation that comes first (back, a link) wins over a change not yet written.
	 */
	async setView(next: Partial<View>, options: { replace?: boolean } = {}) {
		const view = { ...this.view, ...next };
		const search = searchOf(view);
		if (search === page.url.search) {
			this.#shown = null;
			return;
		}
		const shown = { view, from: page.url.href };
		this.#shown = shown;
		await settled();
		if (this.#shown !== shown) return;
		if (page.url.href !== shown.from) {
			this.#shown = null; // so that coming back to that URL shows its own view
			return;
		}
		await goto(`${page.url.pathname}${search}${page.url.hash}`, {
			keepFocus: true,
			noScroll: true,
			replaceState: options.replace ?? this.replaceHistory
		});
		if (this.#shown === shown) this.#shown = null;
	}

	select(id: string | null) {
		return this.setView({ city: id });
	}

	toggleGoal(goal: GoalId) {
		const goals = this.view.goals.includes(goal) ? this.view.goals.filter((g) => g !== goal) : [...this.view.goals, goal];
		return this.setView({ goals });
	}

	/**
	 * Back to every city and to the default filter: goals, threshold and match mode. Keeping the threshold and
	 * mode left `?min=3&match=all` in a URL that "Clear" was meant to empty.
	 */
	clearFilter() {
		return this.setView({ ...DEFAULT_FILTER });
	}

	/**
	 * Another scope: the filters stay (they mean the same for the award winners and the whole network), the book's
	 * scope has none; a selected city not in the book is let go there (beyond it, once the data says so).
	 */
	setScope(scope: Scope) {
		const city = scope === 'book' && this.view.city && !context.cityIds.has(this.view.city) ? null : this.view.city;
		return this.setView({ scope, city });
	}

	/** Every network filter back to none, the year too. */
	clearNetworkFilter() {
		const none = Object.fromEntries(NETWORK_FILTER_KEYS.map((key) => [key, null])) as Partial<NetworkFilter>;
		return this.setView(none);
	}

	/** After hydration: take the view from the URL and rewrite a URL that carried junk into its canonical form. */
	start() {
		this.hydrated = true;
		const canonical = searchOf(parseView(page.url.searchParams, context));
		if (canonical !== page.url.search) void this.setView({}, { replace: true });
	}
}

/**
 * How long a view waits for the next change before it goes into the URL: longer than a key repeat (about 30 ms)
 * or a reader's next click in a burst, shorter than a reader takes to look for the address bar.
 */
const SETTLE_MS = 300;

/** Resolves SETTLE_MS from now, when the browser has a moment (at most 50 ms more: a busy page still gets its URL). */
function settled(): Promise<void> {
	return new Promise((resolve) => {
		setTimeout(() => {
			if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 50 });
			else resolve();
		}, SETTLE_MS);
	});
}

export const atlas = new AtlasState();
