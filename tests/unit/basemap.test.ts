import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import { gzipSync } from 'node:zlib';
import { toBasemap, unwrapRing, type CountriesTopology } from '../../src/lib/map/basemap';
import { slimCountries } from '../../src/lib/map/slimTopology';

const worldAtlasText = readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8');
const worldAtlas = JSON.parse(worldAtlasText) as CountriesTopology;
const slimText = readFileSync('src/lib/map/countries-110m.slim.json', 'utf8');
// The file the browser downloads.
const topology = JSON.parse(slimText) as CountriesTopology;
const basemap = toBasemap(topology);

/** Absolute [lon, lat] of every arc vertex of a quantized topology. */
function vertices(t: CountriesTopology): number[][][] {
	const { scale, translate } = t.transform!;
	return t.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => [(x += dx!) * scale[0] + translate[0], (y += dy!) * scale[1] + translate[1]]);
	});
}

describe('the slimmed basemap the browser downloads', () => {
	it('is what `npm run basemap` writes from world-atlas today (not a stale copy)', () => {
		expect(topology).toEqual(slimCountries(worldAtlas));
	});

	it('keeps every country and every arc, each vertex within 0.02 degrees of world-atlas', () => {
		expect(topology.objects.countries.geometries.length).toBe(worldAtlas.objects.countries.geometries.length);
		const slim = vertices(topology);
		const full = vertices(worldAtlas);
		expect(slim.length).toBe(full.length);
		// Quantizing merges vertices that fall on the same grid point; every one left lies near one of its arc's.
		expect(slim.flat().length).toBeGreaterThan(full.flat().length * 0.9);
		const near = ([lon, lat]: number[], [lon2, lat2]: number[]) => Math.abs(lon! - lon2!) < 0.02 && Math.abs(lat! - lat2!) < 0.02;
		slim.forEach((arc, i) => {
			expect(near(arc[0]!, full[i]![0]!) && near(arc.at(-1)!, full[i]!.at(-1)!), `arc ${i} ends`).toBe(true);
			for (const vertex of arc) expect(full[i]!.some((v) => near(vertex, v)), `arc ${i}`).toBe(true);
		});
	});

	it('is at least a quarter smaller than world-atlas in gzip', () => {
		const size = (text: string) => gzipSync(text, { level: 9 }).length;
		expect(size(slimText)).toBeLessThan(size(worldAtlasText) * 0.75);
	});
});

function rings(geometry: { type: string; coordinates?: unknown }): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
	if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
	if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
	return [];
}

const maxJump = (ring: Position[]) =>
	ring.slice(1).reduce((max, [lon], i) => Math.max(max, Math.abs(lon! - ring[i]![0]!)), 0);

describe('basemap from the slimmed world-atlas', () => {
	it('has every country of the 110m atlas', () => {
		expect(basemap.countries.features.length).toBe(worldAtlas.objects.countries.geometries.length);
		expect(basemap.countries.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
	});

	it('leaves no ring jumping across the antimeridian (no streaks over the map)', () => {
		const unfixed = feature(topology, topology.objects.countries) as unknown as {
			features: Array<{ geometry: { type: string; coordinates: unknown } }>;
		};
		const raw = unfixed.features.flatMap((f) => rings(f.geometry));
		// The fixture really has such jumps before the fix: Russia and Fiji cross 180°.
		expect(raw.some((ring) => maxJump(ring) > 180)).toBe(true);
		basemap.countries.features.forEach((feature, i) => {
			const name = String((worldAtlas.objects.countries.geometries[i]!.properties as { name?: string } | undefined)?.name);
			for (const ring of rings(feature.geometry)) expect(maxJump(ring), name).toBeLessThanOrEqual(180);
		});
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
