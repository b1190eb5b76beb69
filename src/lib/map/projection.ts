/**
 * The flat world view shared by the SVG maps (the interactive fallback and the static image for readers
 * without JavaScript): Mercator, fitted so every city and its label has room inside the frame.
 */
import { geoMercator, type GeoProjection } from 'd3';

/**
 * Room around the cities in the world view, the same on both maps. Names near the edge go inward (see
 * labelPlacement.ts), so the room is for a dot and a line of text, not a whole name: a phone's map, 390px for
 * 244 degrees of longitude, then still shows every city from Mexico City to Melton.
 */
export function cityPadding(width: number, height: number): { top: number; bottom: number; left: number; right: number } {
	const side = Math.round(Math.min(60, Math.max(24, width * 0.05)));
	const end = Math.round(Math.min(48, Math.max(24, height * 0.06)));
	return { top: end, bottom: end, left: side, right: side };
}

/** Fits `cities` (or any places: a zoom passes the corners of what it shows) into the frame, padded. */
export function citiesProjection(cities: readonly { lon: number; lat: number }[], width: number, height: number): GeoProjection {
	const p = cityPadding(width, height);
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
