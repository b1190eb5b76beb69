/**
 * What the atlas asks of a map, whichever draws it (MapLibre over WebGL2, or the SVG fallback): the same
 * three calls, so MapView, the presenter and the tests never need to know which one is on screen.
 */
export type Motion = 'fly' | 'jump';

export interface MapRenderer {
	readonly kind: 'webgl' | 'svg';
	/** `essential` flies even under the OS's reduced-motion setting (a presenter's deliberate move). */
	select(id: string | null, motion: Motion, options?: { essential?: boolean }): void;
	hover(id: string | null): void;
	setDimmed(ids: ReadonlySet<string>): void;
	destroy(): void;
}
