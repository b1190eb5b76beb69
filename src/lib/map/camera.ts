/**
 * A map's camera in MapLibre's terms, for the maps that must show what the MapLibre map shows: its centre and
 * its zoom (Web Mercator on 512 px tiles, so zoom 0 draws the whole world 512 px wide). The deck's live map
 * flies to a city's camera; the speaker view's SVG previews draw the same camera (projection.ts
 * `cameraProjection`), so the speaker sees the view the room sees.
 */

/** How close a city's slide (and a city chosen on the atlas) brings the map: a region around the city. */
export const CITY_ZOOM = 3.2;

/** MapLibre's tile size: at zoom z the world is TILE_SIZE * 2^z px wide. */
const TILE_SIZE = 512;

export interface Camera {
	/** Longitude and latitude of the map's middle. */
	center: [number, number];
	/** MapLibre's zoom. */
	zoom: number;
}

/**
 * The camera that shows a city: centred on it, at CITY_ZOOM or closer if the map already is (`zoom`, MapLibre's
 * current zoom: a reader who zoomed in is not zoomed out again).
 */
export function cityCamera(city: { lon: number; lat: number }, zoom = -Infinity): Camera {
	return { center: [city.lon, city.lat], zoom: Math.max(zoom, CITY_ZOOM) };
}

/** A Mercator projection's scale (px per radian, d3's `scale`) at MapLibre's `zoom`. */
export function mercatorScale(zoom: number): number {
	return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}
