/**
 * Maps as pictures, for the PowerPoint file: SVG text with every colour an attribute (no stylesheet, no web font:
 * an SVG drawn as an image loads nothing), then rasterised in the browser (./rasterise.ts). The network's picture
 * is the same drawing as the slide's NetworkMap (one projection, one set of dots: `worldProjection`,
 * `networkDots`); a city's stands in for the live map when it could not be captured (no WebGL).
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { CountriesTopology } from '$lib/map/basemap';
import { colours } from '$lib/map/palette';

export const WORLD = { width: 1000, height: 440 } as const;

/** The inhabited world between 47°S and 70°N: the network lies there; Antarctica and the far north are left out. */
export function worldProjection(): GeoProjection {
	return geoMercator()
		.precision(0)
		.fitExtent(
			[
				[6, 6],
				[WORLD.width - 6, WORLD.height - 6]
			],
			{ type: 'MultiPoint', coordinates: [[-168, -47], [178, 70]] }
		)
		// The land is cut at the frame: nothing of it lies outside the picture, even where the slide is wider.
		.clipExtent([
			[0, 0],
			[WORLD.width, WORLD.height]
		]);
}

export interface Dot {
	id: string;
	x: number;
	y: number;
	award: boolean;
}

/** The members with a place, projected; winners last, so a member beside one never hides it. */
export function networkDots(
	members: readonly { id: string; lat: number | null; lon: number | null; awards: readonly number[] }[],
	projection: GeoProjection
): Dot[] {
	const dots = members.flatMap((m) => {
		if (m.lat === null || m.lon === null) return [];
		const xy = projection([m.lon, m.lat]);
		return xy ? [{ id: m.id, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, award: m.awards.length > 0 }] : [];
	});
	return [...dots.filter((d) => !d.award), ...dots.filter((d) => d.award)];
}

export const dotStyle = (award: boolean) => ({ r: award ? 5.5 : 3.6, fill: award ? colours.selected : colours.city });

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function landPath(topology: CountriesTopology | null, projection: GeoProjection): string {
	return topology ? (geoPath(projection)(feature(topology, topology.objects.countries)) ?? '') : '';
}

function svg(width: number, height: number, body: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${colours.ocean}"/>${body}</svg>`;
}

export function networkSvg(topology: CountriesTopology | null, members: Parameters<typeof networkDots>[0]): string {
	const projection = worldProjection();
	const land = landPath(topology, projection);
	const dots = networkDots(members, projection)
		.map((d) => {
			const { r, fill } = dotStyle(d.award);
			return `<circle cx="${d.x}" cy="${d.y}" r="${r}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`;
		})
		.join('');
	return svg(WORLD.width, WORLD.height, `<path d="${land}" fill="${colours.land}" stroke="${colours.border}" stroke-width="0.5"/>${dots}`);
}

/**
 * A city's region as the slide's map shows it: the city in the middle, about 60 degrees of longitude across, the
 * other cities of the talk as dots, the city's own dot and name in the selected colour.
 */
export function citySvg(
	topology: CountriesTopology | null,
	city: { id: string; name: string; lat: number; lon: number },
	others: readonly { id: string; lat: number; lon: number }[],
	width: number,
	height: number
): string {
	const projection = geoMercator()
		.precision(0)
		.center([city.lon, city.lat])
		.translate([width / 2, height / 2])
		.scale(width / ((60 * Math.PI) / 180));
	const land = landPath(topology, projection);
	const dot = (p: { lat: number; lon: number }, r: number, fill: string) => {
		const [x, y] = projection([p.lon, p.lat]) ?? [-99, -99];
		return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>`;
	};
	const rest = others.filter((o) => o.id !== city.id).map((o) => dot(o, 7, colours.city)).join('');
	const size = Math.round(width / 16);
	const label = `<text x="${width / 2}" y="${height / 2 - size}" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="${size}" fill="${colours.selectedLabel}" stroke="${colours.halo}" stroke-width="${size / 6}" paint-order="stroke">${escapeXml(city.name)}</text>`;
	return svg(width, height, `<path d="${land}" fill="${colours.land}" stroke="${colours.border}" stroke-width="1"/>${rest}${dot(city, 12, colours.selected)}${label}`);
}
