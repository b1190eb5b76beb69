import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, viewSearch, writeView } from '../../src/lib/state/viewCodec';

const context = { cityIds: new Set(['cork', 'bahir-dar']) };
const parse = (search: string) => parseView(new URLSearchParams(search), context);

describe('view codec', () => {
	it('round-trips every valid view', () => {
		for (const view of [DEFAULT_VIEW, { ...DEFAULT_VIEW, city: 'cork' }, { ...DEFAULT_VIEW, city: 'bahir-dar' }]) {
			expect(parseView(writeView(view), context)).toEqual(view);
		}
	});
	it('writes the default view as an empty query', () => {
		expect(viewSearch(DEFAULT_VIEW)).toBe('');
		expect(viewSearch({ ...DEFAULT_VIEW, city: 'cork' })).toBe('?city=cork');
	});
	it('drops unknown cities, markup, huge values and unknown keys', () => {
		for (const search of ['city=atlantis', 'city=<script>alert(1)</script>', `city=${'a'.repeat(10000)}`, 'zoom=3', 'city=', 'city=CORK', 'city=cork%00']) {
			expect(parse(search)).toEqual(DEFAULT_VIEW);
		}
	});
	it('takes the first of repeated keys', () => {
		expect(parse('city=cork&city=bahir-dar')).toEqual({ ...DEFAULT_VIEW, city: 'cork' });
	});
});
