/**
 * The basemap, built in code from world-atlas TopoJSON: country polygons (fill) and the borders between
 * them (line). Pure functions, so the unit tests check the conversion and the antimeridian fix directly.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

export interface Basemap {
	countries: FeatureCollection<Geometry>;
	borders: Feature<MultiLineString>;
}

/**
 * world-atlas stores rings that cross the antimeridian (Russia's Chukotka, Fiji) with longitudes that jump
 * from +180 to -180, and Antarctica as a ring around the pole. On Web Mercator such jumps draw streaks across
 * the whole map. Unwrapping each ring so that consecutive vertices never differ by more than 180 degrees keeps
 * the shape continuous; MapLibre then draws the part past 180 on the world copy next to it.
 */
export function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let shift = 0;
	let previous: number | undefined;
	for (const [lon, lat, ...rest] of ring) {
		if (lon === undefined || lat === undefined) continue;
		if (previous !== undefined) {
			const delta = lon + shift - previous;
			if (delta > 180) shift -= 360;
			else if (delta < -180) shift += 360;
		}
		previous = lon + shift;
		out.push([previous, lat, ...rest]);
	}
	return out;
}

/** Clamps latitudes to the band Web Mercator can show (the pole itself projects to infinity). */
const MAX_LAT = 85;

function fixPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring) => unwrapRing(ring).map(([lon, lat]) => [lon!, Math.max(-MAX_LAT, Math.min(MAX_LAT, lat!))]));
}

export function fixAntimeridian(geometry: Geometry): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: fixPolygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fixPolygon) };
		case 'LineString':
			return { type: 'LineString', coordinates: unwrapRing(geometry.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapRing) };
		default:
			return geometry;
	}
}

/** Country shapes only: the browser's basemap carries no names (see slimTopology.ts). */
export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

export function toBasemap(topology: CountriesTopology): Basemap {
	const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
	// Borders only between two countries (a !== b): coastlines come from the fill's edge.
	const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
	return {
		countries: {
			type: 'FeatureCollection',
			features: countries.features.map((f) => ({ ...f, geometry: fixAntimeridian(f.geometry) }))
		},
		borders: { type: 'Feature', properties: {}, geometry: fixAntimeridian(borders) as MultiLineString }
	};
}
