/** Label ownership: every name the placement draws is nearer its own dot than any other, covers no dot, and stays inside the map. */
import { describe, expect, it } from 'vitest';
import { citiesProjection } from '../../src/lib/map/projection';
import {
	DOT_RADIUS,
	distanceToBox,
	labelAnchor,
	labelBox,
	labelWidth,
	placeLabels,
	SIDES,
	type Box,
	type LabelInput
} from '../../src/lib/map/labelPlacement';
import { cities } from '../e2e/data';

/** Every rule the issue asks of a placed name, checked on the boxes the placement chose. */
function problems(points: readonly LabelInput[], width: number, height: number, size = 14): string[] {
	const sides = placeLabels(points, width, height, [], { size });
	const found: string[] = [];
	const boxes: [string, Box][] = [];
	for (const p of points) {
		const side = sides.get(p.id)!;
		if (side === 'hidden') continue;
		const box = labelBox(p, side, size);
		boxes.push([p.id, box]);
		if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) found.push(`${p.id} cut by the edge`);
		const own = distanceToBox(p.x, p.y, box);
		for (const q of points) {
			if (q.id === p.id) continue;
			if (distanceToBox(q.x, q.y, box) <= own) found.push(`${p.id}'s name is nearer ${q.id}`);
			if (distanceToBox(q.x, q.y, box) < DOT_RADIUS) found.push(`${p.id}'s name covers ${q.id}`);
		}
	}
	for (const [i, [a, A]] of boxes.entries())
		for (const [b, B] of boxes.slice(i + 1)) if (A.x0 < B.x1 && B.x0 < A.x1 && A.y0 < B.y1 && B.y0 < A.y1) found.push(`${a} and ${b} overlap`);
	return found;
}

function project(width: number, height: number, size = 14): LabelInput[] {
	const projection = citiesProjection(cities, width, height);
	return cities.map((c) => {
		const [x, y] = projection([c.lon, c.lat])!;
		return { id: c.id, x, y, width: labelWidth(c.name, size) };
	});
}

describe('label ownership', () => {
	it('puts Cork left of its dot and Swansea right of its own, 11px apart (the world view)', () => {
		const points: LabelInput[] = [
			{ id: 'cork', x: 200, y: 100, width: labelWidth('Cork') },
			{ id: 'swansea', x: 211, y: 101, width: labelWidth('Swansea') }
		];
		const sides = placeLabels(points, 400, 300);
		expect(sides.get('cork')).toMatch(/left/);
		expect(sides.get('swansea')).toMatch(/right/);
		expect(problems(points, 400, 300)).toEqual([]);
	});

	it('never lets Beijing’s name cover Namyangju’s dot', () => {
		const points: LabelInput[] = [
			{ id: 'beijing', x: 300, y: 120, width: labelWidth('Beijing') },
			{ id: 'namyangju', x: 326, y: 126, width: labelWidth('Namyangju') }
		];
		const sides = placeLabels(points, 500, 300);
		expect(sides.get('beijing')).toMatch(/left|above|below/);
		expect(problems(points, 500, 300)).toEqual([]);
	});

	it('hides a name rather than give it to a neighbour, and a name near the edge goes inward', () => {
		expect(placeLabels([{ id: 'a', x: 390, y: 100, width: 50 }], 400, 300).get('a')).toBe('left');
		// Three dots in a row, 12px apart: the middle one's name would be nearer a neighbour on every side but above or below.
		const row = ['a', 'b', 'c'].map((id, i) => ({ id, x: 100 + 12 * i, y: 100, width: 40 }));
		expect(problems(row, 400, 300)).toEqual([]);
		const tight = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, x: 100 + 12 * (i % 3), y: 100 + 12 * Math.floor(i / 3), width: 40 }));
		const sides = placeLabels(tight, 400, 300);
		expect(sides.get('c4')).toBe('hidden');
		expect(problems(tight, 400, 300)).toEqual([]);
	});

	it('places the selected city first, so its name always shows', () => {
		const pair = [
			{ id: 'a', x: 100, y: 100, width: 40 },
			{ id: 'b', x: 110, y: 100, width: 40 }
		];
		const crowd = [...pair, { id: 'c', x: 105, y: 80, width: 40 }, { id: 'd', x: 105, y: 120, width: 40 }];
		for (const id of ['a', 'b', 'c', 'd']) expect(placeLabels(crowd, 400, 300, [], { first: id }).get(id)).not.toBe('hidden');
	});

	for (const [width, height] of [
		[758, 487],
		[506, 465],
		[1150, 700],
		[390, 420],
		[389, 720]
	] as const) {
		it(`holds for the twelve cities on a ${width}x${height} map, at 14px and at the deck’s 26px`, () => {
			expect(problems(project(width, height), width, height)).toEqual([]);
			expect(problems(project(width, height, 26), width, height, 26)).toEqual([]);
		});
	}

	it('draws each side’s text from the box edge nearest the dot', () => {
		for (const side of SIDES) {
			const { dx, dy, tx, ty } = labelAnchor(side);
			const box = labelBox({ id: '', x: 0, y: 0, width: 40 }, side);
			const h = box.y1 - box.y0;
			// The text's own box, drawn from the anchor and shifted by tx, ty of its size, is the placed box.
			expect(dx + tx * 40).toBeCloseTo(box.x0);
			expect(dy + ty * h).toBeCloseTo(box.y0);
		}
		expect(labelAnchor('right').anchor).toBe('left');
		expect(labelAnchor('below-left').anchor).toBe('top-right');
	});

	it('estimates names wider for wider letters, and in proportion to the size', () => {
		expect(labelWidth('Mexico City')).toBeGreaterThan(labelWidth('Ybycuí'));
		expect(labelWidth('Namyangju', 28)).toBeGreaterThanOrEqual(2 * labelWidth('Namyangju', 14) - 1);
	});
});

describe("the map's own buttons", () => {
	// A city just below and right of the zoom buttons' corner, as Edmonton is at the network's world view.
	const buttons: Box = { x0: 7, y0: 7, x1: 45, y1: 130 };
	const edmonton: LabelInput = { id: 'edmonton', x: 30, y: 125, width: labelWidth('Edmonton') };
	const meets = (box: Box) => box.x0 < buttons.x1 && buttons.x0 < box.x1 && box.y0 < buttons.y1 && buttons.y0 < box.y1;

	it('a name goes where no button covers it', () => {
		const without = placeLabels([edmonton], 600, 400, [], {}).get('edmonton')!;
		const side = placeLabels([edmonton], 600, 400, [], { covered: [buttons] }).get('edmonton')!;
		// Not told of the buttons, it takes the first side that fits, its right, which starts under them.
		expect(without).toBe('right');
		expect(meets(labelBox(edmonton, 'right'))).toBe(true);
		expect(side).not.toBe('hidden');
		expect(meets(labelBox(edmonton, side as Exclude<typeof side, 'hidden'>))).toBe(false);
	});

	it('a name with no side clear of them hides, rather than being drawn under them', () => {
		const under: LabelInput = { id: 'under', x: 26, y: 60, width: labelWidth('Under') };
		expect(placeLabels([under], 600, 400, [], { covered: [{ x0: 0, y0: 0, x1: 200, y1: 200 }] }).get('under')).toBe('hidden');
	});
});
