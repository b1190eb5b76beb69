import { describe, expect, it } from 'vitest';
import { clockText, parseMinutes } from '../../src/lib/presenter/timer';

describe('speaker timer', () => {
	it('writes minutes and seconds, hours from the first hour', () => {
		expect(clockText(0)).toBe('00:00');
		expect(clockText(61_999)).toBe('01:01');
		expect(clockText(3_600_000 + 5_000)).toBe('1:00:05');
		expect(clockText(-5)).toBe('00:00');
	});
	it('takes a length of 1 to 600 minutes and nothing else', () => {
		expect(parseMinutes('20')).toBe(20);
		for (const bad of [null, '', '0', '601', '2.5', '-3', 'abc', '1e3']) expect(parseMinutes(bad)).toBeNull();
	});
});
