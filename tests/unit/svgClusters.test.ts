/**
 * The SVG map at scale (svgClusters.ts): 10,000 cities gathered on a screen grid, each in exactly one mark, with
 * a sane number of marks, the share the filter dims, the zoom into a group, and names placed only where they fit.
 */
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/lib/generate';
import { placeLabels } from '../../src/lib/map/labelPlacement';
import { citiesProjection } from '../../src/lib/map/projection';
import { CLUSTER_FROM } from '../../src/lib/data/crowding';
import {
	CLUSTER_CELL,
	clusterOnGrid,
	clusterOpacity,
	clusterRadius,
	hitSizes,
	keptCount,
	mapMarks,
	markLabels,
	zoomFrame,
	type ClusterMark
} from '../../src/lib/map/svgClusters';

const [WIDTH, HEIGHT] = [960, 640];

/** Cities spread as the bench spreads them: over the inhabited latitudes, denser around a few centres. */
function network(n: number) {
	const rand = random(3);
	const centres = [
		[-37.7, 144.6],
		[-23.5, -47.5],
		[39.9, 116.4],
		[11.6, 37.4],
		[60.2, 24.7],
		[51.9, -8.5]
	];
	return Array.from({ length: n }, (_, i) => {
		const [lat, lon] = centres[i % centres.length]!;
		return {
			id: `c${i}`,
			name: `City ${i}`,
			lat: Math.max(-55, Math.min(70, lat! + (rand() - 0.5) * 40)),
			lon: ((lon! + (rand() - 0.5) * 60 + 540) % 360) - 180
		};
	});
}

function project(cities: ReturnType<typeof network>, frame: readonly { lon: number; lat: number }[] = cities) {
	const projection = citiesProjection(frame, WIDTH, HEIGHT);
	return cities.map((c) => {
		const [x, y] = projection([c.lon, c.lat])!;
		return { ...c, x, y };
	});
}

describe('the SVG map gathers a crowded set on a screen grid', () => {
	const cities = network(10_000);
	const points = project(cities);
	const marks = clusterOnGrid(points, { width: WIDTH, height: HEIGHT });
	const groups = marks.filter((m): m is ClusterMark => m.kind === 'cluster');

	it('puts every city in exactly one mark', () => {
		const seen = marks.flatMap((m) => (m.kind === 'city' ? [m.city.id] : m.ids));
		expect(seen).toHaveLength(cities.length);
		expect(new Set(seen).size).toBe(cities.length);
	});

	it('draws a few hundred buttons at most, not 10,000', () => {
		// At most one mark per grid cell.
		expect(marks.length).toBeLessThanOrEqual(Math.ceil(WIDTH / CLUSTER_CELL + 1) * Math.ceil(HEIGHT / CLUSTER_CELL + 1));
		expect(marks.length).toBeGreaterThan(20);
		expect(groups.length).toBeGreaterThan(20);
		expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
	});

	it('places each group at its cities’ centroid, inside its cell, west to east', () => {
		for (const g of groups) {
			const [cx, cy] = g.key.slice(5).split(':').map(Number);
			expect(Math.floor(g.x / CLUSTER_CELL)).toBe(cx);
			expect(Math.floor(g.y / CLUSTER_CELL)).toBe(cy);
		}
		expect(marks.map((m) => m.x)).toEqual([...marks.map((m) => m.x)].sort((a, b) => a - b));
	});

	it('keeps the selected city apart, drawn on its own', () => {
		const apart = clusterOnGrid(points, { width: WIDTH, height: HEIGHT, apart: 'c42' });
		expect(apart.filter((m) => m.key === 'c42' && m.kind === 'city')).toHaveLength(1);
		expect(apart.some((m) => m.kind === 'cluster' && m.ids.includes('c42'))).toBe(false);
		expect(apart.flatMap((m) => (m.kind === 'city' ? [m.key] : m.ids))).toHaveLength(cities.length);
	});

	it('leaves out cities outside the frame', () => {
		const shifted = points.map((p, i) => (i < 100 ? { ...p, x: -5 } : p));
		const inFrame = clusterOnGrid(shifted, { width: WIDTH, height: HEIGHT }).flatMap((m) => (m.kind === 'city' ? [m.key] : m.ids));
		expect(inFrame).toHaveLength(cities.length - 100);
	});

	it('counts the share of each group the filter keeps', () => {
		const dimmed = new Set(cities.filter((_, i) => i % 4 === 0).map((c) => c.id));
		const kept = groups.reduce((sum, g) => sum + keptCount(g.ids, dimmed), 0);
		const keptAlone = marks.filter((m) => m.kind === 'city' && !dimmed.has(m.key)).length;
		expect(kept + keptAlone).toBe(cities.length - dimmed.size);
		expect(keptCount(['a', 'b', 'c'], new Set())).toBe(3);
		expect(keptCount(['a', 'b', 'c'], new Set(['a', 'c', 'z']))).toBe(1);
		expect(clusterOpacity(0, 10)).toBeCloseTo(0.3);
		expect(clusterOpacity(10, 10)).toBeCloseTo(0.85);
		expect(clusterOpacity(5, 10)).toBeCloseTo(0.575);
	});

	it('sizes groups by their number as the MapLibre map does', () => {
		expect([2, 10, 100, 1000, 10_000].map(clusterRadius)).toEqual([12, 15, 19, 24, 24]);
		// The largest disc fits its cell, so neighbouring groups seldom cover each other.
		expect(clusterRadius(10_000) * 2).toBeLessThan(CLUSTER_CELL);
	});

	it('zooms into a group: its cities spread apart and the group splits', () => {
		const biggest = groups.reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
		const inGroup = cities.filter((c) => biggest.ids.includes(c.id));
		const zoomed = clusterOnGrid(project(cities, zoomFrame(inGroup)), { width: WIDTH, height: HEIGHT });
		const shown = zoomed.flatMap((m) => (m.kind === 'city' ? [m.key] : m.ids));
		for (const id of biggest.ids) expect(shown).toContain(id);
		expect(zoomed.filter((m) => m.kind === 'cluster').every((m) => m.ids.length < biggest.ids.length)).toBe(true);
	});

	it('never zooms to a single point: the frame is at least MIN_ZOOM_SPAN wide', () => {
		const [sw, ne] = zoomFrame([
			{ lon: 10, lat: 50 },
			{ lon: 10, lat: 50 }
		]);
		expect(ne!.lon - sw!.lon).toBeCloseTo(0.5);
		expect(ne!.lat - sw!.lat).toBeCloseTo(0.5);
		const [west] = zoomFrame([{ lon: -180, lat: 0 }]);
		expect(west!.lon).toBe(-180);
	});

	it('places names only where they fit, never over a group, fast', () => {
		const singles = marks.filter((m) => m.kind === 'city');
		const started = performance.now();
		const sides = placeLabels(
			singles.map((m) => ({ id: m.key, x: m.x, y: m.y, width: 80 })),
			WIDTH,
			HEIGHT,
			groups.map((g) => ({ x: g.x, y: g.y, r: clusterRadius(g.ids.length) }))
		);
		expect(sides.size).toBe(singles.length);
		// Placing names for all 10,000 cities without the grid would check each against every other: it stays quick.
		const all = placeLabels(
			points.map((p) => ({ id: p.id, x: p.x, y: p.y, width: 80 })),
			WIDTH,
			HEIGHT
		);
		expect(performance.now() - started).toBeLessThan(2000);
		expect([...all.values()].filter((s) => s !== 'hidden').length).toBeLessThan(200);
	});

	it('gives each mark a hit area that does not reach its neighbour', () => {
		const hit = hitSizes(marks, 24, 8);
		expect(hit.size).toBe(marks.length);
		for (const size of hit.values()) expect(size).toBeGreaterThanOrEqual(8);
	});
});


describe('below CLUSTER_FROM cities nothing gathers', () => {
	it('draws the book’s twelve as twelve cities, in the order given, each with its name', () => {
		const twelve = project(network(12));
		const marks = mapMarks(twelve, { width: WIDTH, height: HEIGHT, apart: 'c3' });
		expect(marks.map((m) => [m.kind, m.key])).toEqual(twelve.map((c) => ['city', c.id]));
		expect(markLabels(marks, WIDTH, HEIGHT).size).toBe(12);
		expect(mapMarks(project(network(CLUSTER_FROM - 1)), { width: WIDTH, height: HEIGHT }).every((m) => m.kind === 'city')).toBe(true);
		expect(mapMarks(project(network(CLUSTER_FROM)), { width: WIDTH, height: HEIGHT }).some((m) => m.kind === 'cluster')).toBe(true);
	});
});
