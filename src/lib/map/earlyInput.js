/**
 * The atlas page's first script, inlined in its <head> (hooks.server.ts), with its hash in the page's content
 * security policy (svelte.config.js). The live map starts on the reader's first input; the app's own listener
 * (./firstInput.ts) is set up only once every script of the page has loaded, and Chromium delivers pointer moves
 * only with a frame, which comes after hydration: a reader whose hand is on the mouse was heard a few hundred
 * milliseconds late. This listens from the moment the HTML is parsed and starts the live map's code at once
 * (after the same WebGL2 probe as ./webgl.ts, whose answer it leaves for the app, as it leaves the input).
 *
 * Plain JavaScript in a string, so that the text the page carries and the text the policy hashes are the same
 * bytes whatever the bundler does. The live map's module is the prefetch link marked `data-live-map`
 * (./prefetch.server.ts); importing it by that URL gives the app the same module when it asks.
 */
export const EARLY_INPUT = `(() => {
	const root = document.documentElement;
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
		const live = document.querySelector('link[data-live-map]');
		if (live) import(live.href).catch(() => {});
	};
	for (const type of types) addEventListener(type, heard, { capture: true, passive: true });
})();`;
