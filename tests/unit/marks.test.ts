import { describe, expect, it } from 'vitest';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3';
import { markAreas, markPath } from '../../src/lib/charts/marks';

const shapes = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond, star: symbolStar } as const;

describe('the goals’ marks', () => {
	it.each(Object.keys(shapes) as (keyof typeof shapes)[])('%s is d3-shape’s symbol at its tuned area', (mark) => {
		expect(markPath(mark)).toBe(symbol(shapes[mark], markAreas[mark]).digits(2)());
	});
	it('the five are five different shapes of about the same weight (areas 120 to 200)', () => {
		expect(new Set(Object.keys(shapes).map((k) => markPath(k as keyof typeof shapes))).size).toBe(5);
		expect(Math.max(...Object.values(markAreas)) / Math.min(...Object.values(markAreas))).toBeLessThan(2);
	});
});
