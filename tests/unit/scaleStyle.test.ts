import { describe, expect, it } from 'vitest';
import type { Basemap } from '../../src/lib/map/basemap';
import {
	buildStyle,
	citiesToGeoJSON,
	CITY_LABEL_LAYER,
	CITY_LAYER,
	CITY_SOURCE,
	CLUSTER_FROM,
	CLUSTER_LAYER,
	SELECTED_LABEL_LAYER,
	SELECTED_LAYER,
	SELECTED_SOURCE
} from '../../src/lib/map/style';
import { countProperty, KEPT_MASKS, KEPT_MIN } from '../../src/lib/map/filterExpressions';

const basemap: Basemap = {
	countries: { type: 'FeatureCollection', features: [] },
	borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } }
};
const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `City ${i}`, lat: (i % 120) - 60, lon: (i % 340) - 170 }));
const style = (n: number) => buildStyle({ basemap, cities: many(n), fontUrl: 'http://localhost/font.woff2' });
const layer = (s: ReturnType<typeof style>, id: string) => s.layers.find((l) => l.id === id) as { filter?: unknown } | undefined;

describe('map style at scale', () => {
	it('keeps every one of the twelve cities as its own dot: no clusters', () => {
		const s = style(12);
		expect((s.sources[CITY_SOURCE] as { cluster?: boolean }).cluster).toBe(false);
		expect((s.sources[CITY_SOURCE] as { data: { features: unknown[] } }).data.features).toHaveLength(12);
	});

	it('has the same sources and layers clustered or not: crossing the threshold only turns the clustering on or off', () => {
		const [few, crowd] = [style(12), style(CLUSTER_FROM)];
		expect(few.layers.map((l) => l.id)).toEqual(crowd.layers.map((l) => l.id));
		expect(Object.keys(few.sources)).toEqual(Object.keys(crowd.sources));
		const options = (s: ReturnType<typeof style>) => {
			const { data: _, cluster: __, ...rest } = s.sources[CITY_SOURCE] as { data: unknown; cluster: boolean };
			return rest;
		};
		expect(options(few)).toEqual(options(crowd));
		expect(JSON.stringify(few.layers)).toEqual(JSON.stringify(crowd.layers));
	});

	it('clusters a network-sized set, and draws single cities and their labels only outside clusters', () => {
		const s = style(CLUSTER_FROM);
		expect((s.sources[CITY_SOURCE] as { cluster?: boolean }).cluster).toBe(true);
		expect(layer(s, CLUSTER_LAYER)!.filter).toEqual(['has', 'point_count']);
		for (const id of [CITY_LAYER, CITY_LABEL_LAYER]) expect(layer(s, id)!.filter).toEqual(['!', ['has', 'point_count']]);
		// Clusters sit under the single cities, so a selected city is never hidden by a cluster.
		const ids = s.layers.map((l) => l.id);
		expect(ids.indexOf(CLUSTER_LAYER)).toBeLessThan(ids.indexOf(CITY_LAYER));
	});

	it('lets clusters show the filter: each city carries kept 1 or 0, clusters add it up and fade by the dimmed share', () => {
		const cities = many(CLUSTER_FROM);
		const dimmed = new Set(cities.slice(0, 10).map((c) => c.id));
		const kept = citiesToGeoJSON(cities, dimmed).features.map((f) => f.properties.kept);
		expect(kept.filter((k) => k === 0)).toHaveLength(10);
		expect(kept.filter((k) => k === 1)).toHaveLength(CLUSTER_FROM - 10);
		const s = style(CLUSTER_FROM);
		expect((s.sources[CITY_SOURCE] as { clusterProperties?: unknown }).clusterProperties).toMatchObject({ kept: ['+', ['get', 'kept']] });
		const paint = (s.layers.find((l) => l.id === CLUSTER_LAYER) as { paint: Record<string, unknown> }).paint;
		expect(JSON.stringify(paint['circle-opacity'])).toContain('"kept"');
	});

	it('dims a crowded map by the goal filter in global state: cities carry their goal masks, clusters count them', () => {
		const cities = many(CLUSTER_FROM).map((c) => ({ ...c, goals: { 'social-cohesion': { score: 2 } } }));
		const s = buildStyle({ basemap, cities, fontUrl: 'http://localhost/font.woff2' });
		expect(citiesToGeoJSON(cities).features[0]!.properties).toMatchObject({ m1: 0b10, m2: 0b10, m3: 0 });
		expect(Object.keys(s.state ?? {})).toEqual(expect.arrayContaining([KEPT_MASKS, KEPT_MIN]));
		const clusterProperties = (s.sources[CITY_SOURCE] as { clusterProperties: Record<string, unknown> }).clusterProperties;
		expect(Object.keys(clusterProperties)).toContain(countProperty(2, 0b10));
		const paint = (id: string) => JSON.stringify((s.layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint);
		for (const id of [CITY_LAYER, CITY_LABEL_LAYER, CLUSTER_LAYER]) expect(paint(id)).toContain(`["global-state","${KEPT_MASKS}"]`);
		// The twelve carry their masks too, and the filter's default state keeps every mask (they dim by feature-state).
		expect(citiesToGeoJSON(cities.slice(0, 12)).features[0]!.properties).toMatchObject({ m1: 0b10 });
		expect(s.state?.[KEPT_MASKS]?.default).toContain(0b10);
	});

	it('draws a crowded map\'s selected city apart: out of the clustered source, in one of its own, above the clusters', () => {
		const cities = many(CLUSTER_FROM);
		const s = buildStyle({ basemap, cities, fontUrl: 'http://localhost/font.woff2', selected: 'c7', dimmed: new Set(['c7']) });
		const data = (id: string) => (s.sources[id] as unknown as { data: ReturnType<typeof citiesToGeoJSON> }).data.features.map((f) => f.properties);
		expect(data(CITY_SOURCE)).toHaveLength(CLUSTER_FROM - 1);
		expect(data(CITY_SOURCE).map((p) => p.id)).not.toContain('c7');
		// The selected city keeps what its ring needs to say "left out": kept 0, and its goal masks.
		expect(data(SELECTED_SOURCE)).toEqual([expect.objectContaining({ id: 'c7', name: 'City 7', kept: 0, m1: 0 })]);
		expect((s.sources[SELECTED_SOURCE] as { cluster?: boolean }).cluster).toBeUndefined();
		const ids = s.layers.map((l) => l.id);
		expect(ids.slice(-2)).toEqual([SELECTED_LAYER, SELECTED_LABEL_LAYER]);
		// None selected: every city clusters, and the selection's source is empty.
		const none = style(CLUSTER_FROM);
		expect((none.sources[CITY_SOURCE] as { data: { features: unknown[] } }).data.features).toHaveLength(CLUSTER_FROM);
		expect((none.sources[SELECTED_SOURCE] as { data: { features: unknown[] } }).data.features).toHaveLength(0);
		// The twelve never cluster: the selection stays among them, and its own source is empty.
		const twelve = buildStyle({ basemap, cities: many(12), fontUrl: 'http://localhost/font.woff2', selected: 'c3' });
		expect((twelve.sources[CITY_SOURCE] as { data: { features: unknown[] } }).data.features).toHaveLength(12);
		expect((twelve.sources[SELECTED_SOURCE] as { data: { features: unknown[] } }).data.features).toHaveLength(0);
	});
});
