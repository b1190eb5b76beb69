import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import { toBasemap, unwrapRing } from '../../src/lib/map/basemap';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const basemap = toBasemap(topology);

function rings(geometry: { type: string; coordinates?: unknown }): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
	if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
	if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
	return [];
}

const maxJump = (ring: Position[]) =>
	ring.slice(1).reduce((max, [lon], i) => Math.max(max, Math.abs(lon! - ring[i]![0]!)), 0);

describe('basemap from world-atlas', () => {
	it('has every country of the 110m atlas, named', () => {
		expect(basemap.countries.features.length).toBe(topology.objects.countries.geometries.length);
		const names = basemap.countries.features.map((f) => f.properties.name);
		for (const name of ['Ireland', 'Ethiopia', 'Paraguay', 'Philippines', 'Jordan', 'Russia', 'Fiji', 'Antarctica']) {
			expect(names).toContain(name);
		}
	});

	it('leaves no ring jumping across the antimeridian (no streaks over the map)', () => {
		const unfixed = feature(topology, topology.objects.countries) as unknown as {
			features: Array<{ geometry: { type: string; coordinates: unknown } }>;
		};
		const raw = unfixed.features.flatMap((f) => rings(f.geometry));
		// The fixture really has such jumps before the fix: Russia and Fiji cross 180°.
		expect(raw.some((ring) => maxJump(ring) > 180)).toBe(true);
		for (const feature of basemap.countries.features) {
			for (const ring of rings(feature.geometry)) expect(maxJump(ring), feature.properties.name).toBeLessThanOrEqual(180);
		}
		for (const line of rings(basemap.borders.geometry)) expect(maxJump(line)).toBeLessThanOrEqual(180);
	});

	it('keeps latitudes inside what Web Mercator can draw', () => {
		const lats = basemap.countries.features.flatMap((f) => rings(f.geometry).flat().map((p) => p[1]!));
		expect(Math.min(...lats)).toBeGreaterThanOrEqual(-85);
		expect(Math.max(...lats)).toBeLessThanOrEqual(85);
	});

	it('draws borders only between countries', () => {
		expect(basemap.borders.geometry.type).toBe('MultiLineString');
		expect(basemap.borders.geometry.coordinates.length).toBeGreaterThan(100);
	});
});

describe('unwrapRing', () => {
	it('shifts longitudes so that consecutive vertices stay within 180 degrees', () => {
		expect(unwrapRing([[179, 0], [-179, 1], [-178, 2], [179, 3]])).toEqual([[179, 0], [181, 1], [182, 2], [179, 3]]);
	});
	it('leaves an ordinary ring unchanged', () => {
		const ring = [[10, 10], [20, 10], [20, 20], [10, 10]];
		expect(unwrapRing(ring)).toEqual(ring);
	});
});
