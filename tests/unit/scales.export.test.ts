import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/lib/charts/export';

describe('wrap (the credit line under exported charts)', () => {
	it('keeps every word, in order, within the width, and cuts words longer than a line', () => {
		const text = 'Source: Valdés-Cotera et al. (eds), Unlocking the Potential https://example.org/' + 'x'.repeat(120);
		const lines = wrap(text, 40);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
		expect(lines[0]).toBe('Source: Valdés-Cotera et al. (eds),');
	});
});
