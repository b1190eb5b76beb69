import { describe, expect, it } from 'vitest';
import { exportName, wrap } from '../../src/lib/charts/export';

const URL = 'https://uil.unesco.org/lifelong-learning/learning-cities/plenary-session-working-strategies-sustainable-learning-city';

describe('wrap (the credit line under exported charts)', () => {
	it('keeps every word, in order, within the width', () => {
		const text = 'Source: Valdés-Cotera et al. (eds), Unlocking the Potential of Urban Communities, 2015.';
		const lines = wrap(text, 40);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(lines.join(' ')).toBe(text);
		expect(lines[0]).toBe('Source: Valdés-Cotera et al. (eds),');
	});
	it('never cuts a word: a URL longer than a line breaks after a slash', () => {
		const lines = wrap(`Source: the book. ${URL} · Scores: Learning Cities Atlas`, 82);
		expect(lines.join('').replace(/\s+/g, '')).toContain(URL);
		// Each of the URL's segments stands whole on one line (the old wrap gave "plenary-session-wo" / "rking…").
		for (const segment of URL.split('/').filter(Boolean)) expect(lines.some((line) => line.includes(segment))).toBe(true);
	});
});

describe('exportName (download file names)', () => {
	it('adds what the file shows, as a plain slug, so two exports do not overwrite each other', () => {
		expect(exportName('learning-cities-profile', ['cork', 'ybycui'])).toBe('learning-cities-profile-cork-ybycui');
		expect(exportName('learning-cities-goals', ['social-cohesion', 'min2', 'any'])).toBe('learning-cities-goals-social-cohesion-min2-any');
		expect(exportName('learning-cities-goals', ['Ybycuí', 'Ciudad de México'])).toBe('learning-cities-goals-ybycui-ciudad-de-mexico');
		expect(exportName('learning-cities-goals')).toBe('learning-cities-goals');
	});
});
