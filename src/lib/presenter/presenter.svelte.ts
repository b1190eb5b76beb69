/**
 * The state of a talk, shared by the audience window and the speaker view: which slide, blanked or not,
 * help open, digits typed for a jump. The slide number lives in the URL (replaced, not pushed, so a kiosk
 * running all day grows no history) and travels to the other window through ./sync.ts.
 */
import { replaceState } from '$app/navigation';
import { dataset } from '$lib/data/dataset';
import { DEFAULT_FILTER, type GoalFilter } from '$lib/state/filter';
import { deck } from './deck';
import { keyAction, type KeyInput } from './keys';
import { parsePresent, presentSearch, type HandoutLayout } from './presentUrl';
import { parseAddress } from '$lib/state/shareAddress';
import { buildSlides, clampIndex, cityOf, indexOfCity } from './slides';
import { openSync, type SyncMessage } from './sync';
import { NO_TEXT, writeTour, type TourText } from './tour';

const context = { cityIds: new Set(dataset.cities.map((c) => c.id)) };

export interface PresenterHooks {
	/** Leave the deck for the atlas on this city (null: the world view). */
	leave?: (city: string | null, filter: GoalFilter) => void;
	fullscreen?: () => void;
	speaker?: () => void;
}

export class Presenter {
	/** False while prerendering and hydrating: the prerendered page cannot know the query string. */
	ready = $state(false);
	filter = $state<GoalFilter>(DEFAULT_FILTER);
	autoplay = $state<number | null>(null);
	/** Kiosk mode held on one slide (K), so a visitor or the stand's keeper can read it. */
	paused = $state(false);
	/** The speaker's address for the closing slide, or null (then shareAddress chooses). */
	qr = $state<string | null>(null);
	handout = $state<HandoutLayout>(1);
	/** The slide a jump asked for when the deck has fewer: said on screen, so a jump never lands silently. */
	jumpedPast = $state<number | null>(null);
	/** The speaker's own tour (slide ids), or null: the deck file's slides. */
	tour = $state.raw<string[] | null>(null);
	/** The title slide's words from the tour, where given. */
	text = $state.raw<TourText>(NO_TEXT);
	index = $state(0);
	blank = $state(false);
	help = $state(false);
	typed = $state('');

	readonly slides = $derived(buildSlides(deck, dataset.cities, this.filter, this.tour));
	readonly count = $derived(this.slides.length);
	readonly current = $derived(this.slides[this.index]);
	readonly upcoming = $derived(this.slides[this.index + 1]);
	readonly city = $derived(cityOf(this.current));

	#sync: ReturnType<typeof openSync> | null = null;
	#pathname = '';

	constructor(private hooks: PresenterHooks = {}) {}

	/** Reads the URL, joins the other windows of the talk; returns the clean-up. */
	start(url: URL): () => void {
		const params = parsePresent(url.searchParams, context);
		this.#pathname = url.pathname;
		this.filter = params.filter;
		this.autoplay = params.autoplay;
		this.qr = params.qr;
		this.handout = params.handout;
		this.tour = params.tour;
		this.text = params.text;
		const fromCity = params.city === null ? null : indexOfCity(this.slides, params.city);
		this.index = clampIndex(params.slide !== null ? params.slide - 1 : (fromCity ?? 0), this.count);
		this.ready = true;
		// Kit's router is not ready while the page hydrates (replaceState then throws): canonicalise the URL just after.
		setTimeout(() => this.#writeUrl());
		this.#sync = openSync((message) => this.#receive(message));
		this.#sync.send({ type: 'hello' });
		return () => {
			this.#sync?.close();
			this.#sync = null;
		};
	}

	go(index: number) {
		const next = clampIndex(index, this.count);
		this.typed = '';
		this.jumpedPast = null;
		if (next === this.index) return;
		this.index = next;
		this.#changed();
	}

	next() {
		this.go(this.index + 1);
	}
	prev() {
		this.go(this.index - 1);
	}
	/** The kiosk's step: past the last slide, back to the first. */
	advanceLooping() {
		this.go(this.index + 1 >= this.count ? 0 : this.index + 1);
	}

	/** Sets the closing slide's address from a speaker's text; false (and nothing changes) when it is no http(s) URL. */
	setQr(text: string | null): boolean {
		const qr = text === null ? null : parseAddress(text);
		if (text !== null && qr === null) return false;
		this.qr = qr;
		this.#changed();
		return true;
	}

	setHandout(layout: HandoutLayout) {
		this.handout = layout;
		this.#writeUrl();
	}

	setBlank(blank: boolean) {
		if (blank === this.blank) return;
		this.blank = blank;
		this.#broadcast();
	}

	/** Handles a key press; returns true when the deck used it (the caller then prevents the default). */
	key(input: KeyInput): boolean {
		const action = keyAction(input, { blank: this.blank, help: this.help, typed: this.typed });
		switch (action.type) {
			case 'none':
				return false;
			case 'next':
				this.next();
				break;
			case 'prev':
				this.prev();
				break;
			case 'first':
				this.go(0);
				break;
			case 'last':
				this.go(this.count - 1);
				break;
			case 'goto':
				this.go(action.slide - 1);
				if (action.slide > this.count) this.jumpedPast = action.slide;
				break;
			case 'typing':
				this.typed = action.typed;
				break;
			case 'blank':
				this.setBlank(true);
				break;
			case 'unblank':
				this.setBlank(false);
				break;
			case 'help':
				this.help = !this.help;
				break;
			case 'leave':
				this.hooks.leave?.(this.city?.id ?? null, this.filter);
				break;
			case 'fullscreen':
				this.hooks.fullscreen?.();
				break;
			case 'speaker':
				this.hooks.speaker?.();
				break;
			case 'pause':
				if (this.autoplay === null) return false;
				this.paused = !this.paused;
				break;
		}
		return true;
	}

	/** The query string of the current slide (for links to the other window). */
	get search(): string {
		const { autoplay, qr, handout, tour, text } = this;
		return presentSearch(this.index + 1, this.filter, { autoplay, qr, handout, tour, text });
	}

	/** The query that opens the tour builder on this talk's tour (empty for the default deck). */
	get tourSearch(): string {
		const params = new URLSearchParams();
		writeTour(params, this.tour, this.text);
		const query = params.toString().replaceAll('%2C', ',');
		return query ? `?${query}` : '';
	}

	#changed() {
		this.#writeUrl();
		this.#broadcast();
	}

	#writeUrl() {
		replaceState(`${this.#pathname}${this.search}`, {});
	}

	#broadcast() {
		const slide = this.current;
		if (slide) this.#sync?.send({ type: 'position', index: this.index, key: slide.key, blank: this.blank, qr: this.qr });
	}

	#receive(message: SyncMessage) {
		if (!this.ready) return;
		if (message.type === 'hello') return this.#broadcast();
		const byKey = this.slides.findIndex((s) => s.key === message.key);
		const index = clampIndex(byKey === -1 ? message.index : byKey, this.count);
		this.blank = message.blank;
		const qr = parseAddress(message.qr);
		if (index !== this.index || qr !== this.qr) {
			this.index = index;
			this.qr = qr;
			this.typed = '';
			this.#writeUrl();
		}
	}
}
