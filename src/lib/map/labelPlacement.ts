/**
 * Where each city's name goes on the SVG map: right of its dot if there is room, else left, below or above.
 * Greedy, in a fixed order, so the result is stable; a name that fits nowhere is hidden from sight (the
 * marker keeps it as its accessible name, and the city list shows it too). Pure, so unit tests check it.
 */
export type LabelSide = 'right' | 'left' | 'below' | 'above' | 'hidden';

export interface LabelInput {
	id: string;
	x: number;
	y: number;
	/** Estimated width of the name in pixels. */
	width: number;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export const LABEL_HEIGHT = 18;
/** Gap between a dot's centre and its label. */
export const LABEL_OFFSET = 11;
const DOT = 9;
const SIDES: Exclude<LabelSide, 'hidden'>[] = ['right', 'left', 'below', 'above'];

export function labelBox({ x, y, width }: LabelInput, side: Exclude<LabelSide, 'hidden'>): Box {
	const h = LABEL_HEIGHT / 2;
	switch (side) {
		case 'right':
			return { x0: x + LABEL_OFFSET, y0: y - h, x1: x + LABEL_OFFSET + width, y1: y + h };
		case 'left':
			return { x0: x - LABEL_OFFSET - width, y0: y - h, x1: x - LABEL_OFFSET, y1: y + h };
		case 'below':
			return { x0: x - width / 2, y0: y + LABEL_OFFSET - 2, x1: x + width / 2, y1: y + LABEL_OFFSET - 2 + LABEL_HEIGHT };
		case 'above':
			return { x0: x - width / 2, y0: y - LABEL_OFFSET + 2 - LABEL_HEIGHT, x1: x + width / 2, y1: y - LABEL_OFFSET + 2 };
	}
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, width: number, height: number) => a.x0 >= 0 && a.y0 >= 0 && a.x1 <= width && a.y1 <= height;

/** Bucket size of the index of taken boxes: about a label's height times three. */
const BUCKET = 64;

/**
 * The boxes already taken, indexed by a grid of BUCKET pixels: a candidate is checked against the boxes in the
 * buckets it touches only, so placing n labels costs about n checks, not n² (a crowded map places hundreds).
 */
class TakenBoxes {
	private readonly buckets = new Map<number, Box[]>();

	private *keys(box: Box) {
		for (let i = Math.floor(box.x0 / BUCKET); i <= Math.floor(box.x1 / BUCKET); i++)
			for (let j = Math.floor(box.y0 / BUCKET); j <= Math.floor(box.y1 / BUCKET); j++) yield i * 100_003 + j;
	}
	add(box: Box) {
		for (const key of this.keys(box)) {
			const bucket = this.buckets.get(key);
			if (bucket) bucket.push(box);
			else this.buckets.set(key, [box]);
		}
	}
	hits(box: Box) {
		for (const key of this.keys(box)) if (this.buckets.get(key)?.some((t) => overlaps(box, t))) return true;
		return false;
	}
}

/** Something drawn on the map that no name may cover: a circle of radius `r` (a cluster) at x, y. */
export interface Obstacle {
	x: number;
	y: number;
	r: number;
}

export function placeLabels(
	points: readonly LabelInput[],
	width: number,
	height: number,
	obstacles: readonly Obstacle[] = []
): Map<string, LabelSide> {
	const taken = new TakenBoxes();
	for (const { x, y } of points) taken.add({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT });
	for (const { x, y, r } of obstacles) taken.add({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
	const sides = new Map<string, LabelSide>();
	for (const point of points) {
		const side = SIDES.find((s) => {
			const box = labelBox(point, s);
			return inside(box, width, height) && !taken.hits(box);
		});
		if (side) taken.add(labelBox(point, side));
		sides.set(point.id, side ?? 'hidden');
	}
	return sides;
}
