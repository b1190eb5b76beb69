/**
 * The one imperative island: the MapLibre map, created once per page, and the few calls the rest of the
 * atlas makes on it. Every MapLibre quirk the atlas works around lives here, each with its reason.
 * Loaded with a dynamic import() in the browser only, so maplibre-gl stays out of first paint and SSR.
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
// MapLibre's stylesheet, cut at build time to the rules for what the atlas shows (see maplibreCss.ts: about
// 1 kB gzip of its 10).
import 'maplibre-gl/dist/maplibre-gl.css';
// After bundling, MapLibre 6 looks for its worker next to a chunk that no longer exists ("Worker failed
// to load"); point it at the worker file Vite emits instead.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// The label font ships in the build: a style with no `glyphs` URL and a `font-faces` entry makes MapLibre
// draw labels locally with this file, so no glyph server is ever asked.
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { toBasemap } from './basemap';
import { loadTopology } from './basemapFile';
import { m } from '$lib/paraglide/messages';
import { filterState } from './filterExpressions';
import { LABEL_SIZE } from './labelSize';
import { frameHold } from './holdFrames';
import { forgetLiveLabels, livePlacement, placeLiveLabels } from './liveLabels';
import { handlePointer } from './pointer';
import { isPacking, sendData, sentData, startPacking } from './packedData';
import { citiesBounds, liveCamera, worldCamera, worldPadding } from './liveCamera';
import { COVERS_CHANGE } from './reserve';
import type { MapRenderer, Motion } from './renderer';
import { DEFAULT_FILTER, goalMask, keptMasks, type GoalFilter } from '$lib/state/filter';
import {
	apartToGeoJSON,
	buildStyle,
	citiesToGeoJSON,
	CITY_LABEL_LAYER,
	CITY_SOURCE,
	CLUSTER_FROM,
	SELECTED_LABEL_LAYER,
	SELECTED_SOURCE,
	type CityPoint
} from './style';

export interface AtlasMapOptions {
	cities: readonly CityPoint[];
	/** The cities the world view frames, if not those drawn (see MapRenderer.setCities). */
	frame?: readonly CityPoint[];
	onSelect: (id: string) => void;
	onHover: (id: string | null) => void;
	onIdle: () => void;
	/** The GPU took the WebGL context away (driver reset, too many contexts): time for the SVG map. */
	onContextLost: () => void;
	/** The labels' font size in pixels (LABEL_SIZE unless the deck scales it). */
	labelSize?: number;
	/** MapLibre's own credit on the map (default true); false where the page credits the map under it. */
	attribution?: boolean;
}

export interface AtlasMap extends MapRenderer {
	readonly kind: 'webgl';
	readonly map: MapLibreMap;
	/** For tests and tools: whether a city is drawn dimmed (once the city source has loaded), by id or by filter. */
	isDimmed(id: string): boolean;
	/** For tests and tools: the city source's data as last sent (the source may hold it packed, see packedData.ts). */
	sentCities(): FeatureCollection | undefined;
	/** For tests and tools: whether the cities now go to the workers as text (packedData.ts). */
	packing(): boolean;
}

/**
 * Starts what every map needs before one is created: MapLibre's workers (they load and compile a large script).
 * Called as soon as this module is loaded, so the workers start while the page is still
 * busy setting up; a map created later finds them ready.
 */
export function warmUp(): void {
	setWorkerUrl(workerUrl);
	prewarm();
}

/**
 * A touch screen is the primary pointer (a phone, a tablet): there the map is as wide as the page, and a one-finger
 * drag over it must scroll the page, so the map pans and zooms with two fingers (MapLibre's cooperative gestures).
 * Only there: with a mouse, MapLibre's cooperative mode would also make wheel zoom wait for Ctrl/⌘, and a desktop
 * reader expects the wheel over a map to zoom it.
 */
const coarsePointer = () => matchMedia('(pointer: coarse)');

export async function createAtlasMap(container: HTMLElement, options: AtlasMapOptions): Promise<AtlasMap> {
	warmUp();
	const topology = await loadTopology();
	const basemap = toBasemap(topology);
	/** What the map draws now: the scope's cities, changed by `setCities` (a scope, a filter, a year). */
	let points = options.cities;
	/** The cities the world view frames: the drawn ones, or those of every year while a year thins them. */
	let framed = options.frame ?? points;
	let cities = new Map(points.map((c) => [c.id, c]));
	let clustered = points.length >= CLUSTER_FROM;
	const absoluteFontUrl = new URL(fontUrl, location.href).href;
	let labelSize = options.labelSize ?? LABEL_SIZE;
	const style = buildStyle({ basemap, cities: points, fontUrl: absoluteFontUrl, labelSize });
	const map = new MapLibreMap({
		container,
		style,
		bounds: citiesBounds(framed),
		fitBoundsOptions: { padding: worldPadding(container, framed) },
		// Below zoom 0, so a phone's narrow map still fits every city (zoom 0 is 512px of world, wider than 390).
		minZoom: -1,
		maxZoom: 8,
		// One world: a second copy drew a stray half of Mexico City's name at the right edge.
		renderWorldCopies: false,
		// Names are placed by the atlas, not faded in by MapLibre's collision: a re-placed name moves at once.
		fadeDuration: 0,
		attributionControl: options.attribution === false ? false : { compact: true, customAttribution: m.map_credit() },
		// Resized by the atlas only when the size in whole pixels changes (see `followSize` below).
		trackResize: false,
		// Rotation and pitch only confuse a flat world map.
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// Needed so the canvas can be exported as an image.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		cooperativeGestures: coarsePointer().matches,
		// MapLibre's control labels and the hints it shows when a gesture is left to the page (see `coarsePointer`),
		// in the page's language: here, not in the map view, so the first view carries none of their text.
		locale: {
			'AttributionControl.ToggleAttribution': m.map_toggle_attribution(),
			'CooperativeGesturesHandler.MobileHelpText': m.mapctl_two_fingers(),
			'CooperativeGesturesHandler.WindowsHelpText': m.mapctl_ctrl_scroll(),
			'CooperativeGesturesHandler.MacHelpText': m.mapctl_cmd_scroll()
		}
	});
	/**
	 * MapLibre's own resize tracking resizes the canvas and redraws the map synchronously whenever the container's
	 * box changes, by any fraction of a pixel, though it sizes the canvas in whole pixels. In the atlas the map's
	 * row moved by 1/32 px on every filter change (text of other rows reflowing), so each change reallocated the
	 * canvas and drew the map twice. Only a change in whole pixels resizes it here.
	 */
	const size = () => [Math.floor(container.clientWidth), Math.floor(container.clientHeight)].join('x');
	let drawnSize = size();
	const followSize = new ResizeObserver(() => {
		if (size() === drawnSize) return;
		drawnSize = size();
		map.resize();
		map.redraw();
	});
	followSize.observe(container);
	const pointer = coarsePointer();
	const onPointerChange = () => (pointer.matches ? map.cooperativeGestures.enable() : map.cooperativeGestures.disable());
	pointer.addEventListener('change', onPointerChange);
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.getCanvas().setAttribute('aria-label', m.map_canvas_label());
	// With one world copy MapLibre never lets the world get smaller than the map (its 512px square at zoom 0 must
	// cover the canvas both ways), whatever minZoom says; make that floor the minimum, so "Zoom out" is disabled
	// exactly where zooming out stops doing anything.
	const fitMinZoom = () =>
		map.setMinZoom(Math.max(-1, Math.log2(Math.max(container.clientWidth, container.clientHeight) / 512)));
	fitMinZoom();
	// The constructor fitted the cities with no such floor; held at it, they are framed as the camera frames them.
	const start = worldCamera(map, citiesBounds(framed), worldPadding(container, framed));
	if (start && start.zoom === map.getMinZoom()) map.jumpTo(start);

	let selected: string | null = null;
	/** The city last asked for, drawn selected once it is among the cities (a link's member, before the network loads). */
	let wanted: string | null = null;
	let hovered: string | null = null;
	let dimmed = new Set<string>();
	/** Set once the map is removed: a refit queued before then does nothing. */
	let removed = false;
	/** The goal filter a clustered map dims by, through global state, and the masks it keeps; null when by id. */
	let dimmedBy: { filter: GoalFilter; kept: ReadonlySet<number> } | null = null;
	const setState = (id: string, state: Record<string, boolean>) =>
		map.setFeatureState({ source: CITY_SOURCE, id }, state);

	/**
	 * A clustered map's data: the cities but the selected one, and the selected one alone (style.ts
	 * SELECTED_SOURCE). The whole set, not a diff (`updateData`): the clusters are made greedily in the data's
	 * order, and a city put back at the end would leave the world view grouped otherwise than before.
	 */
	function sendCities() {
		sendData(map.getSource<GeoJSONSource>(CITY_SOURCE), citiesToGeoJSON(points, dimmed, { apart: selected }));
		sendApart(selected ? cities.get(selected) : undefined);
	}
	/**
	 * What SELECTED_SOURCE holds: the selected city (the object sent) and whether it is dimmed. The style starts
	 * with none (no city is selected before the map is made).
	 */
	let sentApart: { city: CityPoint | undefined; dim: boolean } = { city: undefined, dim: false };
	/**
	 * Sends the city drawn apart, when that changed: sent again unchanged, its source would be laid out anew in
	 * the worker and its tiles reloaded, work on every filter change of a map where nothing is selected.
	 */
	function sendApart(city: CityPoint | undefined) {
		const dim = !!city && dimmed.has(city.id);
		if (city === sentApart.city && dim === sentApart.dim) return;
		sentApart = { city, dim };
		map.getSource<GeoJSONSource>(SELECTED_SOURCE)?.setData(apartToGeoJSON(city, dimmed));
	}

	/** Marks `id` selected (null: none) when it is among the cities; true when that changed what is selected. */
	function mark(id: string | null): boolean {
		const was = selected;
		if (selected && selected !== id) setState(selected, { selected: false });
		selected = id && cities.has(id) ? id : null;
		if (selected) setState(selected, { selected: true });
		return selected !== was;
	}

	/** City by city: feature-state for single cities, and the data's `kept` for clusters to add up. */
	function dimByIds(ids: ReadonlySet<string>) {
		for (const id of cities.keys()) {
			const dim = ids.has(id);
			if (dim !== dimmed.has(id)) setState(id, { dimmed: dim });
		}
		dimmed = new Set(ids);
		// Clusters have no feature-state of their own: they add up each city's `kept`, which lives in the data.
		if (clustered) sendCities();
	}
	/**
	 * By the goal filter, on a clustered map: two global-state values, so the main thread's work does not grow
	 * with the number of cities; MapLibre's worker re-evaluates the paint (./filterExpressions.ts).
	 */
	function dimByFilter(filter: GoalFilter | null) {
		// Only a change: each value set makes MapLibre evaluate the paint of every layer reading it again, about
		// 3 ms on the main thread, and the atlas hands the filter over with every new set of cities.
		for (const [key, value] of Object.entries(filterState(filter ?? DEFAULT_FILTER))) {
			const json = JSON.stringify(value);
			if (sentState.get(key) === json) continue;
			sentState.set(key, json);
			map.setGlobalStateProperty(key, value);
		}
		dimmedBy = filter && { filter, kept: new Set(keptMasks(filter)) };
	}
	/** The goal filter's global state as last set (serialised), by key; the style starts with no filter. */
	const sentState = new Map(Object.entries(filterState(DEFAULT_FILTER)).map(([key, value]) => [key, JSON.stringify(value)]));

	/**
	 * Turns the cities' source's clustering on or off, for the data sent next (crossing CLUSTER_FROM). Written
	 * on the options that data's update carries to the worker, which builds its index from them:
	 * `setClusterOptions` would queue a worker pass of its own first, grouping the old cities anew, and their
	 * tiles would be laid out and drawn once before the new ones. Where that field is gone (another MapLibre
	 * version), `setClusterOptions` does it, at that cost.
	 */
	function setClustering(on: boolean) {
		const source = map.getSource<GeoJSONSource>(CITY_SOURCE);
		const options = source?.workerOptions?.geojsonVtOptions;
		if (options && 'cluster' in options) options.cluster = on;
		else void source?.setClusterOptions({ cluster: on });
	}

	const labelView = () => ({ size: labelSize, selected });
	/** Where the names of a map of single cities go, as its data now carries it (serialised), null when unsent. */
	let sentLabels: string | null = null;
	/**
	 * A map of single cities: its cities' data with where their names go at the camera as it is now (see
	 * LABEL_ANCHOR in style.ts), sent when that changed, or whatever it is after new cities (`fresh`).
	 */
	function sendSingles(fresh = false) {
		// New cities come in the middle of the page's update: placed without laying the page out (liveLabels.ts).
		const labels = livePlacement(map, cities, false, labelView(), { midUpdate: fresh });
		const key = JSON.stringify(labels);
		if (!fresh && key === sentLabels) return;
		sentLabels = key;
		sendData(map.getSource<GeoJSONSource>(CITY_SOURCE), citiesToGeoJSON(points, dimmed, { labels }));
	}
	/** True while `setCities` stops the camera: the `moveend` that fires must not place the old cities' names. */
	let stopping = false;
	const relabel = () => {
		if (stopping) return;
		if (clustered) placeLiveLabels(map, cities, labelView());
		else sendSingles();
	};
	// When the camera has settled (and again once everything in view has loaded, for a crowded map's clusters).
	map.on('moveend', relabel);
	map.on('idle', relabel);
	map.on('resize', () => {
		fitMinZoom();
		relabel();
	});
	// An overlay came over the map or went (the atlas's search field): its names are placed clear of it. Before the
	// map is first drawn, its first idle places them, reading the covers then.
	const coversChanged = () => {
		if (map.loaded()) relabel();
	};
	document.addEventListener(COVERS_CHANGE, coversChanged);

	handlePointer(map, { onSelect: options.onSelect, onHover: options.onHover });
	map.on('idle', options.onIdle);
	// The cities go to the workers as JSON text once they can read it (./packedData.ts): its script is asked for
	// once the map is drawn, not on the way to it (the first cities come with the style, as objects).
	map.once('idle', () => void startPacking());
	// MapLibre rebuilds its style after a restored context or a restarted worker, but not the feature state
	// that carries selection, hover and dimming: put it back.
	function restoreStates() {
		forgetLiveLabels(map);
		if (selected) setState(selected, { selected: true });
		if (hovered) setState(hovered, { hover: true });
		for (const id of dimmed) setState(id, { dimmed: true });
		sentState.clear();
		dimByFilter(dimmedBy?.filter ?? null);
	}
	map.on('webglcontextrestored', restoreStates);
	// A worker restart fires a synthetic loss with the context still alive; only a real loss hands over.
	map.on('webglcontextlost', () => {
		if (map.getCanvas().getContext('webgl2')?.isContextLost() !== false) options.onContextLost();
	});
	await map.once('load');
	relabel();
	const hold = frameHold(map);
	/** Both city sources hold their current data, every tile of it laid out. */
	const loaded = (id: string) => !!map.getSource(id) && map.isSourceLoaded(id);
	const citiesLoaded = () => loaded(CITY_SOURCE) && loaded(SELECTED_SOURCE);

	const camera = liveCamera(map, container, framed);
	const toSelection = (motion: Motion, essential: boolean) =>
		camera.toSelection(selected ? cities.get(selected)! : null, motion, essential);

	const renderer: AtlasMap = {
		kind: 'webgl',
		map,
		select(id, motion, { essential = false } = {}) {
			wanted = id;
			if (mark(id) && clustered) sendCities();
			relabel();
			toSelection(motion, essential);
		},
		hover(id) {
			if (hovered && hovered !== id) setState(hovered, { hover: false });
			hovered = id && cities.has(id) ? id : null;
			if (hovered) setState(hovered, { hover: true });
		},
		setLabelSize(size) {
			if (size === labelSize) return;
			labelSize = size;
			for (const id of [CITY_LABEL_LAYER, SELECTED_LABEL_LAYER]) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-size', size);
			relabel();
		},
		setDimmed(ids, filter) {
			if (clustered && filter) {
				if (dimmed.size) dimByIds(new Set());
				dimByFilter(filter);
			} else {
				if (dimmedBy) dimByFilter(null);
				dimByIds(ids);
			}
		},
		isDimmed(id) {
			const city = cities.get(id);
			if (!city) return false;
			if (!dimmedBy) return map.getFeatureState({ source: CITY_SOURCE, id }).dimmed === true;
			return !dimmedBy.kept.has(goalMask(city.goals, dimmedBy.filter.min));
		},
		packing: isPacking,
		sentCities: () => sentData(map.getSource<GeoJSONSource>(CITY_SOURCE)) ?? (style.sources[CITY_SOURCE] as { data: FeatureCollection }).data,
		setCities(next, frame = next) {
			if (next === points && frame === framed) return;
			// A refit still easing to the last cities (a reader stepping through a filter's options is quicker than
			// the ease) stops where it is, before the new cities are sent: left running, it ended under the hold,
			// and its 'moveend' placed the names again and sent the cities a second time, the worker laying their
			// tiles out twice for one change. The new refit starts from here once the new cities are drawn. A
			// reader's own drag goes on (the year playing changes the cities while the reader moves the map).
			stopping = true;
			const interrupted = camera.stopOwnMove();
			stopping = false;
			const reframe = frame !== framed;
			framed = frame;
			const nowClustered = next.length >= CLUSTER_FROM;
			// The map draws again when every tile of the new cities is in (./holdFrames.ts), clustered or not: the
			// sources stay, so their tiles are asked for without a frame drawn first.
			hold.until(citiesLoaded);
			points = next;
			cities = new Map(next.map((c) => [c.id, c]));
			camera.setCities(frame);
			if (hovered && !cities.has(hovered)) hovered = null;
			// The selection stays where it can (a link's city arriving with the network), before the data is sent:
			// a clustered map sends the selected city apart.
			mark(wanted);
			if (nowClustered !== clustered) {
				// The same source, clustered or not, its layers and their state (the dimming, by id or by the goal
				// filter) as they are (style.ts); a map of single cities has nothing apart.
				clustered = nowClustered;
				setClustering(clustered);
				if (!clustered) sendApart(undefined);
			}
			// Single cities come with their names' places: the worker lays their tiles out once.
			if (clustered) sendCities();
			else sendSingles(true);
			// The camera jumps to the selected city, or eases to the world view refitted to the cities once they are
			// drawn: the cities change where the reader is looking, then the map moves to frame them. Moving at once
			// drew frame after frame of the old cities while the worker made the new ones' tiles (and, the camera
			// moving, more tiles to make), a main-thread cost each frame on top of the change itself.
			// The same frame (a year's step) leaves the camera where the reader has it, unless the refit to it was
			// still under way: playing the years keeps the map still, and lets the reader pan it as they play.
			if (selected) toSelection('jump', false);
			else if (reframe || interrupted) camera.afterCitiesDrawn(() => camera.toWorld('ease', false));
			// A crowded map places the names of the single cities it draws, which it knows once the new data's tiles
			// are in (on idle): asking now would read the old tiles' features, at a cost that grows with the cities.
			// A map of single cities sent its names with its cities, above.
		},
		zoomBy(delta) {
			camera.dropWaitingMove();
			const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), map.getZoom() + delta));
			map.zoomTo(zoom, { duration: 300 });
		},
		showWorld() {
			camera.toWorld('fly', false);
		},
		reserveChanged() {
			// Called as the new height is set, before the host's style carries it (Svelte writes it in the
			// microtask it has just queued): the refit reads the reserve from the style, in the microtask after.
			queueMicrotask(() => {
				if (!selected && !removed) camera.refit();
			});
		},
		onZoom(listener) {
			let last = camera.zoomRange();
			listener(last);
			const changed = () => {
				const range = camera.zoomRange();
				if (range.canZoomIn === last.canZoomIn && range.canZoomOut === last.canZoomOut) return;
				last = range;
				listener(range);
			};
			map.on('zoom', changed);
			return () => void map.off('zoom', changed);
		},
		destroy() {
			removed = true;
			document.removeEventListener(COVERS_CHANGE, coversChanged);
			pointer.removeEventListener('change', onPointerChange);
			followSize.disconnect();
			hold.release();
			try {
				map.remove();
			} catch {
				// After a lost context MapLibre's own teardown can trip over the GPU objects already gone.
			}
		}
	};
	return renderer;
}
