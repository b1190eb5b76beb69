/**
 * What the atlas asks of a map, whichever draws it (MapLibre over WebGL2, or the SVG fallback): the same
 * calls, so MapView, the presenter and the tests never need to know which one is on screen.
 */
import type { GoalFilter } from '$lib/state/filter';
import type { CityPoint } from './style';

export type Motion = 'fly' | 'jump';

/** Whether the map can zoom further in or out from where it is (the zoom buttons are disabled at either end). */
export interface ZoomRange {
	canZoomIn: boolean;
	canZoomOut: boolean;
}

export interface MapRenderer {
	readonly kind: 'webgl' | 'svg';
	/** `essential` flies even under the OS's reduced-motion setting (a presenter's deliberate move). */
	select(id: string | null, motion: Motion, options?: { essential?: boolean }): void;
	hover(id: string | null): void;
	/** The labels' font size in pixels (the deck's grow with the slide). */
	setLabelSize(size: number): void;
	/**
	 * Dims the cities in `ids`. When they are the ones a goal filter leaves out, `filter` says which: a crowded
	 * map then dims by the filter in one step instead of city by city (see ./filterExpressions.ts).
	 */
	setDimmed(ids: ReadonlySet<string>, filter?: GoalFilter): void;
	/**
	 * Draws these cities instead (another scope, a network filter, a year), and the selection stays if its city is
	 * among them. The world view fits `frame` (default: the cities): beyond the book the year thins the cities but
	 * the frame stays every year's, so a new frame moves the camera and a year's step does not.
	 */
	setCities(cities: readonly CityPoint[], frame?: readonly CityPoint[]): void;
	/** Zooms in (`delta` > 0) or out by `delta` steps, about the middle of the view. */
	zoomBy(delta: number): void;
	/** Back to the world view, the one that fits every city; the selection stays (only the camera moves). */
	showWorld(): void;
	/**
	 * The room the map's overlays keep along its edges changed (the atlas's year control came, or its height is
	 * now known): a world view the map framed itself, and the reader has not moved, frames it again. The SVG map
	 * has none: it projects the world to its room again itself (SvgMap's reserveKey).
	 */
	reserveChanged?(): void;
	/** Calls `listener` with the zoom's range now and whenever it changes; returns the function that stops it. */
	onZoom(listener: (range: ZoomRange) => void): () => void;
	destroy(): void;
}
