/**
 * What the atlas asks of a map, whichever draws it (MapLibre over WebGL2, or the SVG fallback): the same
 * three calls, so MapView, the presenter and the tests never need to know which one is on screen.
 */
import type { GoalFilter } from '$lib/state/filter';

export type Motion = 'fly' | 'jump';

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
	destroy(): void;
}
