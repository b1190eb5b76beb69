/**
 * Speaker notes: each slide's default written from the data (the deck file's words for it, then the points worth
 * saying and their sources), and the speaker's own edits, kept on the device per language and slide. The speaker
 * view edits them, the tour's export and the PowerPoint file carry them.
 */
import type { Dataset, Locale } from '$lib/data/schema';
import { formatList, formatNumber } from '$lib/i18n/format';
import { tr } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import type { Slide } from './slides';

/** The default notes of a slide in `locale`: plain text, a paragraph per point, the sources last. */
export function defaultNotes(slide: Slide, dataset: Dataset, locale: Locale): string {
	const { publication, goals } = dataset;
	const said = slide.notes ? [tr(slide.notes, locale)] : [];
	const sources: string[] = [];
	switch (slide.kind) {
		case 'city': {
			const { city } = slide;
			said.push(tr(city.summary, locale));
			if (city.population.value !== null) {
				const year = city.population.year === null ? '' : ` (${city.population.year})`;
				said.push(`${m.slide_population({ number: formatNumber(city.population.value, locale) })}${year}.`);
				if (city.population.source) sources.push(city.population.source);
			}
			if (city.learningCityStart.value !== null) said.push(`${m.slide_since({ year: city.learningCityStart.value })}.`);
			const central = goals.filter((g) => city.goals[g.id].score === 3).map((g) => tr(g.label, locale));
			if (central.length > 0) said.push(m.deck_note_central({ goals: formatList(central, locale) }));
			if (slide.programmes.length > 0) said.push(m.deck_note_programmes({ names: formatList(slide.programmes.map((p) => p.name), locale) }));
			sources.push(...city.sources.slice(0, 3).map((s) => s.url));
			break;
		}
		case 'title':
		case 'matrix':
			sources.push(publication.url);
			break;
		case 'goals':
			sources.push(publication.keyFeatures.source);
			break;
		case 'guidelines':
			sources.push(publication.guidelines.source);
			break;
		case 'network': {
			const last = [...publication.networkGrowth].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
			if (last) sources.push(last.source);
			said.push(m.deck_note_method());
			break;
		}
		case 'awards':
			said.push(m.deck_note_method());
			break;
		case 'closing':
			sources.push(publication.url, publication.keyFeatures.source, publication.guidelines.source);
			break;
	}
	const unique = [...new Set(sources)];
	if (unique.length > 0) said.push(m.deck_note_sources({ sources: unique.join(' · ') }));
	return said.join('\n\n');
}

/** The speaker's own notes, by language and then by slide key ("city:cork", "title"). */
export type EditedNotes = Partial<Record<Locale, Record<string, string>>>;

const STORAGE_KEY = 'atlas-present-notes';
/** A note longer than any talk needs is cut, so one paste cannot fill the device's storage. */
export const MAX_NOTE = 10_000;

export function parseEditedNotes(json: string | null): EditedNotes {
	const notes: EditedNotes = {};
	try {
		const raw: unknown = JSON.parse(json ?? '{}');
		if (!raw || typeof raw !== 'object') return notes;
		for (const locale of ['en', 'fr', 'es'] as const) {
			const byKey = (raw as Record<string, unknown>)[locale];
			if (!byKey || typeof byKey !== 'object') continue;
			for (const [key, text] of Object.entries(byKey)) {
				if (typeof text === 'string' && key.length <= 100) (notes[locale] ??= {})[key] = text.slice(0, MAX_NOTE);
			}
		}
	} catch {
		// Damaged or foreign storage: no edits, the defaults stand.
	}
	return notes;
}

export function loadEditedNotes(): EditedNotes {
	try {
		return parseEditedNotes(localStorage.getItem(STORAGE_KEY));
	} catch {
		return {};
	}
}

/** Sets (or, with null, removes) one slide's note and keeps the whole on the device; returns the new notes. */
export function saveEditedNote(notes: EditedNotes, locale: Locale, key: string, text: string | null): EditedNotes {
	const next: EditedNotes = { ...notes, [locale]: { ...notes[locale] } };
	if (text === null) delete next[locale]![key];
	else next[locale]![key] = text.slice(0, MAX_NOTE);
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
	} catch {
		// Not kept (storage blocked or full): the note still holds in this window.
	}
	return next;
}

/** The note a slide shows: the speaker's, else the default. */
export function notesOf(slide: Slide, dataset: Dataset, locale: Locale, edited: EditedNotes): string {
	return edited[locale]?.[slide.key] ?? defaultNotes(slide, dataset, locale);
}
