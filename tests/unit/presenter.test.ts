import { describe, expect, it } from 'vitest';
import { keyAction, type KeyState } from '../../src/lib/presenter/keys';
import { initialMotion, mapMotion } from '../../src/lib/presenter/motion';
import { atlasSearch, parsePresent, presentSearch } from '../../src/lib/presenter/presentUrl';
import { qrPath } from '../../src/lib/share/qr';

const idle: KeyState = { blank: false, help: false, typed: '' };
const press = (key: string, state: Partial<KeyState> = {}, extra = {}) => keyAction({ key, ...extra }, { ...idle, ...state });

describe('keys', () => {
	it('moves with every key a clicker or keyboard sends', () => {
		for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(press(key)).toEqual({ type: 'next' });
		for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(press(key)).toEqual({ type: 'prev' });
		expect(press(' ', {}, { shiftKey: true })).toEqual({ type: 'prev' });
		expect(press('Home')).toEqual({ type: 'first' });
		expect(press('End')).toEqual({ type: 'last' });
	});

	it('jumps to a typed number on Enter', () => {
		expect(press('1')).toEqual({ type: 'typing', typed: '1' });
		expect(press('2', { typed: '1' })).toEqual({ type: 'typing', typed: '12' });
		expect(press('Enter', { typed: '12' })).toEqual({ type: 'goto', slide: 12 });
		expect(press('Backspace', { typed: '12' })).toEqual({ type: 'typing', typed: '1' });
		expect(press('Escape', { typed: '12' })).toEqual({ type: 'typing', typed: '' });
		expect(press('Enter')).toEqual({ type: 'none' });
	});

	it('blanks with B or "." and any key brings the slide back without acting', () => {
		for (const key of ['b', 'B', '.']) expect(press(key)).toEqual({ type: 'blank' });
		for (const key of ['b', 'ArrowRight', 'x', 'Escape']) expect(press(key, { blank: true })).toEqual({ type: 'unblank' });
		expect(press('Shift', { blank: true })).toEqual({ type: 'none' });
	});

	it('toggles full screen, help and speaker view; Escape leaves unless help is open', () => {
		expect(press('f')).toEqual({ type: 'fullscreen' });
		expect(press('F')).toEqual({ type: 'fullscreen' });
		expect(press('?')).toEqual({ type: 'help' });
		expect(press('s')).toEqual({ type: 'speaker' });
		for (const key of ['k', 'K', 'Pause']) expect(press(key)).toEqual({ type: 'pause' });
		expect(press('Escape')).toEqual({ type: 'leave' });
		expect(press('Escape', { help: true })).toEqual({ type: 'help' });
	});

	it('leaves browser shortcuts, form fields and focused buttons alone', () => {
		expect(press('p', {}, { ctrlKey: true })).toEqual({ type: 'none' });
		expect(press('ArrowRight', {}, { altKey: true })).toEqual({ type: 'none' });
		expect(press('ArrowRight', {}, { target: 'text' })).toEqual({ type: 'none' });
		expect(press('Escape', { help: true }, { target: 'text' })).toEqual({ type: 'help' });
		expect(press(' ', {}, { target: 'control' })).toEqual({ type: 'none' });
		expect(press('Enter', { typed: '3' }, { target: 'control' })).toEqual({ type: 'none' });
		expect(press('PageDown', {}, { target: 'control' })).toEqual({ type: 'next' });
	});
});

describe('deck URLs', () => {
	const context = { cityIds: new Set(['cork', 'beijing']) };
	const parse = (search: string) => parsePresent(new URLSearchParams(search), context);

	it('reads slide, filter, start city and autoplay, dropping junk', () => {
		expect(parse('slide=5&goals=social-cohesion&min=3&match=all&city=cork&autoplay=15')).toEqual({
			slide: 5,
			filter: { goals: ['social-cohesion'], min: 3, match: 'all' },
			city: 'cork',
			autoplay: 15,
			qr: null,
			handout: 1,
			tour: null,
			text: { title: null, speaker: null, event: null }
		});
		for (const junk of ['slide=0', 'slide=-2', 'slide=abc', 'slide=1e3', `slide=${'9'.repeat(50)}`]) expect(parse(junk).slide).toBeNull();
		expect(parse('city=atlantis').city).toBeNull();
		expect(parse('autoplay=1').autoplay).toBe(3);
		expect(parse('autoplay=nope').autoplay).toBeNull();
	});

	it('writes one canonical URL per slide and filter, and round-trips it', () => {
		const filter = { goals: ['economic-development', 'social-cohesion'] as const, min: 3 as const, match: 'any' as const };
		const search = presentSearch(5, { ...filter, goals: [...filter.goals] });
		expect(search).toBe('?slide=5&goals=social-cohesion,economic-development&min=3');
		expect(parse(search.slice(1))).toMatchObject({ slide: 5, filter: { goals: ['social-cohesion', 'economic-development'], min: 3 } });
		expect(presentSearch(2, { goals: [], min: 2, match: 'any' }, { autoplay: 20 })).toBe('?slide=2&autoplay=20');
	});

	it("keeps a speaker's http(s) address for the QR code and the handout's layout; drops anything else", () => {
		expect(parse('slide=17&qr=https%3A%2F%2Fexample.org%2Fatlas%2F')).toMatchObject({ slide: 17, qr: 'https://example.org/atlas/' });
		for (const bad of ['qr=javascript:alert(1)', 'qr=example.org', 'qr=', 'qr=ftp://example.org/']) expect(parse(bad).qr, bad).toBeNull();
		expect(parse('handout=4').handout).toBe(4);
		for (const bad of ['handout=3', 'handout=', 'handout=x']) expect(parse(bad).handout, bad).toBe(1);
		const search = presentSearch(17, { goals: [], min: 2, match: 'any' }, { qr: 'https://example.org/atlas/', handout: 2 });
		expect(search).toBe('?slide=17&handout=2&qr=https%3A%2F%2Fexample.org%2Fatlas%2F');
		expect(parse(search.slice(1))).toMatchObject({ qr: 'https://example.org/atlas/', handout: 2 });
	});

	it('leaves for the atlas on the city, keeping the filter', () => {
		expect(atlasSearch('cork', { goals: ['social-cohesion'], min: 2, match: 'all' })).toBe('?city=cork&goals=social-cohesion&match=all');
		expect(atlasSearch(null, { goals: [], min: 2, match: 'any' })).toBe('');
	});
});

describe('motion setting', () => {
	it('flies by default, fades under reduced motion, and a stored choice wins', () => {
		expect(initialMotion(null, false)).toBe('fly');
		expect(initialMotion(null, true)).toBe('fade');
		expect(initialMotion('jump', false)).toBe('jump');
		expect(initialMotion('fly', true)).toBe('fly');
		expect(initialMotion('warp', true)).toBe('fade');
		expect(mapMotion('fly')).toBe('essential');
		expect(mapMotion('fade')).toBe('jump');
	});
});

describe('QR code', () => {
	it('encodes an address as a square grid with finder patterns', () => {
		const { size, d } = qrPath('https://example.org/atlas/');
		expect(size).toBeGreaterThanOrEqual(21);
		expect((size - 17) % 4).toBe(0);
		// The top-left finder pattern: its whole first row of seven modules is dark.
		for (let col = 0; col < 7; col++) expect(d).toContain(`M${col} 0h1v1h-1z`);
		expect(d).not.toContain('M7 0h1v1h-1z');
		expect(qrPath('https://example.org/other/').d).not.toBe(d);
	});
});
