import { describe, expect, it } from 'vitest';
import { cityPadding, citiesProjection, clearOfCovers } from '../../src/lib/map/projection';

const espoo = { lon: 24.65, lat: 60.21 };
const melton = { lon: 144.58, lat: -37.68 };
const mexico = { lon: -99.13, lat: 19.43 };

describe('the world view keeps the cities clear of the map\'s overlays', () => {
	it('without overlays, the room is as before: a dot and a line of text', () => {
		expect(cityPadding(607, 296)).toEqual({ top: 24, bottom: 24, left: 30, right: 30 });
	});

	it('an edge an overlay covers gets the overlay and room for a name past it; the others keep theirs', () => {
		const p = cityPadding(607, 296, { top: 48, right: 0, bottom: 0, left: 45.6 });
		expect(p.top).toBeGreaterThanOrEqual(48 + 9);
		expect(p.left).toBeGreaterThanOrEqual(45.6 + 9);
		expect(p.bottom).toBe(24);
		expect(p.right).toBe(30);
	});

	it('the fitted map puts the northernmost city below a search field across the top', () => {
		const reserve = { top: 48, right: 0, bottom: 0, left: 0 };
		const [, y] = citiesProjection([espoo, melton, mexico], 607, 296, reserve)([espoo.lon, espoo.lat])!;
		expect(y).toBeGreaterThanOrEqual(48 + 9);
		const [, before] = citiesProjection([espoo, melton, mexico], 607, 296)([espoo.lon, espoo.lat])!;
		expect(before).toBeLessThan(48);
	});
});

describe('the world view keeps the cities clear of the zoom buttons in its corner', () => {
	const edmonton = { lon: -113.49, lat: 53.55 };
	const canning = { lon: 115.86, lat: -32.02 };
	// The buttons' box at 1280x800 (758x398 map), 3 px of margin included.
	const buttons = { x0: 7, y0: 7, x1: 48, y1: 131 };
	const none = { top: 0, right: 0, bottom: 0, left: 0 };
	const under = (cities: { lon: number; lat: number }[], reserve: typeof none) => {
		const p = citiesProjection(cities, 758, 398, reserve);
		return cities.filter((c) => {
			const [x, y] = p([c.lon, c.lat])!;
			return x > buttons.x0 && x < buttons.x1 && y > buttons.y0 && y < buttons.y1;
		});
	};

	it('a city that would lie under them moves the world view past them', () => {
		const cities = [edmonton, espoo, melton, canning, mexico];
		expect(under(cities, none)).toEqual([edmonton]);
		const clear = clearOfCovers(cities, 758, 398, none, [buttons]);
		expect(clear.left).toBe(buttons.x1);
		expect(under(cities, clear)).toEqual([]);
	});

	it('with no city there (the book) the view keeps its size', () => {
		const cities = [espoo, melton, mexico];
		expect(clearOfCovers(cities, 758, 398, none, [buttons])).toEqual(none);
	});

	it('a wide, low cover (the search field along the top right) moves the room down, not across', () => {
		// The search field's box at 1024x768 (606x219 map), 3 px of margin included: half the map's width.
		const search = { x0: 289, y0: 7, x1: 599, y1: 49 };
		const cities = [edmonton, espoo, melton, canning, mexico];
		const clear = clearOfCovers(cities, 606, 219, none, [search]);
		expect(clear.right).toBe(0);
		expect(clear.top).toBe(search.y1);
		const p = citiesProjection(cities, 606, 219, clear);
		for (const c of cities) {
			const [x, y] = p([c.lon, c.lat])!;
			expect(x > search.x0 && x < search.x1 && y > search.y0 && y < search.y1, `${c.lon},${c.lat}`).toBe(false);
		}
	});
});
