import { describe, expect, it } from 'vitest';
import { parseText, parseTour, MAX_TOUR, TEXT_LIMITS } from '../../src/lib/presenter/tour';

const cities = new Set(['cork', 'espoo', 'beijing']);

describe('parseTour', () => {
	it('keeps known ids in order, each once, and drops the rest', () => {
		expect(parseTour('title,Cork, espoo,nowhere,cork,awards', cities)).toEqual(['title', 'cork', 'espoo', 'awards']);
	});
	it('gives null (the default deck) for nothing known', () => {
		for (const value of [null, '', ',,,', '<script>', 'javascript:alert(1)', 'x'.repeat(5000)]) expect(parseTour(value, cities)).toBeNull();
	});
	it('caps the number of slides', () => {
		expect(parseTour(Array.from({ length: 200 }, () => 'cork,title,espoo').join(','), cities)).toHaveLength(3);
		expect(MAX_TOUR).toBeGreaterThan(7);
	});
});

describe('parseText', () => {
	it('keeps plain text, one space at a time, cut at the cap', () => {
		expect(parseText('  Learning\n\tcities  ', 'title')).toBe('Learning cities');
		expect(parseText('é'.repeat(300), 'speaker')).toHaveLength(TEXT_LIMITS.speaker);
		expect(parseText('👩‍🏫'.repeat(200), 'event')!.length).toBeLessThanOrEqual(TEXT_LIMITS.event * 2);
	});
	it('refuses markup and empty values', () => {
		for (const value of ['<b>x</b>', '"><script>alert(1)</script>', '   ', '\u0000\u0007', null, undefined]) expect(parseText(value, 'title')).toBeNull();
	});
});
