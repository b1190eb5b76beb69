import { describe, expect, it } from 'vitest';
import { EARLY_INPUT } from '../../src/lib/map/earlyInput.js';

/**
 * Runs the atlas's first script on a fake page: a window to listen on, a document whose canvases do or do not
 * give a WebGL2 context, and the live map's prefetch link, whose address is read only to import it.
 */
function atlasPage({ webgl2 = true, link = true } = {}) {
	const window = new EventTarget();
	const dataset: Record<string, string> = {};
	const page = { imported: false, lost: false };
	const context = { getExtension: () => ({ loseContext: () => (page.lost = true) }) };
	const document = {
		documentElement: { dataset },
		createElement: () => ({ getContext: (kind: string) => (webgl2 && kind === 'webgl2' ? context : null) }),
		querySelector: (selector: string) =>
			link && selector === 'link[data-live-map]'
				? {
						get href() {
							page.imported = true;
							return 'data:text/javascript,export default 1';
						}
					}
				: null
	};
	new Function('document', 'addEventListener', 'removeEventListener', EARLY_INPUT)(
		document,
		window.addEventListener.bind(window),
		window.removeEventListener.bind(window)
	);
	return { window, dataset, page };
}

describe("the atlas's first script", () => {
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
});
