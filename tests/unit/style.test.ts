import { describe, expect, it } from 'vitest';
import { buildStyle, citiesToGeoJSON, CITY_LABEL_LAYER, CITY_LAYER, LABEL_ANCHOR, LABEL_FONT, LABEL_HIDDEN } from '../../src/lib/map/style';
import type { Basemap } from '../../src/lib/map/basemap';

const basemap: Basemap = {
	countries: { type: 'FeatureCollection', features: [] },
	borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } }
};
const cities = [
	{ id: 'cork', name: 'Cork', lat: 51.9, lon: -8.47 },
	{ id: 'ybycui', name: 'Ybycuí', lat: -26.02, lon: -57.05 }
];
const style = buildStyle({ basemap, cities, fontUrl: 'http://localhost:4173/_app/font.woff2' });
const json = JSON.stringify(style);

describe('map style', () => {
	it('loads nothing from another origin: no glyphs, sprite or remote source', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect(typeof (source as { data: unknown }).data).toBe('object');
		}
	});

	it('draws labels with the bundled font only', () => {
		expect(style['font-faces']).toEqual({ [LABEL_FONT]: 'http://localhost:4173/_app/font.woff2' });
		const label = style.layers.find((l) => l.id === CITY_LABEL_LAYER)!;
		expect(label.type).toBe('symbol');
		expect((label as { layout: Record<string, unknown> }).layout['text-font']).toEqual([LABEL_FONT]);
	});

	it('draws countries, borders, groups and their counts, city points and labels, then the city drawn apart, in that order', () => {
		expect(style.layers.map((l) => l.type)).toEqual(['background', 'fill', 'line', 'circle', 'symbol', 'circle', 'symbol', 'circle', 'symbol']);
	});

	it('shows selection, hover and dimming through feature-state', () => {
		const points = style.layers.find((l) => l.id === CITY_LAYER)!;
		const paint = JSON.stringify((points as { paint: unknown }).paint);
		for (const key of ['selected', 'hover', 'dimmed']) expect(paint).toContain(`["feature-state","${key}"]`);
		expect(json).toContain('"promoteId":"id"');
	});

	it('draws each name at the anchor the atlas placed it at, never moved by MapLibre’s own collision', () => {
		const label = style.layers.find((l) => l.id === CITY_LABEL_LAYER) as { layout: Record<string, unknown>; paint: Record<string, unknown> };
		expect(label.layout['text-variable-anchor']).toBeUndefined();
		expect(label.layout['text-allow-overlap']).toBe(true);
		expect(label.layout['text-ignore-placement']).toBe(true);
		expect(JSON.stringify(label.layout['text-anchor'])).toContain(`["global-state","${LABEL_ANCHOR}"]`);
		expect(JSON.stringify(label.layout['text-offset'])).toContain(`["global-state","${LABEL_ANCHOR}"]`);
		expect(JSON.stringify(label.paint['text-opacity'])).toContain(`["global-state","${LABEL_HIDDEN}"]`);
		expect(buildStyle({ basemap, cities, fontUrl: 'x', labelSize: 22 }).layers.find((l) => l.id === CITY_LABEL_LAYER)).toMatchObject({ layout: { 'text-size': 22 } });
	});

	it('turns cities into GeoJSON points at [lon, lat]', () => {
		const fc = citiesToGeoJSON(cities);
		expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([[-8.47, 51.9], [-57.05, -26.02]]);
		// With its goal masks (none scored here), which a crowded map's goal filter dims by.
		expect(fc.features[1]!.properties).toEqual({ id: 'ybycui', name: 'Ybycuí', kept: 1, m1: 0, m2: 0, m3: 0 });
	});
});

describe('a map of single cities carries its names’ places in its data', () => {
	const cities = [
		{ id: 'cork', name: 'Cork', lat: 51.9, lon: -8.47 },
		{ id: 'ybycui', name: 'Ybycuí', lat: -26.02, lon: -57.05 }
	];
	const labels = { anchors: { cork: 'left', ybycui: 'top' }, offsets: { cork: [0.8, 0], ybycui: [0, 0.7] } as Record<string, [number, number]>, hidden: { ybycui: true } };

	it('each city its anchor, offset and whether its name is hidden; none without a placement', () => {
		const [cork, ybycui] = citiesToGeoJSON(cities, new Set(), { labels }).features;
		expect(cork!.properties).toMatchObject({ la: 'left', lo: [0.8, 0], lh: false });
		expect(ybycui!.properties).toMatchObject({ la: 'top', lo: [0, 0.7], lh: true });
		expect(citiesToGeoJSON(cities).features[0]!.properties).not.toHaveProperty('la');
	});

	it('the label layer reads them first, the global state of a crowded map otherwise', () => {
		const label = buildStyle({ basemap, cities, fontUrl: 'x', labels }).layers.find((l) => l.id === CITY_LABEL_LAYER) as { layout: Record<string, unknown> };
		expect(JSON.stringify(label.layout['text-anchor'])).toMatch(/^\["case",\["has","la"\],\["string",\["get","la"\]/);
		const source = buildStyle({ basemap, cities, fontUrl: 'x', labels }).sources['cities'] as { data: { features: { properties: Record<string, unknown> }[] } };
		expect(source.data.features[0]!.properties.la).toBe('left');
	});
});

describe('a crowded map re-placing its names has its tiles laid out once', () => {
	it('the names’ layout reads one global-state key (each key set lays every tile out again); hidden is paint', () => {
		const many = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, name: `City ${i}`, lat: i - 30, lon: 2 * i - 60 }));
		const label = buildStyle({ basemap, cities: many, fontUrl: 'x' }).layers.find((l) => l.id === CITY_LABEL_LAYER) as { layout: object; paint: object };
		const keys = (json: object) => [...new Set([...JSON.stringify(json).matchAll(/\["global-state","([^"]+)"\]/g)].map((m) => m[1]))];
		expect(keys(label.layout)).toEqual([LABEL_ANCHOR]);
		expect(keys(label.paint)).toContain(LABEL_HIDDEN);
	});
});
