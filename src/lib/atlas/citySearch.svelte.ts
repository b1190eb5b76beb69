/**
 * The city search's state and keys, for ./CitySearch.svelte: an editable combobox with list autocomplete and no
 * automatic selection (the WAI-ARIA APG pattern). Down/Up move through the options (and open the list), Enter
 * chooses the active one (or the best match), Escape closes the list and then clears the field, Home/End and
 * Left/Right move the caret. Matching is ../state/search.ts's.
 */
import type { Locale } from '$lib/data/vocabulary';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { findCities, searchIndex, type SearchCandidate } from '$lib/state/search';

/**
 * Options drawn at most: the list shows about nine at a time (SearchOptions' 20rem), so twenty is two scrolls; the
 * status says how many more match, and a longer list is typed down, not scrolled. Fifty made every keystroke of a
 * one-letter query among 10,000 cities draw fifty options.
 */
const LIMIT = 20;

/** Inputs that take no typing: `/` in them is the shortcut, as anywhere else. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether a key press is the page's `/` shortcut to the search: not with a modifier, not while typing elsewhere. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'isComposing' | 'target'>): boolean {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return false;
	const target = typeof HTMLElement !== 'undefined' && event.target instanceof HTMLElement ? event.target : null;
	if (target?.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return false;
	return !(target instanceof HTMLInputElement && !NOT_TEXT.has(target.type));
}

export class CitySearchState {
	query = $state('');
	open = $state(false);
	active = $state(-1);

	constructor(
		private readonly candidates: () => readonly SearchCandidate[],
		private readonly locale: () => Locale,
		private readonly onchoose: (id: string) => void
	) {}

	readonly index = $derived.by(() => searchIndex(this.candidates(), this.locale()));
	readonly result = $derived(findCities(this.index, this.query, LIMIT));
	readonly expanded = $derived(this.open && this.result.matches.length > 0);
	readonly none = $derived(this.open && this.result.total === 0 && this.query.trim() !== '');

	/** What a screen reader is told of the matches (the component waits for a pause in the typing). */
	readonly status = $derived.by(() => {
		// The query first: the result (and the index under it) is not built until there is one, so a change of
		// scope does not index every city of the new scope before anyone searches (2 to 3 ms of the switch).
		const query = this.query;
		if (!this.open || !query.trim()) return '';
		const result = this.result;
		const count = (total: number) => formatNumber(total, this.locale());
		if (result.total === 0) return m.search_none({ query });
		if (result.total > result.matches.length) return m.search_results_more({ shown: count(result.total), first: count(result.matches.length) });
		return m.search_results({ count: result.total, shown: count(result.total) });
	});

	choose(candidate: SearchCandidate) {
		this.query = candidate.name;
		this.open = false;
		this.active = -1;
		this.onchoose(candidate.id);
	}

	typed() {
		this.open = true;
		this.active = -1;
	}

	#move(by: 1 | -1) {
		const n = this.result.matches.length;
		if (!n) return;
		this.active = this.active < 0 ? (by > 0 ? 0 : n - 1) : (this.active + by + n) % n;
	}

	/** The field's keys: those it acts on have their default prevented. */
	key(event: KeyboardEvent) {
		if (event.isComposing) return;
		switch (event.key) {
			case 'ArrowDown':
			case 'ArrowUp':
				event.preventDefault();
				// Alt+Down opens the list without moving into it.
				if (!this.open) {
					this.open = true;
					if (event.altKey) return;
				}
				this.#move(event.key === 'ArrowDown' ? 1 : -1);
				return;
			case 'Enter': {
				const chosen = this.expanded ? this.result.matches[Math.max(this.active, 0)] : undefined;
				if (!chosen) return;
				event.preventDefault();
				this.choose(chosen);
				return;
			}
			case 'Escape':
				// The page's Escape (close the city, clear the filter) stays for when the field has nothing to undo.
				if (this.expanded || this.none) {
					event.preventDefault();
					this.open = false;
					this.active = -1;
				} else if (this.query) {
					event.preventDefault();
					this.query = '';
				}
				return;
			case 'Home':
			case 'End':
			case 'ArrowLeft':
			case 'ArrowRight':
				// The caret moves (the browser's default); the visual focus goes back to the field.
				this.active = -1;
		}
	}
}
