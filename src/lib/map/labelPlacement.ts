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

export function placeLabels(points: readonly LabelInput[], width: number, height: number): Map<string, LabelSide> {
	const taken: Box[] = points.map(({ x, y }) => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT }));
	const sides = new Map<string, LabelSide>();
	for (const point of points) {
		const side = SIDES.find((s) => {
			const box = labelBox(point, s);
			return inside(box, width, height) && !taken.some((t) => overlaps(box, t));
		});
		if (side) taken.push(labelBox(point, side));
		sides.set(point.id, side ?? 'hidden');
	}
	return sides;
}
