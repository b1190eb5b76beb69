/**
 * How far a point lies outside its country's shape, in the atlas's own world-atlas (Natural Earth) shapes: the
 * 1:110m countries the map draws, and the 1:50m ones for small countries and islands that 110m leaves out or
 * cuts coarsely. Node only (data check and build).
 */
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

type Shape = Feature<Polygon | MultiPolygon>;
const load = createRequire(import.meta.url);

function shapes(file: string): Map<string, Shape> {
	const topology = load(`world-atlas/${file}`) as Topology;
	const collection = feature(topology, topology.objects.countries!) as unknown as { features: Shape[] };
	const byCode = new Map<string, Shape>();
	for (const f of collection.features) {
		const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
		if (code && f.geometry) byCode.set(code, f);
	}
	return byCode;
}

let cache: { coarse: Map<string, Shape>; fine: Map<string, Shape> } | undefined;
const atlas = () => (cache ??= { coarse: shapes('countries-110m.json'), fine: shapes('countries-50m.json') });

/** Distance in km from [lon, lat] to the nearest edge of `shape`, 0 inside it. */
function kmOutside(shape: Shape, lon: number, lat: number): number {
	if (geoContains(shape, [lon, lat])) return 0;
	const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
	const ky = 110.57;
	const local = ([x = 0, y = 0]: Position): [number, number] => {
		let dx = x - lon;
		if (dx > 180) dx -= 360;
		if (dx < -180) dx += 360;
		return [dx * kx, (y - lat) * ky];
	};
	const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
	let best = Infinity;
	for (const polygon of polygons)
		for (const ring of polygon)
			for (let i = 1; i < ring.length; i++) {
				const [ax, ay] = local(ring[i - 1]!);
				const [bx, by] = local(ring[i]!);
				const dx = bx - ax;
				const dy = by - ay;
				const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
				best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
			}
	return best;
}

/**
 * How far (km) the point is outside `country` (ISO alpha-2): the smaller of the two scales' distances, so a
 * coastal city that 110m's coarse coast leaves at sea still passes. `null` when neither scale has the country.
 */
export function kmOutsideCountry(country: string, lon: number, lat: number): number | null {
	const { coarse, fine } = atlas();
	const found = [coarse.get(country), fine.get(country)].filter((s): s is Shape => s !== undefined);
	if (found.length === 0) return null;
	return Math.min(...found.map((s) => kmOutside(s, lon, lat)));
}
