import { describe, expect, it } from 'vitest';
import { cityPadding, citiesProjection } from '../../src/lib/map/projection';

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
