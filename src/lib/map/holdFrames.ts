/**
 * New cities go to MapLibre's worker, which lays their tiles out and sends them back one by one. MapLibre draws
 * a frame on each arrival: the old cities again, then a world half old and half new, until the last tile is in,
 * each frame main-thread time (the map's draw and the page's commit) spent while the reader waits for the new view.
 * Held, the map keeps what it last drew (the old cities, whole) and draws once, when every tile is in.
 *
 * The hold ends when `ready()` (checked on each of the map's data events), on the reader's own input on the map (a
 * drag or a wheel must draw at once), on a timeout (a tile that never answers must not freeze the map), or when a
 * later hold replaces it. Frames asked for meanwhile are drawn as one, then.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest a hold lasts: far longer than any tile takes (the 10,000-city build's take under a second). */
const HOLD_MS = 3000;

/** Input on the map that moves it: its frames must not wait. */
const READER_INPUT = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

export interface FrameHold {
	/**
	 * Holds the frames until `ready()` (first checked once the caller's changes are made, in a microtask); a hold
	 * already on is replaced by this one. The sources it waits for must be in the style already: a source just
	 * added asks for its tiles only as the map draws.
	 */
	until(ready: () => boolean): void;
	/** Ends any hold (the map is being removed, or the caller must draw now). */
	release(): void;
}

export function frameHold(map: MapLibreMap): FrameHold {
	// MapLibre asks for every frame through `triggerRepaint` (its own changes, tiles loaded, camera moves): an own
	// property in front of the prototype's method sees them all.
	const draw = map.triggerRepaint.bind(map);
	let ready: (() => boolean) | null = null;
	let asked = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	map.triggerRepaint = () => {
		if (!ready) draw();
		else asked = true;
	};
	// After the event: a source's new data ('content') is announced before its tiles are marked for reloading, and
	// read at that moment the source looks loaded.
	const check = () =>
		queueMicrotask(() => {
			if (ready?.()) release();
		});
	/**
	 * A frame asked for before the hold (the camera still flying from the last change) would draw the old cities
	 * once more: it is taken back, to be drawn with the rest. MapLibre keeps it in a private field; where that is
	 * gone (another version), the frame is simply drawn.
	 */
	function cancelAsked() {
		const pending = map as unknown as { _frameRequest?: AbortController | null };
		if (!(pending._frameRequest instanceof AbortController)) return;
		pending._frameRequest.abort();
		pending._frameRequest = null;
		asked = true;
	}
	function release() {
		if (!ready) return;
		ready = null;
		clearTimeout(timer);
		map.off('data', check);
		for (const type of READER_INPUT) map.getContainer().removeEventListener(type, release, true);
		if (asked) draw();
		asked = false;
	}
	return {
		until(next) {
			release();
			ready = next;
			check();
			cancelAsked();
			map.on('data', check);
			for (const type of READER_INPUT) map.getContainer().addEventListener(type, release, true);
			timer = setTimeout(release, HOLD_MS);
		},
		release
	};
}
