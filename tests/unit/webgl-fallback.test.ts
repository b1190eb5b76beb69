/** The pure parts of the map without WebGL: label placement and the basemap file check. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isCountriesTopology } from '../../src/lib/map/basemapFile';
import { labelBox, placeLabels, type LabelInput } from '../../src/lib/map/labelPlacement';

const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('label placement', () => {
	it('puts a lone label to the right of its dot', () => {
		expect(placeLabels([{ id: 'a', x: 100, y: 100, width: 50 }], 400, 300).get('a')).toBe('right');
	});
	it('moves a label left when the right edge is too close', () => {
		expect(placeLabels([{ id: 'a', x: 380, y: 100, width: 50 }], 400, 300).get('a')).toBe('left');
	});
	it('keeps two close cities (Cork and Swansea at world scale) from overlapping', () => {
		const points: LabelInput[] = [
			{ id: 'cork', x: 200, y: 100, width: 32 },
			{ id: 'swansea', x: 212, y: 101, width: 56 }
		];
		const sides = placeLabels(points, 400, 300);
		const boxes = points.map((p) => labelBox(p, sides.get(p.id) as 'right'));
		expect(sides.get('cork')).not.toBe('hidden');
		expect(sides.get('swansea')).not.toBe('hidden');
		expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
	});
	it('hides a label with nowhere to go rather than drawing it over another', () => {
		const crowd: LabelInput[] = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, x: 50 + (i % 3), y: 50, width: 40 }));
		const sides = placeLabels(crowd, 120, 100);
		expect([...sides.values()]).toContain('hidden');
		const placed = crowd.filter((p) => sides.get(p.id) !== 'hidden').map((p) => labelBox(p, sides.get(p.id) as 'right'));
		for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
	});
});

describe('basemap file check', () => {
	it('accepts the TopoJSON the build ships', () => {
		const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
		expect(isCountriesTopology(topology)).toBe(true);
	});
	it('rejects anything else', () => {
		for (const value of [null, 42, 'Topology', [], {}, { type: 'Topology' }, { type: 'Topology', arcs: [], objects: {} }, { type: 'FeatureCollection', features: [] }]) {
			expect(isCountriesTopology(value)).toBe(false);
		}
	});
});
