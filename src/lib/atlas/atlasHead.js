/**
 * The atlas page's one script of its own, inlined in its <head> (hooks.server.ts) and allowed by its hash in the
 * page's content security policy (svelte.config.js). Plain JavaScript in a string, so that the text the page
 * carries and the text the policy hashes are the same bytes whatever the bundler does. It does three things the
 * app's own scripts would do too late:
 *
 * - It hears the reader's first input from the moment the HTML is parsed. The live map starts on that input, but
 *   the app's listener (./firstInput.ts) is set up only once every script of the page has loaded, and Chromium
 *   delivers pointer moves with a frame, which comes after hydration: a hand already on the mouse was heard a few
 *   hundred milliseconds late. On the first input it probes WebGL2 as ./webgl.ts does and imports the live map's
 *   module (the file marked `data-live-map`; the app importing it later gets the same module), and leaves both
 *   answers on <html> for the app.
 * - It starts prefetching the live map's files (./prefetch.server.ts; they wait in a <template>) only once the
 *   page has loaded and painted. Prefetched from the HTML, MapLibre (some 440 kB) often finished downloading before
 *   the first paint on a fast machine, and Lighthouse's simulation then counted it as needed for that paint
 *   (mobile LCP 4.2 s instead of 1.3 s).
 * - It keeps a button pressed before the app is ready: the prerendered buttons do nothing until the page has
 *   hydrated, and a quick reader's click (a city in the list, a goal toggle) was lost. The button is marked, and
 *   the page presses it again once it is ready (./earlyClick.ts). Hydration keeps the prerendered elements, so the
 *   mark survives. Links that carry the view (`data-keeps-view`: the deck, the other languages) are prerendered
 *   without it, since only the browser knows the query: until the page is ready, a click gives them the page's own.
 *   Escape (close the city, clear the filter) is kept the same way, on <html>; only the reader's last early action
 *   is kept, so a click after an Escape is not undone by it, nor the other way round.
 */
export const ATLAS_HEAD_SCRIPT = `(() => {
	const root = document.documentElement;
	const files = document.getElementById('live-map-files');
	const live = files?.content.querySelector('link[data-live-map]');
	addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => files && document.head.append(files.content.cloneNode(true)))), { once: true });
	const types = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'];
	const heard = () => {
		for (const type of types) removeEventListener(type, heard, { capture: true });
		root.dataset.firstInput = '';
		let gl = null;
		try {
			gl = document.createElement('canvas').getContext('webgl2');
		} catch {}
		root.dataset.webgl2 = gl ? 'yes' : 'no';
		if (!gl) return;
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		if (live) import(new URL(live.getAttribute('href'), document.baseURI).href).catch(() => {});
	};
	for (const type of types) addEventListener(type, heard, { capture: true, passive: true });
	addEventListener('keydown', (event) => {
		if (root.dataset.ready !== undefined || event.key !== 'Escape') return;
		if (event.target.closest?.('textarea, select, input:not([type=radio])')) return;
		document.querySelector('[data-early-click]')?.removeAttribute('data-early-click');
		root.dataset.earlyEscape = '';
	}, { capture: true });
	addEventListener('click', (event) => {
		if (root.dataset.ready !== undefined) return;
		const link = event.target.closest?.('a[data-keeps-view]');
		if (link && !link.search) link.search = location.search;
		const button = event.target.closest?.('button');
		if (!button) return;
		document.querySelector('[data-early-click]')?.removeAttribute('data-early-click');
		delete root.dataset.earlyEscape;
		button.setAttribute('data-early-click', '');
	}, { capture: true });
})();`;
