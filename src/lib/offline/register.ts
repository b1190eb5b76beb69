/**
 * Registers the offline service worker (src/service-worker.ts) once the first view has settled, instead of at
 * the page's load event as SvelteKit would. On install the worker precaches the whole site, every page in three
 * languages, the map library and the basemap: several megabytes. Started at load, that download and its parsing
 * compete with the live map the reader has just asked for. Started a few seconds later, when the browser is
 * idle, the first visit is still enough to work offline afterwards.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after the load event precaching waits: the live map is up well within it on a first visit. */
export const SETTLE_MS = 3000;

export function registerServiceWorkerWhenSettled(win: Window = window): void {
	if (!('serviceWorker' in win.navigator)) return;
	const register = () => {
		win.navigator.serviceWorker
			// The dev server serves the worker as a module; the build emits a classic script.
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch((error: unknown) => console.warn('The offline copy could not be set up:', error));
	};
	const settle = () =>
		win.setTimeout(() => ('requestIdleCallback' in win ? win.requestIdleCallback(register, { timeout: 2000 }) : register()), SETTLE_MS);
	if (win.document.readyState === 'complete') settle();
	else win.addEventListener('load', settle, { once: true });
}
