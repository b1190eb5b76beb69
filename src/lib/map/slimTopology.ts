/**
 * The basemap the browser downloads: world-atlas's 1:110m countries, with only what the maps draw. world-atlas
 * quantizes to a 100,000-step grid and carries country names and a second `land` object; the maps draw the
 * country shapes and the borders between them, at most at zoom 8 of a 1:110m source, where a 10,000-step grid
 * (0.036 degrees of longitude) is finer than the source's own detail. Quantizing there, without the names and
 * the `land` object, makes the file about a third smaller (38 to 26 kB gzip).
 *
 * Written by `npm run basemap` to ./countries-110m.slim.json (committed; a unit test checks it still matches).
 */
import { quantize } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { CountriesTopology } from './basemap';

export const QUANTIZATION = 1e4;

/** world-atlas's topology, slimmed as above. */
export function slimCountries(topology: CountriesTopology, quantization = QUANTIZATION): CountriesTopology {
	if (!topology.transform) throw new Error('Expected a quantized topology (world-atlas files are).');
	const {
		scale: [sx, sy],
		translate: [tx, ty]
	} = topology.transform;
	// Back to absolute coordinates (quantized arcs are delta-encoded), then quantized again on the coarser grid.
	const arcs = topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => [(x += dx!) * sx + tx, (y += dy!) * sy + ty]);
	});
	const geometries = topology.objects.countries.geometries.map(({ properties: _p, id: _id, ...geometry }) => geometry);
	const absolute: CountriesTopology = {
		type: 'Topology',
		bbox: topology.bbox,
		arcs,
		objects: { countries: { type: 'GeometryCollection', geometries: geometries as GeometryCollection['geometries'] } }
	};
	return quantize(absolute, quantization) as CountriesTopology;
}
