/**
 * The map's style as plain data: no tile server, no remote glyphs or sprites. Built by a pure function so
 * the unit tests can check every layer and source without a browser.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap';
import type { Scores } from '$lib/state/filter';
import { samePoint } from '$lib/state/scopePoint';
import { clusterCountProperties, cityKept, clusterKept, filterStateDefaults, maskProperties } from './filterExpressions';

export const CITY_SOURCE = 'cities';
export const CITY_LAYER = 'city-points';
export const CITY_LABEL_LAYER = 'city-labels';
export const COUNTRY_LAYER = 'country-fill';
export const CLUSTER_LAYER = 'city-clusters';
export const CLUSTER_COUNT_LAYER = 'city-cluster-counts';
/**
 * A clustered map's selected city, in a source of its own that never clusters, drawn above the clusters: the
 * city the panel shows is always on the map by itself, with its name, and the cluster it would be in counts it
 * no more (as on the SVG map: svgClusters.ts `apart`).
 */
export const SELECTED_SOURCE = 'selected-city';
export const SELECTED_LAYER = 'selected-point';
export const SELECTED_LABEL_LAYER = 'selected-label';
export { CLUSTER_FROM } from '$lib/data/crowding';
import { CLUSTER_FROM } from '$lib/data/crowding';
import { LABEL_SIZE } from './labelSize';
/** The name under which the bundled label font is declared in `font-faces` and used in `text-font`. */
export const LABEL_FONT = 'Atlas Sans SemiBold';

export interface CityPoint {
	id: string;
	name: string;
	lat: number;
	lon: number;
	/** The goal scores, which a clustered map dims by (see ./filterExpressions.ts). */
	goals?: Scores;
}

export { colours } from './palette';
import { colours } from './palette';

/**
 * The cities as GeoJSON. `kept` is 1 for a city kept and 0 for one dimmed by id (the presenter's cities not in
 * the deck): clusters add it up (`clusterProperties`), so a cluster can show how much of it is kept; single
 * cities use feature-state. Every city carries its goal masks, which a crowded map's goal filter dims by (in the
 * global state, whose default keeps every city: a map of single cities dims by feature-state instead).
 * `apart` is left out: the selected city, which a clustered map draws from a source of its own (`apartToGeoJSON`).
 */
export function citiesToGeoJSON(
	cities: readonly CityPoint[],
	dimmed: ReadonlySet<string> = new Set(),
	{ apart = null, labels }: { apart?: string | null; labels?: LabelPlacement } = {}
): FeatureCollection<Point, CityProperties> {
	return {
		type: 'FeatureCollection',
		features: (apart ? cities.filter((c) => c.id !== apart) : cities).map((c) => {
			const kept = dimmed.has(c.id) ? 0 : 1;
			if (!labels?.anchors[c.id]) return cityFeature(c, kept);
			return {
				type: 'Feature',
				properties: { ...cityProperties(c, kept), la: labels.anchors[c.id], lo: labels.offsets[c.id], lh: labels.hidden[c.id] === true },
				geometry: { type: 'Point', coordinates: [c.lon, c.lat] }
			};
		})
	};
}

type CityProperties = { id: string; name: string; kept: 0 | 1 } & Record<string, unknown>;
type CityFeature = Feature<Point, CityProperties>;

const cityProperties = (c: CityPoint, kept: 0 | 1): CityProperties => ({ id: c.id, name: c.name, kept, ...maskProperties(c.goals) });

/**
 * Each city's feature without a name's place, kept and left out, made once while the city stays the same: every
 * filter change, year's step and scope sends every city again (as new points, with the same places and scores),
 * and making 10,000 features anew was 4 ms of a scope switch (traced). Shared by every send and every map, so
 * never changed once made (./packedData.ts keeps each one's text too).
 */
const features = new Map<string, { city: CityPoint; kept: [CityFeature | undefined, CityFeature | undefined] }>();
function cityFeature(c: CityPoint, kept: 0 | 1): CityFeature {
	let entry = features.get(c.id);
	if (!entry || !samePoint(entry.city, c)) features.set(c.id, (entry = { city: c, kept: [undefined, undefined] }));
	return (entry.kept[kept] ??= { type: 'Feature', properties: cityProperties(c, kept), geometry: { type: 'Point', coordinates: [c.lon, c.lat] } });
}

/** Where each city's name goes, by id: its anchor, its offset in ems, and whether it is hidden (see liveLabels.ts). */
export interface LabelPlacement {
	anchors: Record<string, string>;
	offsets: Record<string, [number, number]>;
	hidden: Record<string, boolean>;
}

/** The selected city of a clustered map, for SELECTED_SOURCE: the city alone, or nothing. */
export function apartToGeoJSON(city: CityPoint | undefined, dimmed: ReadonlySet<string> = new Set()) {
	return citiesToGeoJSON(city ? [city] : [], dimmed);
}

/** True when a feature-state flag is set; feature-state starts out unset, hence the coalesce. */
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export interface StyleInput {
	basemap: Basemap;
	cities: readonly CityPoint[];
	/** Absolute URL of the bundled label font (MapLibre hands it to the CSS Font Loading API). */
	fontUrl: string;
	/** The labels' font size in pixels (the deck's grow with the slide). */
	labelSize?: number;
	/** The selected city's id: a clustered map draws it apart (SELECTED_SOURCE). */
	selected?: string | null;
	/** Ids of the cities dimmed by id (the data's `kept`). */
	dimmed?: ReadonlySet<string>;
	/** Where the names go, on a map of single cities (see LABEL_ANCHOR). */
	labels?: LabelPlacement;
}

/**
 * The global-state keys holding where each city's name goes, by city id (see labelPlacement.ts, applied by
 * liveLabels.ts): MapLibre's own collision ignores the circles and its variable anchors put a name on the far
 * side of a neighbour (Cork's beside Swansea's dot), so the atlas places every name itself and MapLibre draws
 * each at the anchor it is given. On a crowded (clustered) map: global state, not the source's data, so a change
 * re-lays out the labels' tiles without clustering every city in the worker again (a crowded map has thousands).
 * On a map of single cities (fewer than CLUSTER_FROM) the placement is in the data instead, as `la` (anchor),
 * `lo` (offset) and `lh` (hidden): new cities and their names then reach the worker in one message and its tiles
 * are laid out once. Set as global state, each of the three keys had the old tiles laid out again before the new
 * data's turn came, and a filter change laid every tile out three times.
 */
/** By city id, [anchor, dx, dy]: the `text-anchor` and the `text-offset` in ems, the two layout values in one key. */
export const LABEL_ANCHOR = 'label-anchor';
/** Ids of the cities whose name fits nowhere: drawn only while hovered or selected. */
export const LABEL_HIDDEN = 'label-hidden';

const byCity = (key: string): ExpressionSpecification => ['get', ['get', 'id'], ['global-state', key]];
/**
 * A crowded map's name's place, as [anchor, dx, dy] (offset in ems) in one key: anchor and offset are both layout,
 * and each key set had every tile laid out again.
 */
const globalPlace: ExpressionSpecification = ['array', ['coalesce', byCity(LABEL_ANCHOR), ['literal', ['left', 0, 0]]]];
/** A city whose name's place came with the data (a map of single cities). */
const placedInData: ExpressionSpecification = ['has', 'la'];
/** Until placed (a city just come into view), a name is hidden. */
const labelHidden: ExpressionSpecification = [
	'case',
	placedInData,
	['boolean', ['get', 'lh'], false],
	['any', ['!', ['has', ['get', 'id'], ['global-state', LABEL_ANCHOR]]], ['boolean', byCity(LABEL_HIDDEN), false]]
];
const shown: ExpressionSpecification = ['any', state('selected'), state('hover')];

export function labelStateDefaults(): Record<string, { default: unknown }> {
	return { [LABEL_ANCHOR]: { default: {} }, [LABEL_HIDDEN]: { default: {} } };
}

/** Only single cities, never clusters (clustered sources mark clusters with `point_count`). */
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

export function buildStyle({ basemap, cities, fontUrl, labelSize = LABEL_SIZE, selected = null, dimmed, labels }: StyleInput): StyleSpecification {
	const cluster = cities.length >= CLUSTER_FROM;
	const apart = cluster ? selected : null;
	const style: StyleSpecification = {
		version: 8,
		name: 'Learning Cities Atlas',
		state: { ...labelStateDefaults(), ...filterStateDefaults() },
		// No `glyphs`: MapLibre >= 5.11 rasterises labels locally, here from the bundled font below.
		'font-faces': { [LABEL_FONT]: fontUrl },
		sources: {
			countries: { type: 'geojson', data: basemap.countries },
			borders: { type: 'geojson', data: basemap.borders },
			[CITY_SOURCE]: {
				type: 'geojson',
				data: citiesToGeoJSON(cities, dimmed, { apart, labels: cluster ? undefined : labels }),
				promoteId: 'id',
				// One source for both: a crowded map clusters it, a map of single cities does not. Crossing
				// CLUSTER_FROM turns its clustering on or off with the new data (maplibre.ts `setClustering`), so the
				// source, its layers and their state stay, and the new cities are drawn in one frame as any others.
				cluster,
				clusterRadius: 36,
				clusterMaxZoom: 7,
				clusterProperties: { kept: ['+', ['get', 'kept']], ...clusterCountProperties() }
			}
		},
		layers: [
			{ id: 'ocean', type: 'background', paint: { 'background-color': colours.ocean } },
			{ id: COUNTRY_LAYER, type: 'fill', source: 'countries', paint: { 'fill-color': colours.land } },
			{
				id: 'country-borders',
				type: 'line',
				source: 'borders',
				paint: { 'line-color': colours.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2] }
			},
			{
				id: CITY_LAYER,
				type: 'circle',
				source: CITY_SOURCE,
				filter: notCluster,
				paint: {
					'circle-radius': ['case', state('selected'), 10, state('hover'), 9, 7],
					'circle-color': ['case', state('selected'), colours.selected, colours.city],
					// Selected but left out by the filter: still whole, ringed in the left-out grey instead of white.
					'circle-stroke-color': ['case', ['all', state('selected'), state('dimmed')], colours.leftOut, colours.halo],
					'circle-stroke-width': ['case', state('selected'), 3, 2],
					'circle-opacity': dimmable(1, 0.3),
					'circle-stroke-opacity': dimmable(1, 0.3)
				}
			},
			{
				id: CITY_LABEL_LAYER,
				type: 'symbol',
				source: CITY_SOURCE,
				filter: notCluster,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': labelSize,
					// Placed by the atlas (see LABEL_ANCHOR): MapLibre draws each name where it is told.
					'text-anchor': ['case', placedInData, ['string', ['get', 'la'], 'left'], ['string', ['at', 0, globalPlace], 'left']],
					'text-offset': [
						'case',
						placedInData,
						['array', 'number', 2, ['get', 'lo']],
						['array', 'number', 2, ['slice', globalPlace, 1]]
					],
					'text-allow-overlap': true,
					'text-ignore-placement': true,
					'text-padding': 0
				},
				paint: {
					'text-color': ['case', state('selected'), colours.selectedLabel, colours.label],
					'text-halo-color': colours.halo,
					'text-halo-width': 2,
					'text-opacity': labelOpacity(dimmable(1, 0.45))
				}
			}
		]
	};
	addClusters(style, apartToGeoJSON(cities.find((c) => c.id === apart), dimmed));
	return style;
}

/** A name's opacity: whole when its city is selected or hovered, none when placed nowhere, else by dimming. */
function labelOpacity(otherwise: ExpressionSpecification): ExpressionSpecification {
	return ['case', shown, 1, labelHidden, 0, otherwise];
}

/**
 * Dimmed by id (feature-state) or, on a clustered map, by the goal filter (global state): one opacity for each.
 * The selected city is never dimmed: the selection always reads as selected.
 */
const dimmable = (kept: number, dimmed: number): ExpressionSpecification => [
	'case',
	state('selected'),
	kept,
	state('dimmed'),
	dimmed,
	cityKept,
	kept,
	dimmed
];

/**
 * Cluster circles sized by how many cities they hold, with the count, under the single cities' layers; and the
 * selected city (`apart`) above them all, from its own source. On every map: a map of single cities has no
 * clusters to draw and nothing apart (its selected city is drawn among the others).
 */
function addClusters(style: StyleSpecification, apart: FeatureCollection) {
	const at = style.layers.findIndex((l) => l.id === CITY_LAYER);
	style.layers.splice(
		at,
		0,
		{
			id: CLUSTER_LAYER,
			type: 'circle',
			source: CITY_SOURCE,
			filter: ['has', 'point_count'],
			paint: {
				'circle-color': colours.city,
				// Faded by the share of its cities the filter dims: a cluster of dimmed cities looks like a dimmed city.
				'circle-opacity': ['interpolate', ['linear'], ['/', ['min', ['get', 'kept'], clusterKept], ['get', 'point_count']], 0, 0.3, 1, 0.85],
				'circle-radius': ['step', ['get', 'point_count'], 12, 10, 15, 100, 19, 1000, 24],
				'circle-stroke-color': colours.halo,
				'circle-stroke-width': 2
			}
		},
		{
			id: CLUSTER_COUNT_LAYER,
			type: 'symbol',
			source: CITY_SOURCE,
			filter: ['has', 'point_count'],
			layout: {
				'text-field': ['get', 'point_count_abbreviated'],
				'text-font': [LABEL_FONT],
				'text-size': 12,
				'text-allow-overlap': true
			},
			paint: { 'text-color': colours.halo }
		}
	);
	addApart(style, apart);
}

/** Left out by id (its `kept`) or by the goal filter in the global state: the selected dot's ring says so. */
const leftOut: ExpressionSpecification = ['any', ['==', ['get', 'kept'], 0], ['!', cityKept]];

/** The selected city's dot and name, drawn like a selected single city (CITY_LAYER's and CITY_LABEL_LAYER's). */
function addApart(style: StyleSpecification, data: FeatureCollection) {
	style.sources[SELECTED_SOURCE] = { type: 'geojson', data, promoteId: 'id' };
	const label = style.layers.find((l) => l.id === CITY_LABEL_LAYER);
	if (label?.type !== 'symbol') return;
	style.layers.push(
		{
			id: SELECTED_LAYER,
			type: 'circle',
			source: SELECTED_SOURCE,
			paint: {
				'circle-radius': 10,
				'circle-color': colours.selected,
				'circle-stroke-color': ['case', leftOut, colours.leftOut, colours.halo],
				'circle-stroke-width': 3
			}
		},
		{
			id: SELECTED_LABEL_LAYER,
			type: 'symbol',
			source: SELECTED_SOURCE,
			layout: label.layout,
			paint: { ...label.paint, 'text-color': colours.selectedLabel, 'text-opacity': 1 }
		}
	);
}
