import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CityProfile from '$lib/charts/CityProfile.svelte';
import GoalOverview from '$lib/charts/GoalOverview.svelte';
import RegionMatrix from '$lib/charts/RegionMatrix.svelte';
import { regionRows } from '$lib/charts/scales';
import { regionLabels } from '$lib/i18n/labels';
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

describe('the goal matrix at scale', () => {
	it('aggregates by region: counts, matches and mean scores per region', () => {
		const cities = manyCities(1200);
		const dimmed = new Set(cities.filter((c) => c.region === 'europe-north-america').map((c) => c.id));
		const rows = regionRows(cities, dimmed);
		expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(1200);
		const europe = rows.find((r) => r.region === 'europe-north-america')!;
		expect(europe.matching).toBe(0);
		expect(rows.filter((r) => r !== europe).every((r) => r.matching === r.count)).toBe(true);
		// The mean of copies of the twelve is the mean of the region's own cities among the twelve.
		const own = dataset.cities.filter((c) => c.region === 'africa');
		const africa = rows.find((r) => r.region === 'africa')!;
		const expected = own.reduce((s, c) => s + c.goals['social-cohesion'].score, 0) / own.length;
		expect(africa.means['social-cohesion']).toBeCloseTo(expected, 5);
	});

	it('draws a row per region, not per city, with every region named', () => {
		const cities = manyCities(1200);
		const { body } = render(RegionMatrix, { props: { cities, goals: dataset.goals } });
		const regions = new Set(dataset.cities.map((c) => c.region));
		expect(count(body, /<circle /g)).toBe(regions.size * dataset.goals.length);
		for (const r of regions) expect(body).toContain(regionLabels[r].en);
		expect(body).toContain('1,200 cities');
		expect(body.length).toBeLessThan(25_000);
	});
});

describe('the charts count a network-sized set in formatted numbers', () => {
	// Copies of the twelve: every count is a multiple of 1,000, so an unformatted one would read 1000, 2000...
	const cities = manyCities(12_000);

	it('in the goal overview: its summary, its bars’ names and its table', () => {
		const { body } = render(GoalOverview, { props: { cities, goals: dataset.goals, locale: 'en' } });
		expect(body).toMatch(/\b\d{1,2},000 cities score [0-3]/);
		expect(body).not.toMatch(/\b\d{4,} cities score/);
		expect(body).toMatch(/<td>\d{1,2},000<\/td>/);
		expect(body).not.toMatch(/<td>\d{4,}<\/td>/);
	});

	it('in the city profile’s average', () => {
		const { body } = render(CityProfile, { props: { cities, goals: dataset.goals, city: cities[0]!, locale: 'en' } });
		expect(body).toContain('average of the 12,000 cities');
		expect(body).not.toContain('12000');
	});
});
