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
 * The boxes of the overlays that cover part of the map rather than a whole edge (its zoom buttons, the atlas's
 * search field), in the frame of `element` (a map's container): no name is placed under them, and the world
 * view keeps cities clear of them (projection.ts `clearOfCovers`). Each such overlay carries `data-map-covers`,
 * inside the map's figure or beside it (the atlas's search field is its page's, over the map): any on the page
 * that lies over the map counts. Read from the layout, so only when names are placed (the camera settled, the
 * map resized), never in a frame.
 */
export function mapCovers(element: Element | null | undefined): Box[] {
	if (!element) return [];
	const origin = element.getBoundingClientRect();
	const boxes: Box[] = [];
	for (const overlay of element.ownerDocument.querySelectorAll('[data-map-covers]')) {
		const r = overlay.getBoundingClientRect();
		if (!r.width || !r.height) continue;
		// Elsewhere on the page (another map's buttons): nothing of this map lies under it.
		if (r.right <= origin.left || r.left >= origin.right || r.bottom <= origin.top || r.top >= origin.bottom) continue;
		boxes.push({
			x0: r.left - origin.left - COVER_MARGIN,
			y0: r.top - origin.top - COVER_MARGIN,
			x1: r.right - origin.left + COVER_MARGIN,
			y1: r.bottom - origin.top + COVER_MARGIN
		});
	}
	return boxes;
}

/**
 * Said on the document when an overlay that covers part of a map comes or goes after the map is drawn (the atlas's
 * search field arrives with its own chunk): the maps read their covers again and place their names clear of it.
 * Without it, names placed before the field came stayed under it until the camera next moved. (CitySearch.svelte
 * says it with this name written out: importing it from here gave the first view's chunk list one more file.)
 */
export const COVERS_CHANGE = 'atlas:map-covers';
