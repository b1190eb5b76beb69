/**
 * The bench's baseline: a bare MapLibre page drawing the atlas's basemap (same TopoJSON, same style builder,
 * same label font, same city points and camera), with nothing else. The atlas's time to map idle is divided by
 * this page's, measured in the same run, so the ratio is what the app around the map costs.
 * The container size comes from the query (?w=&h=), set to the atlas's map area so both draw the same pixels.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import topologyUrl from '../../src/lib/map/countries-110m.slim.json?url';
import { toBasemap } from '../../src/lib/map/basemap';
import { buildStyle, type CityPoint } from '../../src/lib/map/style';

declare const __CITIES__: CityPoint[];

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || innerWidth}px`;
container.style.height = `${Number(params.get('h')) || innerHeight}px`;

const lons = __CITIES__.map((c) => c.lon);
const lats = __CITIES__.map((c) => c.lat);

setWorkerUrl(workerUrl);
const basemap = toBasemap(await (await fetch(topologyUrl)).json());
const map = new MapLibreMap({
	container,
	style: buildStyle({ basemap, cities: __CITIES__, fontUrl: new URL(fontUrl, location.href).href }),
	bounds: [
		[Math.min(...lons), Math.min(...lats)],
		[Math.max(...lons), Math.max(...lats)]
	],
	fitBoundsOptions: { padding: { top: 40, bottom: 40, left: 60, right: 120 } },
	attributionControl: false
});
map.once('idle', () => container.setAttribute('data-map-state', 'idle'));
