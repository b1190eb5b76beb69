/**
 * SVG path data for the goals' marks, centred on 0,0 in a 20x20 box: d3-shape's symbols at the areas below,
 * written out (tests/unit/marks.test.ts draws them with d3 and compares), so the first view does not carry
 * d3-shape (4 kB gzip) for five constant paths.
 */
import type { Goal } from '$lib/data/schema';

/** Areas tuned so the five marks look about equally heavy at the same size. */
export const markAreas = { circle: 200, square: 180, triangle: 150, diamond: 140, star: 120 } as const;

const paths: Record<Goal['mark'], string> = {
	circle: 'M7.98,0A7.98,7.98,0,1,1,-7.98,0A7.98,7.98,0,1,1,7.98,0',
	square: 'M-6.71,-6.71h13.42v13.42h-13.42Z',
	triangle: 'M0,-10.75L9.31,5.37L-9.31,5.37Z',
	diamond: 'M0,-11.01L6.36,0L0,11.01L-6.36,0Z',
	star: 'M0,-10.34L2.32,-3.19L9.83,-3.19L3.76,1.22L6.08,8.36L0,3.95L-6.08,8.36L-3.76,1.22L-9.83,-3.19L-2.32,-3.19Z'
};

export function markPath(mark: Goal['mark']): string {
	return paths[mark] ?? '';
}
