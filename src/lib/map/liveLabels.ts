/**
 * The MapLibre map's names, placed by the same rule as the SVG maps' (labelPlacement.ts) on the points as
 * MapLibre projects them, and handed to the style as one anchor per city (see LABEL_ANCHOR in style.ts): as
 * global state on a crowded map, in the cities' data on a map of single cities (maplibre.ts sends it).
 * Re-placed whenever the camera settles, the size changes or the selection moves: at twelve cities that is
 * well under a millisecond, and a crowded map places only the single cities in view.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelAnchor, labelWidth, placeLabels, shownSide, type Box, type LabelInput, type Obstacle } from './labelPlacement';
import { mapCovers } from './reserve';
import { CLUSTER_LAYER, CITY_LAYER, LABEL_ANCHOR, LABEL_HIDDEN, SELECTED_LAYER, type CityPoint, type LabelPlacement } from './style';
import { clusterRadius } from './svgClusters';

export interface LabelView {
	size: number;
	selected: string | null;
}

/**
 * The map's size and the boxes of its corner buttons as last read, per map. Reading them lays the page out, and
 * in the middle of the update a filter makes (the list and the count line just changed) that forced layout was
 * 0.8 ms of each change (traced). A placement for new cities reuses them: they change only when the map
 * resizes, and every settled camera, idle map and resize reads them again.
 */
const lastLayout = new WeakMap<MapLibreMap, { width: number; height: number; covered: Box[] }>();

/**
 * Where every name of the cities in view goes, at the camera as it is now; with `midUpdate`, from the map's
 * layout as last read (above), without reading the page's.
 */
export function livePlacement(
	map: MapLibreMap,
	cities: ReadonlyMap<string, CityPoint>,
	clustered: boolean,
	{ size, selected }: LabelView,
	{ midUpdate = false } = {}
): LabelPlacement {
	let layout = midUpdate ? lastLayout.get(map) : undefined;
	if (!layout) {
		const container = map.getContainer();
		layout = { width: container.clientWidth, height: container.clientHeight, covered: mapCovers(container) };
		lastLayout.set(map, layout);
	}
	const { width, height, covered } = layout;
	const points: LabelInput[] = [];
	const obstacles: Obstacle[] = [];
	const add = (city: CityPoint) => {
		const { x, y } = map.project([city.lon, city.lat]);
		points.push({ id: city.id, x, y, width: labelWidth(city.name, size) });
	};
	if (clustered) {
		// Only what is drawn: the single cities in view (the selected one apart), and the clusters as discs no
		// name may cover.
		const dots = [SELECTED_LAYER, CITY_LAYER].filter((id) => map.getLayer(id));
		for (const feature of map.queryRenderedFeatures({ layers: dots })) {
			const city = cities.get(String(feature.properties.id));
			if (city) add(city);
		}
		for (const feature of map.queryRenderedFeatures({ layers: [CLUSTER_LAYER] })) {
			if (feature.geometry.type !== 'Point') continue;
			const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
			obstacles.push({ x, y, r: clusterRadius(Number(feature.properties.point_count)) });
		}
	} else {
		for (const city of cities.values()) add(city);
	}
	const sides = placeLabels(points, width, height, obstacles, { size, first: selected, covered });
	const placement: LabelPlacement = { anchors: {}, offsets: {}, hidden: {} };
	for (const point of points) {
		const placed = sides.get(point.id);
		// A hidden name still gets a side, inside the map, for when its city is hovered or selected.
		const side = placed && placed !== 'hidden' ? placed : shownSide(point, width, height, size);
		const { anchor, dx, dy } = labelAnchor(side, size);
		placement.anchors[point.id] = anchor;
		placement.offsets[point.id] = [dx / size, dy / size];
		if (placed === 'hidden') placement.hidden[point.id] = true;
	}
	return placement;
}

/** A crowded map's names, placed as global state (see LABEL_ANCHOR in style.ts). */
export function placeLiveLabels(map: MapLibreMap, cities: ReadonlyMap<string, CityPoint>, view: LabelView): void {
	const { anchors, offsets, hidden } = livePlacement(map, cities, true, view);
	// Only a change goes to the style: setting the global state, even to equal values, makes MapLibre redraw, and
	// the map places its names again on every `idle`. Set each time, the map never came to rest: it drew about 50
	// frames a second while nothing moved, and every input then shared the main thread with them.
	const placement = JSON.stringify([anchors, offsets, hidden]);
	if (placed.get(map) === placement) return;
	placed.set(map, placement);
	// Anchor and offset together, in one key: each layout key set lays every tile out again (hidden is paint).
	const places: Record<string, [string, number, number]> = {};
	for (const [id, anchor] of Object.entries(anchors)) places[id] = [anchor, ...(offsets[id] ?? [0, 0])];
	map.setGlobalStateProperty(LABEL_ANCHOR, places);
	map.setGlobalStateProperty(LABEL_HIDDEN, hidden);
}

/** What each map's names were last given, as placeLiveLabels serialises it. */
const placed = new WeakMap<MapLibreMap, string>();

/** The next placement goes to the style whatever it is (a style rebuilt after a lost context starts afresh). */
export function forgetLiveLabels(map: MapLibreMap): void {
	placed.delete(map);
}
