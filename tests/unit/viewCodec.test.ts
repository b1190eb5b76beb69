import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../../src/lib/data/schema';
import { DEFAULT_VIEW, PANELS, parseView, SORT_KEYS, viewSearch, writeView, type View } from '../../src/lib/state/viewCodec';

const context = { cityIds: new Set(['cork', 'bahir-dar']) };
const parse = (search: string) => parseView(new URLSearchParams(search), context);

const views: View[] = [
	DEFAULT_VIEW,
	{ ...DEFAULT_VIEW, city: 'cork' },
	{ ...DEFAULT_VIEW, city: 'bahir-dar', compare: 'cork' },
	{ ...DEFAULT_VIEW, goals: ['social-cohesion', 'economic-development'], min: 3, match: 'all' },
	{ ...DEFAULT_VIEW, goals: [...GOAL_IDS], min: 1 },
	...SORT_KEYS.map((sort) => ({ ...DEFAULT_VIEW, sort })),
	...PANELS.map((panel) => ({ ...DEFAULT_VIEW, panel, city: 'cork', goals: ['cultural-prosperity' as const] }))
];

describe('view codec', () => {
	it('round-trips every valid view, through params and through the query string', () => {
		for (const view of views) {
			expect(parseView(writeView(view), context)).toEqual(view);
			expect(parse(viewSearch(view).slice(1))).toEqual(view);
		}
	});

	it('writes one canonical URL per view: defaults left out, fixed key and goal order, readable commas', () => {
		expect(viewSearch(DEFAULT_VIEW)).toBe('');
		expect(viewSearch({ ...DEFAULT_VIEW, city: 'cork' })).toBe('?city=cork');
		expect(
			viewSearch({
				...DEFAULT_VIEW,
				sort: 'region',
				compare: 'bahir-dar',
				match: 'all',
				min: 3,
				goals: ['economic-development', 'social-cohesion'],
				city: 'cork',
				panel: 'matrix'
			})
		).toBe('?city=cork&goals=social-cohesion,economic-development&min=3&match=all&compare=bahir-dar&sort=region&panel=matrix');
		expect(parse('goals=economic-development,social-cohesion,social-cohesion').goals).toEqual([
			'social-cohesion',
			'economic-development'
		]);
	});

	it('drops unknown cities, markup, huge values and unknown keys', () => {
		const hostile = [
			'city=atlantis',
			'city=<script>alert(1)</script>',
			`city=${'a'.repeat(10000)}`,
			'zoom=3',
			'city=',
			'city=CORK',
			'city=cork%00',
			'city=%E2%80%AEkroc',
			'city=cork%20',
			'compare=atlantis',
			'compare=<img src=x onerror=alert(1)>',
			'goals=',
			'goals=,,,',
			'goals=world-peace',
			'goals=SOCIAL-COHESION',
			`goals=${'social-cohesion,'.repeat(5000)}`,
			'goals=social-cohesion%3Cscript%3E',
			'min=0',
			'min=4',
			'min=2.5',
			'min=-1',
			'min=1e0',
			'min=%EF%BC%92',
			`min=${'9'.repeat(400)}`,
			'min=',
			'match=some',
			'match=ALL',
			'match=',
			'sort=population',
			'sort=__proto__',
			'sort=constructor',
			'panel=admin',
			'panel=toString',
			'__proto__=x',
			'%F0%9F%92%A9=%F0%9F%92%A9',
			'%ZZ=%ZZ'
		];
		for (const search of hostile) expect(parse(search), search).toEqual(DEFAULT_VIEW);
	});

	it('keeps the good parts of a half-bad URL', () => {
		expect(parse('city=cork&goals=social-cohesion,world-peace&min=9&sort=evil&compare=bahir-dar')).toEqual({
			...DEFAULT_VIEW,
			city: 'cork',
			goals: ['social-cohesion'],
			compare: 'bahir-dar'
		});
	});

	it('takes the first of repeated keys', () => {
		expect(parse('city=cork&city=bahir-dar')).toEqual({ ...DEFAULT_VIEW, city: 'cork' });
		expect(parse('min=3&min=1&match=all&match=any').min).toBe(3);
		expect(parse('min=3&min=1&match=all&match=any').match).toBe('all');
		expect(parse('goals=social-cohesion&goals=economic-development').goals).toEqual(['social-cohesion']);
		// A bad first value is not rescued by a good second one: the key is dropped.
		expect(parse('sort=nope&sort=region').sort).toBe('name');
	});
});
