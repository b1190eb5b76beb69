import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/lib/data/files';
import { deckProblems, validateDataset } from '../../src/lib/data/validate';
import type { Deck } from '../../src/lib/data/schema';
import { DEFAULT_FILTER } from '../../src/lib/state/filter';
import { buildSlides, clampIndex, cityOf, indexOfCity } from '../../src/lib/presenter/slides';

const files = readDataFiles(process.cwd());
const { cities } = validateDataset(files);
const deckFile = files['data/deck.json'] as Deck;
const [first, second] = cities;

describe('deck file', () => {
	it('is valid and presents every city once', () => {
		expect(deckProblems(deckFile, cities)).toEqual([]);
		const slides = buildSlides(deckFile, cities, DEFAULT_FILTER);
		const shown = slides.flatMap((s) => (s.kind === 'city' ? [s.city.id] : []));
		expect(shown.toSorted()).toEqual(cities.map((c) => c.id).toSorted());
	});

	it('names the file, the slide and the field of each problem', () => {
		const deck = {
			slides: [
				{ kind: 'city', city: 'atlantis' },
				{ kind: 'city', city: first!.id, programmes: ['Nothing by this name', first!.programmes[0]!.name] },
				{ kind: 'city', city: first!.id }
			]
		};
		expect(deckProblems(deck, cities)).toEqual([
			'data/deck.json, slide 1, field city: no city "atlantis" in data/cities/',
			`data/deck.json, slide 2, field programmes.0: no programme named "Nothing by this name" in data/cities/${first!.id}.json`,
			`data/deck.json, slide 3, field city: "${first!.id}" already has slide 2`
		]);
	});

	it('rejects unknown kinds, fields and a missing slide list', () => {
		expect(deckProblems({ slides: [{ kind: 'video' }] }, cities)).toEqual([
			'data/deck.json, slide 1, field kind: expected a slide kind: one of title, goals, city, cities, matrix, guidelines, network, awards, closing, got "video"'
		]);
		expect(deckProblems({ slides: [{ kind: 'title', colour: 'red' }] }, cities)[0]).toMatch(/^data\/deck\.json, slide 1, field colour:/);
		expect(deckProblems({}, cities)[0]).toMatch(/^data\/deck\.json, field slides: .*missing/);
		expect(deckProblems({ slides: [{ kind: 'cities' }, { kind: 'cities' }] }, cities)).toEqual([
			'data/deck.json, slide 2, field kind: "cities" may appear once, already used by slide 1'
		]);
	});

	it('wants speaker notes in the three languages, like all prose', () => {
		expect(deckFile.slides.every((s) => s.notes && s.notes.en && s.notes.fr && s.notes.es)).toBe(true);
		expect(deckProblems({ slides: [{ kind: 'title', notes: { en: 'Welcome', fr: 'Bienvenue' } }] }, cities)).toEqual([
			'data/deck.json, slide 1, field notes.es: expected an object with exactly the languages en, fr, es, but the field is missing'
		]);
		expect(deckProblems({ slides: [{ kind: 'title', notes: 'Welcome' }] }, cities)).toEqual([
			'data/deck.json, slide 1, field notes: expected an object with exactly the languages en, fr, es, got "Welcome"'
		]);
	});

	it('fails the whole dataset when the deck is bad', () => {
		expect(() => validateDataset({ ...files, 'data/deck.json': { slides: [] } })).toThrow(
			/data\/deck\.json, field slides: expected at least one slide/
		);
	});
});

describe('slides from deck and filter', () => {
	const deck: Deck = {
		slides: [
			{ kind: 'title' },
			{ kind: 'city', city: second!.id, notes: { en: 'Start here', fr: 'Commencer ici', es: 'Empezar aquí' } },
			{ kind: 'cities' },
			{ kind: 'closing' }
		]
	};

	it('expands "cities" to the cities without a slide, west to east', () => {
		const slides = buildSlides(deck, cities, DEFAULT_FILTER);
		expect(slides.map((s) => s.key)).toEqual([
			'title',
			`city:${second!.id}`,
			...cities
				.filter((c) => c.id !== second!.id)
				.toSorted((a, b) => a.lon - b.lon)
				.map((c) => `city:${c.id}`),
			'closing'
		]);
		expect(slides[1]!.notes?.fr).toBe('Commencer ici');
	});

	it('keeps only the cities matching the goal filter', () => {
		const filter = { goals: ['social-cohesion' as const], min: 3 as const, match: 'any' as const };
		const slides = buildSlides(deck, cities, filter);
		const shown = slides.flatMap((s) => (s.kind === 'city' ? [s.city.id] : []));
		expect(shown.toSorted()).toEqual(cities.filter((c) => c.goals['social-cohesion'].score === 3).map((c) => c.id).toSorted());
		expect(slides[0]!.kind).toBe('title');
		expect(slides.at(-1)!.kind).toBe('closing');
	});

	it('chooses the first three programmes and a known fact unless the deck says otherwise', () => {
		const [slide] = buildSlides({ slides: [{ kind: 'city', city: first!.id }] }, cities, DEFAULT_FILTER);
		expect(slide?.kind === 'city' && slide.programmes).toEqual(first!.programmes.slice(0, 3));
		const chosen = [first!.programmes[2]!.name, first!.programmes[0]!.name];
		const [own] = buildSlides({ slides: [{ kind: 'city', city: first!.id, programmes: chosen, fact: 'award' }] }, cities, DEFAULT_FILTER);
		expect(own?.kind === 'city' && own.programmes.map((p) => p.name)).toEqual(chosen);
		expect(own?.kind === 'city' && own.fact).toBe('award');
	});

	it('finds a city slide and keeps indexes inside the deck', () => {
		const slides = buildSlides(deck, cities, DEFAULT_FILTER);
		expect(indexOfCity(slides, second!.id)).toBe(1);
		expect(cityOf(slides[1])?.id).toBe(second!.id);
		expect(cityOf(slides[0])).toBeNull();
		expect(indexOfCity(slides, 'atlantis')).toBeNull();
		expect(clampIndex(-4, 5)).toBe(0);
		expect(clampIndex(99, 5)).toBe(4);
		expect(clampIndex(2.7, 5)).toBe(2);
		expect(clampIndex(3, 0)).toBe(0);
	});
});
