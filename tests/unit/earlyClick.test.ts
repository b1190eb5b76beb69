// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ATLAS_HEAD_SCRIPT } from '../../src/lib/atlas/atlasHead.js';
import { replayEarlyClick } from '../../src/lib/atlas/earlyClick';

describe('a click before the atlas is ready', () => {
	it('is kept by the head script and pressed again once the page is ready: the last button only, once', () => {
		document.body.innerHTML = '<ul><li><button id="cork"><span>Cork</span></button></li><li><button id="espoo">Espoo</button></li></ul>';
		new Function(ATLAS_HEAD_SCRIPT)();
		const cork = document.getElementById('cork')!;
		const espoo = document.getElementById('espoo')!;
		// The prerendered buttons do nothing yet; the reader presses two of them.
		cork.querySelector('span')!.click();
		espoo.click();
		expect(document.querySelectorAll('[data-early-click]')).toHaveLength(1);
		// Hydration gives the same elements their handlers, then the page says it is ready.
		const pressed: string[] = [];
		for (const button of [cork, espoo]) button.addEventListener('click', () => pressed.push(button.id));
		replayEarlyClick();
		expect(pressed).toEqual(['espoo']);
		expect(document.querySelector('[data-early-click]')).toBeNull();
		// From now on clicks are the page's own: nothing is kept, nothing pressed twice.
		cork.click();
		expect(pressed).toEqual(['espoo', 'cork']);
		expect(document.querySelector('[data-early-click]')).toBeNull();
		replayEarlyClick();
		expect(pressed).toEqual(['espoo', 'cork']);
	});
});

describe('a link that carries the view, clicked before the atlas is ready', () => {
	it('takes the page’s own query (prerendered without it), and is left to the page once it is ready', () => {
		delete document.documentElement.dataset.ready;
		window.history.replaceState(null, '', '/?city=cork&goals=social-cohesion');
		document.body.innerHTML = '<a id="present" href="/present/" data-keeps-view>Present</a><a id="method" href="/method/">Method</a>';
		new Function(ATLAS_HEAD_SCRIPT)();
		const present = document.getElementById('present') as HTMLAnchorElement;
		const method = document.getElementById('method') as HTMLAnchorElement;
		for (const link of [present, method]) link.addEventListener('click', (event) => event.preventDefault());
		present.click();
		method.click();
		expect(present.pathname + present.search).toBe('/present/?city=cork&goals=social-cohesion');
		expect(method.getAttribute('href')).toBe('/method/');
		replayEarlyClick();
		present.setAttribute('href', '/present/?city=espoo');
		present.click();
		expect(present.getAttribute('href')).toBe('/present/?city=espoo');
	});
});

describe('Escape before the atlas is ready', () => {
	it('is kept and given to the page once it is ready, from where the focus is; the last early action wins', () => {
		delete document.documentElement.dataset.ready;
		document.body.innerHTML = '<input type="radio" id="all"><input type="search" id="find"><button id="cork">Cork</button>';
		new Function(ATLAS_HEAD_SCRIPT)();
		const all = document.getElementById('all')!;
		const heard: string[] = [];
		window.addEventListener('keydown', (event) => heard.push(`${event.key}@${(event.target as HTMLElement).id}`));
		const escape = (el: HTMLElement) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		// Escape in a text field is the field's own: not kept.
		escape(document.getElementById('find')!);
		expect(document.documentElement.dataset.earlyEscape).toBeUndefined();
		all.focus();
		escape(all);
		expect(document.documentElement.dataset.earlyEscape).toBe('');
		heard.length = 0;
		replayEarlyClick();
		expect(heard).toEqual(['Escape@all']);
		expect(document.documentElement.dataset.earlyEscape).toBeUndefined();
	});

	it('a click after an early Escape replaces it, and an Escape after a click replaces the click', () => {
		delete document.documentElement.dataset.ready;
		document.body.innerHTML = '<button id="cork">Cork</button>';
		new Function(ATLAS_HEAD_SCRIPT)();
		const cork = document.getElementById('cork')!;
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		cork.click();
		expect(document.documentElement.dataset.earlyEscape).toBeUndefined();
		expect(cork.hasAttribute('data-early-click')).toBe(true);
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(cork.hasAttribute('data-early-click')).toBe(false);
		expect(document.documentElement.dataset.earlyEscape).toBe('');
		replayEarlyClick();
	});
});
