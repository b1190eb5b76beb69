/**
 * The room a map's own overlays take along its edges (the credit on a map without a key, a host's search field),
 * so the world view fits every city clear of them: at 1024x768 in French the atlas's map drew Espoo under the
 * search field and Melton under the credit. (The zoom buttons cover a corner, not an edge: reserving the whole
 * left edge for them shrank the world enough to lose a name at 1024x768 with the projector theme, and no city
 * of the book lies there: `mapCovers` below keeps cities and names clear of them only where they would meet.) Each overlay's host says what it covers in CSS, as lengths in
 * `--map-reserve-top`, `-right`, `-bottom` and `-left` on the map or any element above it (registered as
 * lengths in app.css, so they are read back in pixels, whatever unit and text size set them).
 */
import type { Box } from './labelPlacement';

export interface Reserve {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_RESERVE: Reserve = { top: 0, right: 0, bottom: 0, left: 0 };

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** The reserve that applies to `element` (a map's container), in CSS pixels; none outside a browser. */
export function mapReserve(element: Element | null | undefined): Reserve {
	if (!element || typeof getComputedStyle !== 'function') return NO_RESERVE;
	const style = getComputedStyle(element);
	const read = (side: (typeof SIDES)[number]) => {
		const px = Number.parseFloat(style.getPropertyValue(`--map-reserve-${side}`));
		return Number.isFinite(px) && px > 0 ? px : 0;
	};
	return { top: read('top'), right: read('right'), bottom: read('bottom'), left: read('left') };
}

/** Room kept around a control, so a name does not touch its edge either. */
const COVER_MARGIN = 3;

/**
 * The boxes of the overlays that cover a corner of the map rather than an edge (the zoom buttons), in the frame
 * of `element` (a map's container): no name is placed under them. Each such overlay carries `data-map-covers`
 * and sits in the map's figure. Read from the layout, so only when names are placed (the camera settled, the
 * map resized), never in a frame.
 */
export function mapCovers(element: Element | null | undefined): Box[] {
	const host = element?.closest('figure') ?? element?.parentElement;
	if (!element || !host) return [];
	const origin = element.getBoundingClientRect();
	const boxes: Box[] = [];
	for (const overlay of host.querySelectorAll('[data-map-covers]')) {
		const r = overlay.getBoundingClientRect();
		if (!r.width || !r.height) continue;
		boxes.push({
			x0: r.left - origin.left - COVER_MARGIN,
			y0: r.top - origin.top - COVER_MARGIN,
			x1: r.right - origin.left + COVER_MARGIN,
			y1: r.bottom - origin.top + COVER_MARGIN
		});
	}
	return boxes;
}
