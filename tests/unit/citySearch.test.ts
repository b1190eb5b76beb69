// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { CitySearchState, isSearchShortcut } from '../../src/lib/atlas/citySearch.svelte';
import type { SearchCandidate } from '../../src/lib/state/search';

const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => {
	const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
	Object.defineProperty(event, 'target', { value: target });
	return event;
};

describe('the `/` shortcut to the search', () => {
	it('is `/` on the page, on a button, a checkbox or a radio', () => {
		for (const html of ['<button>x</button>', '<input type="checkbox">', '<input type="radio">']) {
			document.body.innerHTML = html;
			expect(isSearchShortcut(press('/', document.body.firstElementChild!)), html).toBe(true);
		}
		expect(isSearchShortcut(press('/'))).toBe(true);
	});
	it('is not while typing in a field, a text area, a select or an editable element, nor with a modifier', () => {
		for (const html of ['<input type="text">', '<input type="search">', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"><b>x</b></div>']) {
			document.body.innerHTML = html;
			const target = document.body.querySelector('b') ?? document.body.firstElementChild!;
			expect(isSearchShortcut(press('/', target)), html).toBe(false);
		}
		for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) expect(isSearchShortcut(press('/', document.body, { [modifier]: true }))).toBe(false);
		expect(isSearchShortcut(press('?'))).toBe(false);
	});
});

describe('the search’s keys', () => {
	const candidates: SearchCandidate[] = ['Cork', 'Cordoba', 'Corfu'].map((name) => ({ id: name.toLowerCase(), name, names: [] }) as unknown as SearchCandidate);
	const make = () => {
		const chosen: string[] = [];
		const state = new CitySearchState(
			() => candidates,
			() => 'en',
			(id) => chosen.push(id)
		);
		return { state, chosen };
	};

	it('Down opens the list on the first match, wraps past the last; Enter chooses the active one', () => {
		const { state, chosen } = make();
		state.query = 'cor';
		state.typed();
		flushSync();
		expect(state.result.total).toBe(3);
		state.key(press('ArrowDown'));
		expect(state.active).toBe(0);
		state.key(press('ArrowUp'));
		expect(state.active).toBe(2);
		state.key(press('ArrowDown'));
		expect(state.active).toBe(0);
		const first = state.result.matches[0]!;
		const enter = press('Enter');
		state.key(enter);
		expect(enter.defaultPrevented).toBe(true);
		expect(chosen).toEqual([first.id]);
		expect(state.open).toBe(false);
		expect(state.query).toBe(first.name);
	});

	it('Escape closes the list first, then empties the field, then leaves the key to the page', () => {
		const { state } = make();
		state.query = 'cor';
		state.typed();
		const first = press('Escape');
		state.key(first);
		expect([state.open, state.query, first.defaultPrevented]).toEqual([false, 'cor', true]);
		const second = press('Escape');
		state.key(second);
		expect([state.query, second.defaultPrevented]).toEqual(['', true]);
		const third = press('Escape');
		state.key(third);
		expect(third.defaultPrevented).toBe(false);
	});

	it('Enter with nothing matching does nothing and leaves the key alone', () => {
		const { state, chosen } = make();
		state.query = 'zzz';
		state.typed();
		const enter = press('Enter');
		state.key(enter);
		expect([chosen, enter.defaultPrevented, state.none]).toEqual([[], false, true]);
	});
});

describe('the search’s index', () => {
	it('is not built for what the page reads while nobody searches (a change of scope must not index the new scope)', () => {
		let reads = 0;
		const state = new CitySearchState(
			() => (reads++, [{ id: 'cork', name: 'Cork', names: [] } as unknown as SearchCandidate]),
			() => 'en',
			() => {}
		);
		expect([state.status, state.expanded, state.none]).toEqual(['', false, false]);
		state.open = true;
		expect(state.status).toBe('');
		expect(reads).toBe(0);
		state.query = 'co';
		expect(state.status).not.toBe('');
		expect(reads).toBe(1);
	});
});
