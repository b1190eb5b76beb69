/**
 * Where the live map's camera goes: to the selected city, or to the world view that frames the cities drawn, and,
 * after new cities, only once they are drawn (see `afterCitiesDrawn`). Part of the MapLibre island (maplibre.ts).
 */
import { MercatorCoordinate, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';
import { cityCamera } from './camera';
import { cityPadding, clearOfCovers, worldFrame } from './projection';
import type { Motion, ZoomRange } from './renderer';
import { mapCovers, mapReserve } from './reserve';
import { CITY_SOURCE, type CityPoint } from './style';

/** How long the camera's flights take, ms: to a city, or back to the world the reader asked for. */
const FLIGHT_MS = 1200;
/**
 * How long the camera takes to frame the cities a filter, a year or a scope left, ms: a short ease, not a flight.
 * A reader stepping through a filter's options with the arrow keys sees each step framed in half a second; a
 * flight of 1.2 s was still going at the next key, and its frames shared the main thread with it.
 */
const REFRAME_MS = 500;

/** How the camera gets there: a flight, a short ease (a refit to new cities), or at once. */
export type CameraMotion = Motion | 'ease';

/**
 * The box around all cities: the world view shows every one of them, whatever the container's shape (widened
 * where they are few or close together, as the SVG map's: projection.ts `worldFrame`).
 */
export function citiesBounds(cities: readonly CityPoint[]): [[number, number], [number, number]] {
	const frame = worldFrame(cities);
	const lons = frame.map((c) => c.lon);
	const lats = frame.map((c) => c.lat);
	return [
		[Math.min(...lons), Math.min(...lats)],
		[Math.max(...lons), Math.max(...lats)]
	];
}

/** Room around the cities, the same as the SVG map's, so both draw the world view alike (no jump on takeover). */
export function worldPadding(container: HTMLElement, cities: readonly CityPoint[]) {
	const [width, height] = [container.clientWidth, container.clientHeight];
	return cityPadding(width, height, clearOfCovers(worldFrame(cities), width, height, mapReserve(container), mapCovers(container)));
}

type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * The camera that frames `bounds` in the room the padding leaves. Where that would take a world smaller than the
 * map, which MapLibre does not draw (maplibre.ts's minimum zoom: a short, wide map, the atlas's at 1024x768), the
 * cities are centred in that room at the smallest world it draws, as near a fit as there is: MapLibre alone kept
 * the centre it had worked out for the smaller world, and the southernmost cities lay past the map's bottom edge.
 */
export function worldCamera(map: MapLibreMap, bounds: [[number, number], [number, number]], padding: Padding): { center: LngLatLike; zoom: number } | undefined {
	const fitted = map.cameraForBounds(bounds, { padding });
	const min = map.getMinZoom();
	if (!fitted || fitted.zoom === undefined || fitted.zoom >= min) return fitted as { center: LngLatLike; zoom: number } | undefined;
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const size = 512 * 2 ** min;
	const [sw, ne] = bounds.map((corner) => MercatorCoordinate.fromLngLat(corner));
	// The cities' middle, in pixels of that world, goes to the middle of the room: the camera's centre is that far
	// from the map's own middle.
	const x = ((sw!.x + ne!.x) / 2) * size - ((padding.left + width - padding.right) / 2 - width / 2);
	const y = ((sw!.y + ne!.y) / 2) * size - ((padding.top + height - padding.bottom) / 2 - height / 2);
	return { center: new MercatorCoordinate(x / size, Math.min(1, Math.max(0, y / size))).toLngLat(), zoom: min };
}

export interface LiveCamera {
	/** The cities the world view frames (those drawn, or those of every year). */
	setCities(cities: readonly CityPoint[]): void;
	/** To `selected` (null: the world view). */
	toSelection(selected: CityPoint | null, motion: Motion, essential: boolean): void;
	toWorld(motion: CameraMotion, essential: boolean): void;
	/** Runs `move` once a frame has drawn the city source's current data, every tile of it loaded. */
	afterCitiesDrawn(move: () => void): void;
	/** Forgets a move waiting for the cities to be drawn (the reader moved the map). */
	dropWaitingMove(): void;
	/**
	 * Stops the atlas's own move under way where it is (true if there was one); a move of the reader's (a drag,
	 * its glide) goes on.
	 */
	stopOwnMove(): boolean;
	/**
	 * Frames the world view again (the room kept along the map's edges changed), if the camera is still on the
	 * world view the atlas last framed or on its way there; a move waiting for new cities reads the room itself.
	 */
	refit(): void;
	zoomRange(): ZoomRange;
}

export function liveCamera(map: MapLibreMap, container: HTMLElement, initial: readonly CityPoint[]): LiveCamera {
	let points = initial;
	let bounds = citiesBounds(points);
	/**
	 * A camera move waiting for the cities' new data to be drawn; any later move of the camera, the reader's or the
	 * atlas's, replaces it.
	 */
	let waitingMove: (() => void) | null = null;
	function dropWaitingMove() {
		if (waitingMove) map.off('render', waitingMove);
		waitingMove = null;
	}
	/** Whether the camera's move under way is the atlas's own (a flight, a refit), not the reader's gesture. */
	let ownMove = false;
	map.on('movestart', (event: { originalEvent?: Event }) => {
		ownMove = !event.originalEvent;
		if (event.originalEvent) dropWaitingMove();
	});
	map.on('moveend', () => (ownMove = false));
	/** Whether the map shows `camera` to within a pixel and a hundredth of a zoom level, and is not moving. */
	function atCamera(camera: { center?: LngLatLike; zoom?: number }) {
		if (map.isMoving() || camera.center === undefined || camera.zoom === undefined) return false;
		const [here, there] = [map.project(map.getCenter()), map.project(camera.center)];
		return Math.abs(camera.zoom - map.getZoom()) < 0.01 && Math.hypot(here.x - there.x, here.y - there.y) < 1;
	}
	/** The world view the atlas last framed (null once it flew to a city). */
	let lastWorld: { center?: LngLatLike; zoom?: number } | null = null;
	function toWorld(motion: CameraMotion, essential: boolean) {
		dropWaitingMove();
		const world = worldCamera(map, bounds, worldPadding(container, points));
		lastWorld = world ?? null;
		// Already there (a year's cities spread as the year before's): a flight would only redraw the same view.
		if (!world || atCamera(world)) return;
		// The atlas's own move from here (MapLibre's movestart says so too), so that `refit` can redirect it.
		ownMove = motion !== 'jump';
		if (motion === 'fly') map.flyTo({ ...world, duration: FLIGHT_MS, essential });
		else if (motion === 'ease') map.easeTo({ ...world, duration: REFRAME_MS, essential });
		else map.jumpTo(world);
	}
	return {
		setCities(next) {
			points = next;
			bounds = citiesBounds(next);
		},
		toSelection(selected, motion, essential) {
			dropWaitingMove();
			if (!selected) return toWorld(motion, essential);
			lastWorld = null;
			const camera = cityCamera(selected, map.getZoom());
			if (motion === 'fly') map.flyTo({ ...camera, duration: FLIGHT_MS, essential });
			else map.jumpTo(camera);
		},
		toWorld,
		afterCitiesDrawn(move) {
			dropWaitingMove();
			const check = () => {
				if (!map.isSourceLoaded(CITY_SOURCE)) return;
				dropWaitingMove();
				move();
			};
			waitingMove = check;
			map.on('render', check);
			map.triggerRepaint();
		},
		dropWaitingMove,
		stopOwnMove() {
			if (!ownMove || !map.isMoving()) return false;
			map.stop();
			return true;
		},
		refit() {
			if (waitingMove || !lastWorld) return;
			if (atCamera(lastWorld) || (ownMove && map.isMoving())) toWorld('ease', false);
		},
		/** A hair of slack: MapLibre's eased zoom can stop a rounding error short of its bound. */
		zoomRange: () => ({
			canZoomIn: map.getZoom() < map.getMaxZoom() - 0.01,
			canZoomOut: map.getZoom() > map.getMinZoom() + 0.01
		})
	};
}
