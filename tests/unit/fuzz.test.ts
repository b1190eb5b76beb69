/**
 * Fuzzing the URL codecs: at least 1,000 hostile values per parameter (markup, scripts, unicode, very long,
 * repeated, empty, near-misses), alone and mixed, must always give a valid view and a clean canonical URL.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../../src/lib/data/schema';
import { parsePresent, presentSearch } from '../../src/lib/presenter/presentUrl';
import { DEFAULT_VIEW, PANELS, parseView, SORT_KEYS, viewSearch, writeView, type View } from '../../src/lib/state/viewCodec';
import { hostileValues, random } from '../fuzz/hostileValues';
import { cityIds } from '../e2e/data';

const context = { cityIds: new Set(cityIds) };
const PER_PARAMETER = 1200;

/** The real values each parameter accepts: hostile values are built around them. */
const real: Record<string, readonly string[]> = {
	city: cityIds,
	compare: cityIds,
	goals: GOAL_IDS,
	min: ['1', '2', '3'],
	match: ['any', 'all'],
	sort: SORT_KEYS,
	panel: PANELS,
	slide: ['1', '2', '10'],
	autoplay: ['3', '15', '3600']
};
const parameters = Object.keys(real);
const valuesFor = (parameter: string, seed: number) => hostileValues(real[parameter]!, PER_PARAMETER, seed);

/** What makes a view valid: every field holds one of its allowed values. */
function expectValidView(view: View) {
	expect(view.city === null || context.cityIds.has(view.city)).toBe(true);
	expect(view.compare === null || context.cityIds.has(view.compare)).toBe(true);
	// Goals: known ids, in the goals' own order, each once.
	expect(view.goals).toEqual(GOAL_IDS.filter((id) => view.goals.includes(id)));
	expect([1, 2, 3]).toContain(view.min);
	expect(['any', 'all']).toContain(view.match);
	expect(SORT_KEYS).toContain(view.sort);
	expect(PANELS).toContain(view.panel);
	expect(Object.keys(view).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
}

/** A canonical query holds only ids, numbers and the separators the codec writes: nothing hostile survives. */
const CLEAN_QUERY = /^(\?[a-z0-9=&,-]+)?$/;

// Thousands of parses per test: on a busy 2-core machine one test can take several seconds.
describe('URL codec fuzz', { timeout: 60_000 }, () => {
	for (const [index, parameter] of parameters.entries()) {
		it(`${parameter}: ${PER_PARAMETER} hostile values give a valid view and a clean, stable URL`, () => {
			const values = valuesFor(parameter, 1000 + index);
			expect(values.length).toBeGreaterThanOrEqual(1000);
			for (const value of values) {
				const params = new URLSearchParams();
				params.set(parameter, value);
				const view = parseView(params, context);
				expectValidView(view);
				const search = viewSearch(view);
				expect(search).toMatch(CLEAN_QUERY);
				// Canonical: reading the written URL gives the same view, and writing it again the same URL.
				expect(parseView(new URLSearchParams(search), context)).toEqual(view);
				expect(viewSearch(parseView(writeView(view), context))).toBe(search);
			}
		});
	}

	it('a hostile value never changes any parameter but its own', () => {
		for (const parameter of parameters) {
			for (const value of valuesFor(parameter, 7).slice(0, 300)) {
				const params = new URLSearchParams({ city: cityIds[0]!, goals: GOAL_IDS[0], min: '3', match: 'all' });
				if (['city', 'goals', 'min', 'match'].includes(parameter)) continue;
				params.set(parameter, value);
				const view = parseView(params, context);
				expect([view.city, view.goals, view.min, view.match]).toEqual([cityIds[0], [GOAL_IDS[0]], 3, 'all']);
			}
		}
	});

	it('repeated keys: only the first counts, whatever follows', () => {
		const values = valuesFor('city', 99);
		for (const value of values) {
			const params = new URLSearchParams();
			params.append('city', cityIds[1]!);
			params.append('city', value);
			expect(parseView(params, context).city).toBe(cityIds[1]);
		}
	});

	it('whole query strings of random junk parse without throwing into a valid view', () => {
		const next = random(4242);
		const pieces = [...parameters, ...valuesFor('city', 5).slice(0, 200), '&', '=', '&&', '==', '?', '%', '%2', '#', '+'];
		for (let i = 0; i < 3000; i++) {
			const query = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
			const view = parseView(new URLSearchParams(query), context);
			expectValidView(view);
			expect(viewSearch(view)).toMatch(CLEAN_QUERY);
		}
	});

	it('the presenter URL: slides and autoplay stay in range, hostile values never pass through', () => {
		for (const parameter of ['slide', 'autoplay', 'city', 'goals', 'min', 'match']) {
			for (const value of valuesFor(parameter, 300)) {
				const params = new URLSearchParams();
				params.set(parameter, value);
				const parsed = parsePresent(params, context);
				expect(parsed.slide === null || (Number.isInteger(parsed.slide) && parsed.slide >= 1)).toBe(true);
				expect(parsed.autoplay === null || (parsed.autoplay >= 3 && parsed.autoplay <= 3600)).toBe(true);
				expect(parsed.city === null || context.cityIds.has(parsed.city)).toBe(true);
				expectValidView({ ...DEFAULT_VIEW, ...parsed.filter, city: parsed.city });
				expect(presentSearch(parsed.slide ?? 1, parsed.filter, parsed)).toMatch(CLEAN_QUERY);
			}
		}
	});
});
