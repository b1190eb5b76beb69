/**
 * The flat world view shared by the SVG maps (the interactive fallback and the static image for readers
 * without JavaScript): Mercator, fitted so every city and its label has room inside the frame.
 */
import { geoMercator, type GeoProjection } from 'd3';
import { mercatorScale, type Camera } from './camera';
import { DOT_RADIUS } from './labelSize';
import type { Box } from './labelPlacement';
import { NO_RESERVE, type Reserve } from './reserve';

/** Space between an overlay and the nearest dot: room for the dot, or for a name beside it (as tall), and a few pixels. */
const CLEAR = DOT_RADIUS + 4;

/**
 * Room around the cities in the world view, the same on both maps. Names near the edge go inward (see
 * labelPlacement.ts), so the room is for a dot and a line of text, not a whole name: a phone's map, 390px for
 * 244 degrees of longitude, then still shows every city from Mexico City to Melton. Where the map's overlays
 * cover an edge (`reserve`, see reserve.ts), the room starts past them, with space for a dot.
 */
export function cityPadding(width: number, height: number, reserve: Reserve = NO_RESERVE): { top: number; bottom: number; left: number; right: number } {
	const side = Math.round(Math.min(60, Math.max(24, width * 0.05)));
	const end = Math.round(Math.min(48, Math.max(24, height * 0.06)));
	const past = (covered: number, room: number) => (covered > 0 ? Math.max(room, Math.round(covered + CLEAR)) : room);
	return { top: past(reserve.top, end), bottom: past(reserve.bottom, end), left: past(reserve.left, side), right: past(reserve.right, side) };
}

/** Fits `cities` (or any places: a zoom passes the corners of what it shows) into the frame, padded. */
export function citiesProjection(
	cities: readonly { lon: number; lat: number }[],
	width: number,
	height: number,
	reserve: Reserve = NO_RESERVE
): GeoProjection {
	const p = cityPadding(width, height, reserve);
	// No adaptive resampling (precision 0): Natural Earth 110m's vertices are close enough that straight segments
	// in Mercator look the same, and the land is drawn several times faster (it is the SVG map's first-paint cost).
	return geoMercator()
		.precision(0)
		.fitExtent(
		[
			[p.left, p.top],
			[Math.max(p.left + 1, width - p.right), Math.max(p.top + 1, height - p.bottom)]
		],
		{ type: 'MultiPoint', coordinates: cities.map((c) => [c.lon, c.lat]) }
	);
}

/**
 * The reserve that keeps every city clear of the controls covering part of the map (`covers`, see reserve.ts
 * `mapCovers`): where the world view fitted with `reserve` would put a city under one, the room on one of its sides
 * starts past it.
 * Only then: a world view with no city in the corner keeps its size (reserving the zoom buttons' edge always lost
 * a name of the book at 1024x768). Edmonton and Mexico's cities lay under the zoom buttons at the network's world
 * view, on a phone wholly hidden. Both maps fit the same way, so they agree.
 */
export function clearOfCovers(
	cities: readonly { lon: number; lat: number }[],
	width: number,
	height: number,
	reserve: Reserve,
	covers: readonly Box[]
): Reserve {
	if (!covers.length || !cities.length) return reserve;
	const projection = citiesProjection(cities, width, height, reserve);
	const points = cities.map((c): [number, number] => projection([c.lon, c.lat]) ?? [Number.NaN, Number.NaN]);
	let clear = reserve;
	for (const box of covers) {
		const under = points.some(([x, y]) => x > box.x0 - CLEAR && x < box.x1 + CLEAR && y > box.y0 - CLEAR && y < box.y1 + CLEAR);
		if (!under) continue;
		// Past it across the map or down it, whichever gives up the smaller share of the map's width or height:
		// the zoom buttons (a narrow column) push the room sideways, the search field (a wide, low bar) down.
		const side = box.x0 + box.x1 < width ? 'left' : 'right';
		const across = side === 'left' ? box.x1 : width - box.x0;
		const vertical = box.y0 + box.y1 < height ? 'top' : 'bottom';
		const down = vertical === 'top' ? box.y1 : height - box.y0;
		if (across / width <= down / height) clear = { ...clear, [side]: Math.max(clear[side], across) };
		else clear = { ...clear, [vertical]: Math.max(clear[vertical], down) };
	}
	return clear;
}

/**
 * What a MapLibre map of this size shows with this camera: the camera's centre in the middle of the frame, at
 * MapLibre's scale for its zoom (Web Mercator is d3's Mercator, so the two draw every place at the same pixel).
 */
export function cameraProjection(camera: Camera, width: number, height: number): GeoProjection {
	return geoMercator()
		.precision(0)
		.center(camera.center)
		.scale(mercatorScale(camera.zoom))
		.translate([width / 2, height / 2]);
}

/**
 * `projection` magnified `scale` times about `focus` (a place brought to the middle of the frame: the selected
 * city, as MapLibre flies to it), or about the middle of the frame. Changes and returns `projection`.
 */
export function zoomProjection(
	projection: GeoProjection,
	scale: number,
	focus: [number, number] | null,
	width: number,
	height: number
): GeoProjection {
	if (scale === 1) return projection;
	const [x, y] = (focus && projection(focus)) ?? [width / 2, height / 2];
	const [tx, ty] = projection.translate();
	return projection.scale(projection.scale() * scale).translate([width / 2 - scale * (x - tx), height / 2 - scale * (y - ty)]);
}

/** West, east, south and north of the places (Infinity and -Infinity for none). */
export function extent(places: readonly { lon: number; lat: number }[]): [number, number, number, number] {
	let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const { lon, lat } of places) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	return [west, east, south, north];
}

/** The world view's least extent, in degrees: a filter down to one country still shows the country's neighbours. */
export const WORLD_MIN_SPAN = { lon: 36, lat: 18 };
/** What the world view shows with no city at all (a filter that keeps none): the inhabited world. */
const EMPTY_WORLD = [
	{ lon: -170, lat: -50 },
	{ lon: 175, lat: 72 }
];

/**
 * The places the world view fits: the cities themselves (the book's twelve, the network), or, when they are few
 * or close together (one country's members, a single city), their extent widened to WORLD_MIN_SPAN about its
 * middle, so neither map zooms to a street over a coarse coastline; the inhabited world when there are none.
 */
export function worldFrame(cities: readonly { lon: number; lat: number }[]): readonly { lon: number; lat: number }[] {
	if (!cities.length) return EMPTY_WORLD;
	let [west, east, south, north] = extent(cities);
	if (east - west >= WORLD_MIN_SPAN.lon || north - south >= WORLD_MIN_SPAN.lat) return cities;
	const widen = (lo: number, hi: number, span: number, limit: number): [number, number] => {
		const mid = Math.min(limit - span / 2, Math.max(-limit + span / 2, (lo + hi) / 2));
		return [mid - span / 2, mid + span / 2];
	};
	[west, east] = widen(west, east, WORLD_MIN_SPAN.lon, 180);
	[south, north] = widen(south, north, WORLD_MIN_SPAN.lat, 80);
	return [
		{ lon: west, lat: south },
		{ lon: east, lat: north }
	];
}
