import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GoalOverview from '$lib/charts/GoalOverview.svelte';
import { dataset } from '$lib/data/dataset';
import type { City } from '$lib/data/schema';

/** The twelve cities copied until there are `n` (distinct ids), as a network-sized set would be. */
function manyCities(n: number): City[] {
	return Array.from({ length: n }, (_, i) => ({ ...dataset.cities[i % dataset.cities.length]!, id: `city-${i}` }));
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the goal overview at scale', () => {
	it('draws a square per city for the twelve cities', () => {
		const { body } = render(GoalOverview, { props: { cities: dataset.cities, goals: dataset.goals } });
		expect(count(body, /class="unit[ "]/g)).toBe(dataset.cities.length * dataset.goals.length);
		expect(count(body, /class="aggregate/g)).toBe(0);
	});

	it('past 60 cities draws one bar per goal and score, its dimmed share faded', () => {
		const cities = manyCities(1200);
		const dimmed = new Set(cities.slice(0, 600).map((c) => c.id));
		const { body } = render(GoalOverview, { props: { cities, goals: dataset.goals, dimmed } });
		expect(count(body, /class="unit[ "]/g)).toBe(0);
		// Two rects (kept, dimmed) per non-empty segment: at most 4 scores x 5 goals x 2.
		const bars = count(body, /class="aggregate/g);
		expect(bars).toBeGreaterThan(0);
		expect(bars).toBeLessThanOrEqual(40);
		// The table twin gives counts, not 1,200 names: the markup stays small whatever the number of cities.
		expect(body.length).toBeLessThan(25_000);
	});
});
