/**
 * The deck as a list of slides: the entries of `data/deck.json`, with `cities` expanded and the goal filter
 * applied. Pure, so the audience window, the speaker view and the tests all get the same list.
 */
import type { City, CityFact, Deck, DeckSlide, Text } from '$lib/data/schema';
// Relative, not $lib: the end-to-end tests import this file to know what the deck should show.
import { writtenName } from '../data/localise';
import { cityMatches, type GoalFilter } from '../state/filter';
import { isNamedSlide, type NamedSlide } from './tour';

type Notes = { notes?: Text };

export type Slide =
	| ({ kind: NamedSlide; key: string } & Notes)
	| ({ kind: 'city'; key: string; city: City; programmes: City['programmes']; fact: CityFact } & Notes);

export type CitySlide = Extract<Slide, { kind: 'city' }>;

/** The fact a city slide shows when the deck does not choose one: the first the city's file knows. */
export function defaultFact(city: City): CityFact {
	if (city.population.value !== null) return 'population';
	if (city.learningCityStart.value !== null) return 'learningCityStart';
	return 'award';
}

function citySlide(city: City, entry: Extract<DeckSlide, { kind: 'city' | 'cities' }>): CitySlide {
	const chosen = entry.kind === 'city' ? entry.programmes : undefined;
	// The deck file names programmes as their city's file writes them; `city` is in the talk's language.
	const programmes = chosen
		? chosen.flatMap((name) => city.programmes.filter((p) => writtenName(p) === name))
		: city.programmes.slice(0, 3);
	const fact = (entry.kind === 'city' ? entry.fact : undefined) ?? defaultFact(city);
	// The `cities` entry's notes speak of the list ("any city without its own slide..."), not of the city: its
	// slides get the notes written from the city's data instead (notes.ts).
	return { kind: 'city', key: `city:${city.id}`, city, programmes, fact, notes: entry.kind === 'city' ? entry.notes : undefined };
}

/**
 * The deck's slides: the deck file's, or a speaker's tour (ids from ./tour.ts, in their order) when there is one.
 * A tour's slide takes what the deck file says of it (a city's programmes and fact, the notes) where it says any.
 */
export function buildSlides(deck: Deck, cities: readonly City[], filter: GoalFilter, tour: readonly string[] | null = null): Slide[] {
	if (tour) return tourSlides(deck, cities, filter, tour);
	const named = new Set(deck.slides.flatMap((s) => (s.kind === 'city' ? [s.city] : [])));
	const byId = new Map(cities.map((c) => [c.id, c]));
	const slides: Slide[] = [];
	for (const entry of deck.slides) {
		if (entry.kind === 'city') {
			const city = byId.get(entry.city);
			if (city && cityMatches(city, filter)) slides.push(citySlide(city, entry));
		} else if (entry.kind === 'cities') {
			const rest = cities.filter((c) => !named.has(c.id) && cityMatches(c, filter));
			rest.sort((a, b) => (entry.order === 'name' ? a.name.localeCompare(b.name, 'en') : a.lon - b.lon));
			slides.push(...rest.map((city) => citySlide(city, entry)));
		} else {
			slides.push({ kind: entry.kind, key: entry.kind, notes: entry.notes });
		}
	}
	return slides;
}

function tourSlides(deck: Deck, cities: readonly City[], filter: GoalFilter, tour: readonly string[]): Slide[] {
	const byId = new Map(cities.map((c) => [c.id, c]));
	const slides: Slide[] = [];
	for (const id of new Set(tour)) {
		if (isNamedSlide(id)) {
			const entry = deck.slides.find((s) => s.kind === id);
			slides.push({ kind: id, key: id, notes: entry?.notes });
			continue;
		}
		const city = byId.get(id);
		if (!city || !cityMatches(city, filter)) continue;
		const entry = deck.slides.find((s): s is Extract<DeckSlide, { kind: 'city' }> => s.kind === 'city' && s.city === id);
		// A city the deck file gives no slide of its own: the defaults.
		slides.push(citySlide(city, entry ?? { kind: 'cities' }));
	}
	return slides;
}

/** The ids a tour of these slides would name, in order: what the tour builder starts from. */
export function tourOf(slides: readonly Slide[]): string[] {
	return slides.map((s) => (s.kind === 'city' ? s.city.id : s.kind));
}

/** The city a slide is about, if any. */
export function cityOf(slide: Slide | undefined): City | null {
	return slide?.kind === 'city' ? slide.city : null;
}

/** The index of a city's slide, or null when the deck (as filtered) has none. */
export function indexOfCity(slides: readonly Slide[], cityId: string): number | null {
	const index = slides.findIndex((s) => s.kind === 'city' && s.city.id === cityId);
	return index === -1 ? null : index;
}

/** Keeps an index inside the deck. */
export function clampIndex(index: number, count: number): number {
	return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));
}
