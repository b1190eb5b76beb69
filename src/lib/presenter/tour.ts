/**
 * A speaker's own tour: which slides, in what order, and the words of the title slide. It lives in the URL
 * (`?tour=title,goals,cork,espoo,matrix,closing&title=...&speaker=...&event=...`) so it can be sent and reopened,
 * and the last one built is kept on the device. Pure, and never throws: whatever a link carries, the deck opens.
 */

/** Slides that are not a city, by the id a tour names them with. */
export const NAMED_SLIDES = ['title', 'goals', 'matrix', 'guidelines', 'network', 'awards', 'closing'] as const;
export type NamedSlide = (typeof NAMED_SLIDES)[number];

/** More ids than any talk needs (7 named slides and a few hundred cities at most), so a link cannot grow the deck unbounded. */
export const MAX_TOUR = 100;

/** The caps of the title slide's words: a title fits two lines at 1024x768, a name or an event one. */
export const TEXT_LIMITS = { title: 120, speaker: 80, event: 100 } as const;
export type TourTextField = keyof typeof TEXT_LIMITS;
export type TourText = Record<TourTextField, string | null>;
export const NO_TEXT: TourText = { title: null, speaker: null, event: null };

export function isNamedSlide(id: string): id is NamedSlide {
	return (NAMED_SLIDES as readonly string[]).includes(id);
}

/**
 * The tour a `tour=` value names: the known ids in their order, each once; null (the default deck) when none is
 * known. A value that is too long to be a tour is no tour.
 */
export function parseTour(value: string | null, cityIds: ReadonlySet<string>): string[] | null {
	if (value === null || value.length > 4000) return null;
	const ids: string[] = [];
	for (const part of value.split(',')) {
		const id = part.trim().toLowerCase();
		if ((isNamedSlide(id) || cityIds.has(id)) && !ids.includes(id)) ids.push(id);
		if (ids.length === MAX_TOUR) break;
	}
	return ids.length > 0 ? ids : null;
}

/**
 * A line of the title slide from the URL or a field: plain text. Control characters become spaces, runs of space
 * one; anything that looks like markup (`<` or `>`) is refused whole (null: the slide's own words), since no title
 * needs it and a link carrying it is not a speaker's. Cut at the field's cap, on a character, never inside one.
 */
export function parseText(value: string | null | undefined, field: TourTextField): string | null {
	if (value === null || value === undefined) return null;
	const clean = value.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').replace(/\s+/g, ' ').trim();
	if (clean === '' || /[<>]/.test(clean)) return null;
	return Array.from(clean).slice(0, TEXT_LIMITS[field]).join('').trim();
}

export function parseTourText(params: URLSearchParams): TourText {
	return { title: parseText(params.get('title'), 'title'), speaker: parseText(params.get('speaker'), 'speaker'), event: parseText(params.get('event'), 'event') };
}

/** Writes a tour and its words into a query (after what is there), leaving out what is the default. */
export function writeTour(params: URLSearchParams, tour: readonly string[] | null, text: TourText) {
	if (tour && tour.length > 0) params.set('tour', tour.join(','));
	for (const field of Object.keys(TEXT_LIMITS) as TourTextField[]) {
		const value = text[field];
		if (value) params.set(field, value);
	}
}

/** What the device keeps of the last tour: the same query a link carries, so it is read back through the same parser. */
const STORAGE_KEY = 'atlas-present-tour';

export function saveTour(tour: readonly string[] | null, text: TourText) {
	const params = new URLSearchParams();
	writeTour(params, tour, text);
	try {
		localStorage.setItem(STORAGE_KEY, params.toString());
	} catch {
		// Storage blocked (a private window, a sandboxed kiosk): the tour still lives in its link.
	}
}

export function loadTour(cityIds: ReadonlySet<string>): { tour: string[] | null; text: TourText } {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(STORAGE_KEY);
	} catch {
		// As above: nothing kept.
	}
	const params = new URLSearchParams(stored ?? '');
	return { tour: parseTour(params.get('tour'), cityIds), text: parseTourText(params) };
}
