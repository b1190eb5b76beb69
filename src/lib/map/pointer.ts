/**
 * What the pointer does on the MapLibre map: a city's dot selects it and shows it hovered, a cluster zooms in
 * until it splits. Part of the imperative island (maplibre.ts), in a file of its own.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { CITY_LAYER, CITY_SOURCE, CLUSTER_LAYER, SELECTED_LAYER } from './style';

/**
 * The layers a city's dot is drawn in, top first: the selected city's own (only a clustered map has it;
 * MapLibre leaves out a layer its style does not have), then every other city's.
 */
const DOTS = [SELECTED_LAYER, CITY_LAYER];

const cityAt = (features: MapGeoJSONFeature[] | undefined) => features?.[0]?.properties?.id as string | undefined;

export function handlePointer(map: MapLibreMap, { onSelect, onHover }: { onSelect: (id: string) => void; onHover: (id: string | null) => void }): void {
	map.on('click', DOTS, (event) => {
		const id = cityAt(event.features);
		if (id) onSelect(id);
	});
	map.on('mousemove', DOTS, (event) => {
		map.getCanvas().style.cursor = 'pointer';
		onHover(cityAt(event.features) ?? null);
	});
	map.on('mouseleave', DOTS, () => {
		map.getCanvas().style.cursor = '';
		onHover(null);
	});
	// A crowded atlas (see CLUSTER_FROM in style.ts): a click on a cluster zooms in until it splits; not a click
	// on a dot drawn over it (the selected city, apart from the clusters, can sit on one).
	map.on('click', CLUSTER_LAYER, async (event) => {
		const feature = event.features?.[0];
		const source = map.getSource<GeoJSONSource>(CITY_SOURCE);
		if (!feature || !source || feature.geometry.type !== 'Point' || onDot(map, event)) return;
		const zoom = await source.getClusterExpansionZoom(feature.properties.cluster_id as number);
		map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
	});
}

function onDot(map: MapLibreMap, event: MapMouseEvent): boolean {
	const layers = DOTS.filter((id) => map.getLayer(id));
	return layers.length > 0 && map.queryRenderedFeatures(event.point, { layers }).length > 0;
}
