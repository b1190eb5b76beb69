/**
 * Where each city's name goes, for every map (the SVG maps and the MapLibre map, which is given a fixed anchor
 * per city from this): right of its dot if there is room, else left, below, above or a corner. Greedy, in a
 * fixed order (the selected city first, then west to east), so the result is stable and both maps agree. A
 * name goes only where its box
 * - lies inside the map (a name near the edge goes inward, or hides),
 * - covers no dot and no other name (nor a cluster's disc, nor the map's own buttons), and
 * - is nearer its own dot than any other dot, so a reader never takes it for a neighbour's name (Cork and
 *   Swansea are 11px apart at the world view).
 * A name that fits nowhere is hidden from sight: the marker keeps it as its accessible name, hover and focus
 * show it, and the city list shows it too. Pure, so unit tests check it.
 */
import { DOT_RADIUS, LABEL_SIZE } from './labelSize';

export { DOT_RADIUS, LABEL_SIZE } from './labelSize';

export type PlacedSide = 'right' | 'left' | 'below' | 'above' | 'below-right' | 'above-right' | 'below-left' | 'above-left';
export type LabelSide = PlacedSide | 'hidden';

export interface LabelInput {
	id: string;
	x: number;
	y: number;
	/** Estimated width of the name in pixels (see labelWidth). */
	width: number;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The line box of a name: a little over the 1.2 em MapLibre gives a line, so its box fits inside ours. */
const LINE = 1.3;

/** Height of a name's box and the gap from a dot's centre to it, at a font size. */
export function labelMetrics(size = LABEL_SIZE): { height: number; offset: number } {
	// 11px at 14px: the ring plus a gap that grows with the text.
	return { height: Math.round(LINE * size), offset: DOT_RADIUS + Math.round(0.15 * size) };
}

/** Ems per character, erring wide (Noto Sans SemiBold averages about 0.55 em for mixed-case Latin). */
const NARROW = /[ijlIftr.,'’ -]/;
const WIDE = /[mwMWÆŒ]/;
/**
 * A name's width, estimated from its characters: the SVG maps are laid out before a browser can measure (the
 * static map is drawn at build time), and both maps must place a name the same way. Wider than the real text,
 * so a real label stays inside the box placed for it.
 */
export function labelWidth(name: string, size = LABEL_SIZE): number {
	let ems = 0;
	for (const ch of name) ems += NARROW.test(ch) ? 0.34 : WIDE.test(ch) ? 0.9 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 0.7 : 0.6;
	return Math.ceil(ems * size);
}

export const SIDES: readonly PlacedSide[] = ['right', 'left', 'below', 'above', 'below-right', 'above-right', 'below-left', 'above-left'];

export function labelBox({ x, y, width }: LabelInput, side: PlacedSide, size = LABEL_SIZE): Box {
	const { height, offset } = labelMetrics(size);
	const h = height / 2;
	// Above and below sit a little closer: the line box has room over and under the letters.
	const v = offset - 2;
	// The corners start where the dot's square ends: the ring's circle leaves a few pixels' gap along the diagonal.
	const d = v;
	switch (side) {
		case 'right':
			return { x0: x + offset, y0: y - h, x1: x + offset + width, y1: y + h };
		case 'left':
			return { x0: x - offset - width, y0: y - h, x1: x - offset, y1: y + h };
		case 'below':
			return { x0: x - width / 2, y0: y + v, x1: x + width / 2, y1: y + v + height };
		case 'above':
			return { x0: x - width / 2, y0: y - v - height, x1: x + width / 2, y1: y - v };
		case 'below-right':
			return { x0: x + d, y0: y + d, x1: x + d + width, y1: y + d + height };
		case 'above-right':
			return { x0: x + d, y0: y - d - height, x1: x + d + width, y1: y - d };
		case 'below-left':
			return { x0: x - d - width, y0: y + d, x1: x - d, y1: y + d + height };
		case 'above-left':
			return { x0: x - d - width, y0: y - d - height, x1: x - d, y1: y - d };
	}
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, width: number, height: number) => a.x0 >= 0 && a.y0 >= 0 && a.x1 <= width && a.y1 <= height;

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(x: number, y: number, b: Box): number {
	return Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
}

/** Bucket size of the indexes: about a label's height times three. */
const BUCKET = 64;

/**
 * Boxes indexed by a grid of BUCKET pixels: a candidate is checked against the boxes in the buckets it touches
 * only, so placing n labels costs about n checks, not n² (a crowded map places hundreds).
 */
class BoxIndex<T extends Box> {
	private readonly buckets = new Map<number, T[]>();

	private *keys(box: Box) {
		for (let i = Math.floor(box.x0 / BUCKET); i <= Math.floor(box.x1 / BUCKET); i++)
			for (let j = Math.floor(box.y0 / BUCKET); j <= Math.floor(box.y1 / BUCKET); j++) yield i * 100_003 + j;
	}
	add(box: T) {
		for (const key of this.keys(box)) {
			const bucket = this.buckets.get(key);
			if (bucket) bucket.push(box);
			else this.buckets.set(key, [box]);
		}
	}
	some(box: Box, test: (found: T) => boolean) {
		for (const key of this.keys(box)) if (this.buckets.get(key)?.some(test)) return true;
		return false;
	}
}

/** Something drawn on the map that no name may cover: a circle of radius `r` (a cluster) at x, y. */
export interface Obstacle {
	x: number;
	y: number;
	r: number;
}

export interface PlaceOptions {
	/** The label font size, in pixels. */
	size?: number;
	/** A city whose name is placed before all others (the selected one: its name must show). */
	first?: string | null;
	/** Boxes the map's own controls cover (see `mapCovers` in reserve.ts): a name there could not be read. */
	covered?: readonly Box[];
}

/** True when the box, placed for `point`, is nearer `point` than any of the dots indexed. */
function nearestToOwn(point: LabelInput, box: Box, dots: BoxIndex<Box & { id: string; x: number; y: number }>): boolean {
	const own = distanceToBox(point.x, point.y, box);
	const reach = { x0: box.x0 - own, y0: box.y0 - own, x1: box.x1 + own, y1: box.y1 + own };
	return !dots.some(reach, (dot) => dot.id !== point.id && distanceToBox(dot.x, dot.y, box) <= own);
}

export function placeLabels(
	points: readonly LabelInput[],
	width: number,
	height: number,
	obstacles: readonly Obstacle[] = [],
	{ size = LABEL_SIZE, first = null, covered = [] }: PlaceOptions = {}
): Map<string, LabelSide> {
	const taken = new BoxIndex<Box>();
	const dots = new BoxIndex<Box & { id: string; x: number; y: number }>();
	const r = DOT_RADIUS;
	for (const { id, x, y } of points) {
		const dot = { id, x, y, x0: x - r, y0: y - r, x1: x + r, y1: y + r };
		taken.add(dot);
		dots.add(dot);
	}
	for (const { x, y, r } of obstacles) taken.add({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
	for (const box of covered) taken.add({ ...box });
	// The selected city first, then west to east: the same order whatever order the caller's list is in.
	const order = [...points].sort((a, b) => Number(b.id === first) - Number(a.id === first) || a.x - b.x || a.y - b.y);
	const sides = new Map<string, LabelSide>();
	for (const point of order) {
		let placed: Box | null = null;
		const side = SIDES.find((s) => {
			const box = labelBox(point, s, size);
			const ok = inside(box, width, height) && !taken.some(box, (t) => overlaps(box, t)) && nearestToOwn(point, box, dots);
			if (ok) placed = box;
			return ok;
		});
		if (placed) taken.add(placed);
		sides.set(point.id, side ?? 'hidden');
	}
	return sides;
}

/**
 * Where a hidden name shows while its city is hovered, focused or selected: the first side inside the map
 * (over whatever is there, for as long as the reader points at it).
 */
export function shownSide(point: LabelInput, width: number, height: number, size = LABEL_SIZE): PlacedSide {
	return SIDES.find((s) => inside(labelBox(point, s, size), width, height)) ?? 'right';
}

/** MapLibre's name for the point of the text that sits at the anchor (`text-anchor`). */
export type TextAnchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'bottom-left' | 'top-right' | 'bottom-right';

/**
 * How a name is drawn on a side: which point of its text (MapLibre's `text-anchor`) sits how far from the dot's
 * centre, in pixels. The point is on the box's edge nearest the dot, so a real text narrower than the estimate
 * stays inside its box. `tx`, `ty` are the same as the fraction of the text's size to shift by (for CSS and SVG).
 */
export function labelAnchor(side: PlacedSide, size = LABEL_SIZE): { anchor: TextAnchor; dx: number; dy: number; tx: number; ty: number } {
	const box = labelBox({ id: '', x: 0, y: 0, width: 0 }, side, size);
	const horizontal = side === 'below' || side === 'above' ? 'middle' : side.endsWith('left') ? 'end' : 'start';
	const vertical = side === 'right' || side === 'left' ? 'middle' : side.startsWith('below') ? 'top' : 'bottom';
	const anchor = [vertical === 'middle' ? '' : vertical, horizontal === 'middle' ? '' : horizontal === 'start' ? 'left' : 'right']
		.filter(Boolean)
		.join('-') as TextAnchor;
	return {
		anchor,
		dx: horizontal === 'start' ? box.x0 : horizontal === 'end' ? box.x1 : 0,
		dy: vertical === 'top' ? box.y0 : vertical === 'bottom' ? box.y1 : 0,
		tx: horizontal === 'start' ? 0 : horizontal === 'end' ? -1 : -0.5,
		ty: vertical === 'top' ? 0 : vertical === 'bottom' ? -1 : -0.5
	};
}
