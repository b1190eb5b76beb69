import { describe, expect, it } from 'vitest';
import { ATLAS_HEAD_SCRIPT } from '../../src/lib/atlas/atlasHead.js';

/**
 * Runs the atlas's head script on a fake page: a window to listen on, a document whose canvases do or do not give
 * a WebGL2 context, and the template holding the live map's prefetch links, the one marked `data-live-map`
 * being the module the script imports (its address is read only to import it).
 */
function atlasPage({ webgl2 = true } = {}) {
	const window = new EventTarget();
	const dataset: Record<string, string> = {};
	const page = { imported: false, lost: false, prefetched: 0, frames: [] as (() => void)[], timers: [] as (() => void)[] };
	const context = { getExtension: () => ({ loseContext: () => (page.lost = true) }) };
	const liveModule = {
		getAttribute: (name: string) => {
			if (name === 'href') page.imported = true;
			return 'data:text/javascript,export default 1';
		}
	};
	const template = {
		content: {
			querySelector: (selector: string) => (selector === 'link[data-live-map]' ? liveModule : null),
			cloneNode: () => 'the prefetch links'
		}
	};
	const document = {
		documentElement: { dataset },
		baseURI: 'http://atlas.test/',
		head: { append: (links: unknown) => links === 'the prefetch links' && page.prefetched++ },
		getElementById: (id: string) => (id === 'live-map-files' ? template : null),
		createElement: () => ({ getContext: (kind: string) => (webgl2 && kind === 'webgl2' ? context : null) })
	};
	new Function('document', 'addEventListener', 'removeEventListener', 'requestAnimationFrame', 'setTimeout', ATLAS_HEAD_SCRIPT)(
		document,
		window.addEventListener.bind(window),
		window.removeEventListener.bind(window),
		(then: () => void) => page.frames.push(then),
		(then: () => void) => page.timers.push(then)
	);
	return { window, dataset, page };
}

describe("the atlas's head script", () => {
	it('waits for input: nothing is probed or loaded while the reader has not moved', () => {
		const { window, dataset, page } = atlasPage();
		window.dispatchEvent(new Event('scroll'));
		expect(dataset).toEqual({});
		expect(page.imported).toBe(false);
	});

	it('on the first input, leaves the input and the WebGL2 answer for the app and starts the live map', () => {
		const { window, dataset, page } = atlasPage();
		window.dispatchEvent(new Event('pointermove'));
		expect(dataset).toEqual({ firstInput: '', webgl2: 'yes' });
		expect(page.imported).toBe(true);
		// The probe's GPU context is given back at once.
		expect(page.lost).toBe(true);
	});

	it('without WebGL2, says so and loads nothing (the app draws its SVG map)', () => {
		const { window, dataset, page } = atlasPage({ webgl2: false });
		window.dispatchEvent(new Event('keydown'));
		expect(dataset).toEqual({ firstInput: '', webgl2: 'no' });
		expect(page.imported).toBe(false);
	});

	it('listens once', () => {
		const { window, dataset } = atlasPage();
		window.dispatchEvent(new Event('touchstart'));
		delete dataset.firstInput;
		window.dispatchEvent(new Event('wheel'));
		expect(dataset.firstInput).toBeUndefined();
	});

	it("prefetches the live map's files once the page has loaded and a frame has been drawn, not before", () => {
		const { window, page } = atlasPage();
		expect(page.prefetched).toBe(0);
		window.dispatchEvent(new Event('load'));
		expect(page.prefetched).toBe(0);
		page.frames.splice(0).forEach((frame) => frame());
		expect(page.prefetched).toBe(0);
		page.timers.splice(0).forEach((timer) => timer());
		expect(page.prefetched).toBe(1);
		window.dispatchEvent(new Event('load'));
		expect(page.frames).toHaveLength(0);
	});
});
