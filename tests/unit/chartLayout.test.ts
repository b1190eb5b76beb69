import { describe, expect, it } from 'vitest';
import { chartWidth, FONT, HEADER_ANGLE, matrixGeometry, valueLabelX } from '../../src/lib/charts/layout';
import { nextFocus } from '../../src/lib/charts/matrix/roving';
import { GOAL_IDS } from '../../src/lib/data/vocabulary';

const goalsEn = [
	['individual-empowerment', 'Individual empowerment'],
	['social-cohesion', 'Social cohesion'],
	['economic-development', 'Economic development'],
	['cultural-prosperity', 'Cultural prosperity'],
	['sustainable-development', 'Sustainable development']
].map(([id, label]) => ({ id: id!, label: label! }));
const rows = ['Amman', 'Bahir Dar', 'Mexico City', 'Ybycuí'].map((name) => ({ id: name.toLowerCase(), name }));

/** The band's corners, from its path data. */
const corners = (d: string) => {
	const pts: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MLVHZ])([^MLVHZ]*)/g)) {
		const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'M' || cmd === 'L') [x, y] = n as [number, number];
		else if (cmd === 'V') y = n[0]!;
		else if (cmd === 'H') x = n[0]!;
		else continue;
		pts.push([x, y]);
	}
	return pts;
};

describe('matrixGeometry (the goal matrix drawn at its real width)', () => {
	it('keeps 14 px text at the width of the 1024x768 column and fits that width', () => {
		const g = matrixGeometry(380, rows, goalsEn);
		expect(g.font).toBe(FONT);
		expect(g.width).toBe(380);
		expect(g.labelWidth + g.cell * GOAL_IDS.length).toBeLessThanOrEqual(380);
	});
	it('falls back to a smaller font only when a narrow column would not hold the headings, never under 12', () => {
		expect(matrixGeometry(300, rows, goalsEn).font).toBeGreaterThanOrEqual(12);
		expect(matrixGeometry(300, rows, goalsEn).font).toBeLessThan(FONT);
	});
	it("starts each heading's band on its own column and slants it up-right, so bands never overlap", () => {
		const g = matrixGeometry(380, rows, goalsEn);
		const bands = goalsEn.map((goal) => corners(g.header(goal.id).band));
		goalsEn.forEach((goal, i) => {
			const [bottomLeft, baseLeft, topLeft, topRight, baseRight] = bands[i]!;
			expect(bottomLeft![0]).toBeCloseTo(g.x(goal.id));
			expect(baseRight![0]).toBeCloseTo(g.x(goal.id) + g.cell);
			expect(baseLeft![1]).toBeCloseTo(g.base);
			// Up and to the right at the heading angle.
			expect(Math.atan2(baseLeft![1] - topLeft![1], topLeft![0] - baseLeft![0]) * (180 / Math.PI)).toBeCloseTo(HEADER_ANGLE);
			expect(topRight![0] - topLeft![0]).toBeCloseTo(g.cell);
			if (i > 0) expect(topLeft![0]).toBeCloseTo(bands[i - 1]![3]![0]);
		});
		expect(g.header('sustainable-development').transform).toContain(`rotate(${-HEADER_ANGLE})`);
	});
	it('puts the heading lines inside the band: their block is no wider than the band across', () => {
		const g = matrixGeometry(380, rows, goalsEn);
		const across = g.cell * Math.sin((HEADER_ANGLE * Math.PI) / 180);
		for (const goal of goalsEn) {
			const ys = g.header(goal.id).lines.map((l) => l.y);
			expect(Math.max(...ys) - Math.min(...ys) + g.font).toBeLessThanOrEqual(across);
		}
	});
	it('adds a heading before each group of rows (regions), and rows never overlap it', () => {
		const grouped = [
			{ id: 'a', name: 'A', group: 'africa' },
			{ id: 'b', name: 'B', group: 'africa' },
			{ id: 'c', name: 'C', group: 'arab-states' }
		];
		const g = matrixGeometry(380, grouped, goalsEn);
		expect(g.headings.map((h) => h.group)).toEqual(['africa', 'arab-states']);
		expect(g.y('a')).toBeGreaterThan(g.headings[0]!.y);
		expect(g.headings[1]!.y).toBeGreaterThanOrEqual(g.y('b') + g.rowHeight);
		expect(g.y('c')).toBeGreaterThan(g.headings[1]!.y);
		expect(matrixGeometry(380, rows, goalsEn).headings).toEqual([]);
	});
});

describe('valueLabelX (a bar value never under the average tick)', () => {
	it('sits just past the bar when the tick is elsewhere', () => {
		expect(valueLabelX(100, [50], 10)).toBe(105);
	});
	it('moves past a tick that would strike through it', () => {
		const x = valueLabelX(100, [104], 10);
		expect(x).toBeGreaterThan(104);
		expect(valueLabelX(100, [108, 118], 8)).toBeGreaterThan(118);
	});
});

describe('chartWidth', () => {
	it('draws at the measured width, with a guess before measuring, and a cap', () => {
		expect(chartWidth(380)).toBe(380);
		expect(chartWidth(0)).toBeGreaterThan(300);
		expect(chartWidth(2000)).toBeLessThan(700);
	});
});

describe('nextFocus (arrow keys in the matrix)', () => {
	const rowIds = ['a', 'b'];
	const goals = ['g1', 'g2'];
	it('moves by rows and columns, stops at the edges, and steps over the empty top-left corner', () => {
		expect(nextFocus({ city: 'a', goal: null }, 'ArrowRight', rowIds, goals)).toEqual({ city: 'a', goal: 'g1' });
		expect(nextFocus({ city: 'a', goal: 'g1' }, 'ArrowUp', rowIds, goals)).toEqual({ city: null, goal: 'g1' });
		expect(nextFocus({ city: 'b', goal: 'g2' }, 'ArrowDown', rowIds, goals)).toEqual({ city: 'b', goal: 'g2' });
		expect(nextFocus({ city: 'a', goal: null }, 'ArrowUp', rowIds, goals)).toBeNull();
		expect(nextFocus({ city: 'a', goal: 'g2' }, 'Home', rowIds, goals)).toEqual({ city: 'a', goal: null });
		expect(nextFocus({ city: 'a', goal: 'g1' }, 'x', rowIds, goals)).toBeNull();
	});
});
