/**
 * A tour as a file the speaker can keep or send: the slides, the title slide's words and the speaker's own notes
 * for those slides. Read back through the same parsers as a link, so a file, like a link, cannot carry markup or
 * grow past the caps; anything else is refused whole (null).
 */
import type { Locale } from '$lib/data/schema';
import { parseEditedNotes, type EditedNotes } from './notes';
import { isNamedSlide, parseText, parseTour, type TourText } from './tour';

const KIND = 'learning-cities-atlas/tour';

/** A tour id's slide key (as notes are kept): a named slide's id, or "city:<id>". */
export const slideKeyOf = (id: string) => (isNamedSlide(id) ? id : `city:${id}`);

export interface TourFile {
	tour: string[];
	text: TourText;
	notes: EditedNotes;
}

export function writeTourFile(tour: readonly string[], text: TourText, notes: EditedNotes): string {
	const keys = new Set(tour.map(slideKeyOf));
	const kept: EditedNotes = {};
	for (const [locale, byKey] of Object.entries(notes) as [Locale, Record<string, string>][]) {
		const mine = Object.entries(byKey).filter(([key]) => keys.has(key));
		if (mine.length > 0) kept[locale] = Object.fromEntries(mine);
	}
	return `${JSON.stringify({ kind: KIND, version: 1, tour, text, notes: kept }, null, '\t')}\n`;
}

export function readTourFile(json: string, cityIds: ReadonlySet<string>): TourFile | null {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return null;
	}
	if (!raw || typeof raw !== 'object' || (raw as { kind?: unknown }).kind !== KIND) return null;
	const { tour, text, notes } = raw as { tour?: unknown; text?: unknown; notes?: unknown };
	const ids = Array.isArray(tour) ? parseTour(tour.filter((t) => typeof t === 'string').join(','), cityIds) : null;
	if (!ids) return null;
	const words = (text && typeof text === 'object' ? text : {}) as Record<string, unknown>;
	const field = (name: keyof TourText) => (typeof words[name] === 'string' ? parseText(words[name], name) : null);
	return { tour: ids, text: { title: field('title'), speaker: field('speaker'), event: field('event') }, notes: parseEditedNotes(JSON.stringify(notes ?? {})) };
}
