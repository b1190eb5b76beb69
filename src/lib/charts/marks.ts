/** SVG path data for the goals' marks, centred on 0,0 in a 20x20 box; d3-shape draws them. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3';
import type { Goal } from '$lib/data/schema';

const shapes = {
	circle: symbolCircle,
	square: symbolSquare,
	triangle: symbolTriangle,
	diamond: symbolDiamond,
	star: symbolStar
} as const;

/** Areas tuned so the five marks look about equally heavy at the same size. */
const areas = { circle: 200, square: 180, triangle: 150, diamond: 140, star: 120 } as const;

export function markPath(mark: Goal['mark']): string {
	return symbol(shapes[mark], areas[mark])() ?? '';
}
