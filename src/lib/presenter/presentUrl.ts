/**
 * The deck's URLs: `/present/?slide=5&goals=...&min=...&match=...` (the atlas's own filter parameters, through
 * its codec), `?tour=title,cork,closing&title=...&speaker=...&event=...` for a speaker's own tour (./tour.ts), `?city=<id>` to start on a city, `?autoplay=15` for a kiosk, `?qr=<http(s) address>` for the
 * closing slide's link, `?handout=2` for the printed handout's slides a page; and the way back to the atlas.
 */
import type { GoalFilter } from '$lib/state/filter';
import { DEFAULT_VIEW, parseView, viewSearch, writeView, type CodecContext } from '$lib/state/viewCodec';
import { parseAddress } from '$lib/state/shareAddress';
import { NO_TEXT, parseTour, parseTourText, writeTour, type TourText } from './tour';

/** Slides on each printed page of the handout; `slides`: the slides alone, one landscape page each, as projected. */
export const HANDOUT_LAYOUTS = [1, 2, 4, 'slides'] as const;
export type HandoutLayout = (typeof HANDOUT_LAYOUTS)[number];

export interface PresentParams {
	filter: GoalFilter;
	/** 1-based slide number from the URL, or null. */
	slide: number | null;
	/** A city to start on (used when no slide is given). */
	city: string | null;
	/** Kiosk mode: seconds per slide, or null. */
	autoplay: number | null;
	/** The speaker's address for the closing slide, validated (anything else is dropped), or null. */
	qr: string | null;
	handout: HandoutLayout;
	/** The speaker's own tour (slide ids in order), or null for the default deck. */
	tour: string[] | null;
	/** The title slide's words, when the speaker gave them. */
	text: TourText;
}

/** The deck's options beyond the slide and the filter, as the URL keeps them. */
export type PresentOptions = Pick<PresentParams, 'autoplay' | 'qr' | 'handout' | 'tour' | 'text'>;
export const DEFAULT_OPTIONS: PresentOptions = { autoplay: null, qr: null, handout: 1, tour: null, text: NO_TEXT };

/** A kiosk slide stays at least this long, so a typo cannot make the stand flicker. */
export const MIN_AUTOPLAY_SECONDS = 3;
const MAX_AUTOPLAY_SECONDS = 3600;

function positiveInt(value: string | null): number | null {
	if (value === null || !/^[0-9]{1,6}$/.test(value)) return null;
	const n = Number(value);
	return n >= 1 ? n : null;
}

export function parsePresent(params: URLSearchParams, context: CodecContext): PresentParams {
	const { city, goals, min, match } = parseView(params, context);
	const seconds = positiveInt(params.get('autoplay'));
	const handout = HANDOUT_LAYOUTS.find((n) => String(n) === params.get('handout')) ?? 1;
	return {
		filter: { goals, min, match },
		slide: positiveInt(params.get('slide')),
		city,
		autoplay: seconds === null ? null : Math.min(Math.max(seconds, MIN_AUTOPLAY_SECONDS), MAX_AUTOPLAY_SECONDS),
		qr: parseAddress(params.get('qr')),
		handout,
		tour: parseTour(params.get('tour'), context.cityIds),
		text: parseTourText(params)
	};
}

/** The canonical query of a slide: its number first, then the filter; then the options that differ from the default. */
export function presentSearch(slide: number, filter: GoalFilter, options: Partial<PresentOptions> = {}): string {
	const { autoplay, qr, handout, tour, text } = { ...DEFAULT_OPTIONS, ...options };
	const params = new URLSearchParams({ slide: String(slide) });
	for (const [key, value] of writeView({ ...DEFAULT_VIEW, ...filter })) params.set(key, value);
	writeTour(params, tour, text);
	if (autoplay !== null) params.set('autoplay', String(autoplay));
	if (handout !== 1) params.set('handout', String(handout));
	if (qr !== null) params.set('qr', qr);
	// Goal ids never need escaping; the readable form is what people share (as in the atlas's codec).
	return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** The atlas's query for a city (or the world) under a filter: where Escape lands. */
export function atlasSearch(city: string | null, filter: GoalFilter): string {
	return viewSearch({ ...DEFAULT_VIEW, ...filter, city });
}
