import { describe, expect, it } from 'vitest';
import { citiesProjection, zoomProjection } from '../../src/lib/map/projection';

const cities = [
	{ lon: -99.1, lat: 19.4 },
	{ lon: 35.9, lat: 31.9 },
	{ lon: 145, lat: -37.7 }
];
const [w, h] = [800, 500];
const at = (k: number, focus: [number, number] | null) => zoomProjection(citiesProjection(cities, w, h), k, focus, w, h);

describe('the SVG map zoomed by its buttons', () => {
	it('is the fitted world view at scale 1, whatever the focus', () => {
		const world = citiesProjection(cities, w, h);
		for (const c of cities) expect(at(1, [35.9, 31.9])([c.lon, c.lat])).toEqual(world([c.lon, c.lat]));
	});

	it('brings the focus (the selected city) to the middle and doubles distances at scale 2', () => {
		const world = citiesProjection(cities, w, h);
		const zoomed = at(2, [35.9, 31.9]);
		const [x, y] = zoomed([35.9, 31.9])!;
		expect(x).toBeCloseTo(w / 2, 6);
		expect(y).toBeCloseTo(h / 2, 6);
		const span = (p: typeof world) => Math.hypot(...([0, 1] as const).map((i) => p([-99.1, 19.4])![i] - p([145, -37.7])![i]));
		expect(span(zoomed)).toBeCloseTo(2 * span(world), 6);
	});

	it('without a focus keeps the middle of the frame where it was', () => {
		const world = citiesProjection(cities, w, h);
		const middle = world.invert!([w / 2, h / 2])!;
		const [x, y] = at(4, null)(middle)!;
		expect(x).toBeCloseTo(w / 2, 6);
		expect(y).toBeCloseTo(h / 2, 6);
	});
});
