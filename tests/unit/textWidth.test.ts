import { describe, expect, it } from 'vitest';
import { labelLines, textWidth } from '../../src/lib/charts/textWidth';

describe('label lines (chart labels laid out without a browser to measure them)', () => {
	it('keeps a short label on one line', () => {
		expect(labelLines('Social cohesion', 10.5, 112)).toEqual(['Social cohesion']);
	});
	it('breaks a long label at the space that makes the longer line shortest', () => {
		expect(labelLines('Autonomisation individuelle', 10.5, 112)).toEqual(['Autonomisation', 'individuelle']);
		expect(labelLines('Développement économique local', 10.5, 112)).toEqual(['Développement', 'économique local']);
	});
	it('leaves a long word without spaces whole', () => {
		expect(labelLines('Empoderamientoindividual', 10.5, 50)).toEqual(['Empoderamientoindividual']);
	});
	it('grows with the text and the font size', () => {
		expect(textWidth('Développement durable', 10)).toBeGreaterThan(textWidth('Social cohesion', 10));
		expect(textWidth('abc', 20)).toBe(2 * textWidth('abc', 10));
	});
});
