import { describe, expect, it } from 'vitest';
import { CITY_ZOOM, cityCamera, mercatorScale } from '../../src/lib/map/camera';
import { cameraProjection } from '../../src/lib/map/projection';

describe('the SVG map with a MapLibre camera', () => {
	it('puts the centre in the middle of the frame', () => {
		const [x, y] = cameraProjection({ center: [-8.47, 51.9], zoom: CITY_ZOOM }, 425, 728)([-8.47, 51.9])!;
		expect(x).toBeCloseTo(212.5, 6);
		expect(y).toBeCloseTo(364, 6);
	});

	it("draws the world 512 px wide at zoom 0 and twice as wide per zoom level, as MapLibre's 512 px tiles do", () => {
		for (const zoom of [0, 1, CITY_ZOOM]) {
			const p = cameraProjection({ center: [0, 0], zoom }, 1000, 1000);
			expect(p([179.999, 0])![0] - p([-179.999, 0])![0]).toBeCloseTo((512 * 2 ** zoom * 359.998) / 360, 3);
		}
		expect(mercatorScale(0)).toBeCloseTo(512 / (2 * Math.PI), 9);
	});

	it("shows a city at CITY_ZOOM, or closer when the map already is", () => {
		expect(cityCamera({ lon: 1, lat: 2 })).toEqual({ center: [1, 2], zoom: CITY_ZOOM });
		expect(cityCamera({ lon: 1, lat: 2 }, 5).zoom).toBe(5);
		expect(cityCamera({ lon: 1, lat: 2 }, 1).zoom).toBe(CITY_ZOOM);
	});
});
