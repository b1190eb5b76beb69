/**
 * The SVG map at scale. Past CLUSTER_FROM cities (the threshold the MapLibre map clusters from), the cities
 * that crowd on screen are gathered on a square grid of CLUSTER_CELL pixels: a cell holding one city draws that
 * city, a cell holding more draws one circle with their number. Linear in the cities (one pass to bin, one to
 * sum), so 10,000 cities cost a few milliseconds and the page draws a few hundred buttons, not 10,000.
 * Pure, so unit tests check it without a browser.
 */
import { CLUSTER_FROM } from '$lib/data/crowding';
import { extent } from './projection';
import { labelWidth, placeLabels, type LabelSide, type PlaceOptions } from './labelPlacement';

/** A city where the projection put it, in pixels. */
export interface ScreenCity {
	id: string;
	x: number;
	y: number;
}

export interface CityMark<T extends ScreenCity> {
	kind: 'city';
	/** The city's id: a city keeps its key whatever the view, so focus and transitions follow it. */
	key: string;
	x: number;
	y: number;
	city: T;
}

export interface ClusterMark {
	kind: 'cluster';
	/** The grid cell: stable while the view stays, so a filter toggle redraws the same buttons. */
	key: string;
	/** The centroid of its cities. */
	x: number;
	y: number;
	ids: readonly string[];
}

export type Mark<T extends ScreenCity> = CityMark<T> | ClusterMark;

/**
 * The grid's cell, in pixels: wide enough that the largest circle (48px across, see clusterRadius) and its
 * count never meet the next cell's, small enough that the world view at 10,000 cities keeps the continents'
 * shapes (about 150 circles on a laptop-sized map).
 */
export const CLUSTER_CELL = 56;

/** A cluster's radius by its number of cities: the MapLibre map's steps (see addClusters in style.ts). */
export function clusterRadius(count: number): number {
	return count >= 1000 ? 24 : count >= 100 ? 19 : count >= 10 ? 15 : 12;
}

export interface GridOptions {
	width: number;
	height: number;
	cell?: number;
	/** A city always drawn on its own, never inside a cluster (the selected one). */
	apart?: string | null;
}

/**
 * The marks for the cities inside the frame (0..width, 0..height; cities outside it are left out, as they
 * would be off screen), west to east: the order the arrow keys follow. Every city inside the frame is in exactly
 * one mark.
 */
export function clusterOnGrid<T extends ScreenCity>(cities: readonly T[], { width, height, cell = CLUSTER_CELL, apart = null }: GridOptions): Mark<T>[] {
	const cells = new Map<string, T[]>();
	const marks: Mark<T>[] = [];
	for (const city of cities) {
		if (!(city.x >= 0 && city.x <= width && city.y >= 0 && city.y <= height)) continue;
		if (city.id === apart) {
			marks.push({ kind: 'city', key: city.id, x: city.x, y: city.y, city });
			continue;
		}
		const key = `${Math.floor(city.x / cell)}:${Math.floor(city.y / cell)}`;
		const members = cells.get(key);
		if (members) members.push(city);
		else cells.set(key, [city]);
	}
	for (const [key, members] of cells) {
		if (members.length === 1) {
			const city = members[0]!;
			marks.push({ kind: 'city', key: city.id, x: city.x, y: city.y, city });
			continue;
		}
		let x = 0;
		let y = 0;
		for (const m of members) {
			x += m.x;
			y += m.y;
		}
		marks.push({ kind: 'cluster', key: `cell:${key}`, x: x / members.length, y: y / members.length, ids: members.map((m) => m.id) });
	}
	return marks.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** How many of a cluster's cities the filter keeps (the ones not dimmed). */
export function keptCount(ids: readonly string[], dimmed: ReadonlySet<string>): number {
	if (dimmed.size === 0) return ids.length;
	let kept = 0;
	for (const id of ids) if (!dimmed.has(id)) kept++;
	return kept;
}

/**
 * A cluster's opacity by the share of its cities the filter keeps, as on the MapLibre map (0.3 when it keeps
 * none, 0.85 when it keeps all): a cluster of dimmed cities looks like a dimmed city.
 */
export function clusterOpacity(kept: number, count: number): number {
	return 0.3 + 0.55 * (count ? kept / count : 0);
}

/** The smallest span, in degrees, a zoom into a cluster shows: cities closer than that stay together. */
export const MIN_ZOOM_SPAN = 0.5;

/**
 * What the SVG map shows when a cluster is chosen: its cities' extent, widened to MIN_ZOOM_SPAN where they are
 * closer (so the projection never fits a single point to an infinite scale). Two corners, for `fitExtent`.
 */
export function zoomFrame(cities: readonly { lon: number; lat: number }[]): { lon: number; lat: number }[] {
	let [west, east, south, north] = extent(cities);
	const widen = (lo: number, hi: number, limit: number): [number, number] => {
		const grow = Math.max(0, MIN_ZOOM_SPAN - (hi - lo)) / 2;
		return [Math.max(-limit, lo - grow), Math.min(limit, hi + grow)];
	};
	[west, east] = widen(west, east, 180);
	[south, north] = widen(south, north, 85);
	return [
		{ lon: west, lat: south },
		{ lon: east, lat: north }
	];
}

/**
 * Each mark's hit area (its button's size): `max`, or less where a neighbour is closer (Cork and Swansea are 11px
 * apart at the world view), never under `min`, so the areas never overlap and a click on a dot selects that
 * city, not the neighbour drawn on top. Sweeps by x, so it stays near-linear.
 */
export function hitSizes(marks: readonly { key: string; x: number; y: number }[], max: number, min: number): Map<string, number> {
	const byX = [...marks].sort((a, b) => a.x - b.x);
	const hit = new Map<string, number>();
	byX.forEach((p, i) => {
		let nearest = max;
		for (let j = i + 1; j < byX.length && byX[j]!.x - p.x < nearest; j++) nearest = Math.min(nearest, Math.hypot(byX[j]!.x - p.x, byX[j]!.y - p.y));
		for (let j = i - 1; j >= 0 && p.x - byX[j]!.x < nearest; j--) nearest = Math.min(nearest, Math.hypot(byX[j]!.x - p.x, byX[j]!.y - p.y));
		hit.set(p.key, Math.max(min, Math.floor(nearest)));
	});
	return hit;
}

/**
 * What an SVG map draws: every city in the order given (the book's twelve, below CLUSTER_FROM), or the grid's
 * cities and groups (a crowded set).
 */
export function mapMarks<T extends ScreenCity>(cities: readonly T[], options: GridOptions): Mark<T>[] {
	if (cities.length >= CLUSTER_FROM) return clusterOnGrid(cities, options);
	return cities.map((city) => ({ kind: 'city', key: city.id, x: city.x, y: city.y, city }));
}

/** Where the names of the marks' single cities go (see labelPlacement.ts): never over a group's disc. */
export function markLabels<T extends ScreenCity & { name: string }>(
	marks: readonly Mark<T>[],
	width: number,
	height: number,
	options: PlaceOptions = {}
): Map<string, LabelSide> {
	return placeLabels(
		marks.flatMap((m) => (m.kind === 'city' ? [{ id: m.key, x: m.x, y: m.y, width: labelWidth(m.city.name, options.size) }] : [])),
		width,
		height,
		marks.flatMap((m) => (m.kind === 'cluster' ? [{ x: m.x, y: m.y, r: clusterRadius(m.ids.length) }] : [])),
		options
	);
}
