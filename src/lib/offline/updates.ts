/**
 * A new build published while the page is open. SvelteKit's `updated` (from $app/state) compares the page's build
 * with the server's `_app/version.json`; it is checked here rather than by Kit's own poll (kit.version.pollInterval)
 * so that an offline page never asks: it would only log a failed request every minute. Loading the new build is
 * ./loadUpdate.ts.
 */

/** How often an open page asks whether a new build is out: a kiosk left for a day picks one up within minutes. */
export const CHECK_EVERY_MS = 5 * 60_000;

/** Calls `check` every few minutes while the page is visible and online, and when it comes back to either. */
export function watchForUpdates(check: () => unknown, win: Window = window): () => void {
	const due = () => win.navigator.onLine && win.document.visibilityState === 'visible';
	const maybe = () => void (due() && check());
	const timer = win.setInterval(maybe, CHECK_EVERY_MS);
	win.addEventListener('online', maybe);
	win.document.addEventListener('visibilitychange', maybe);
	return () => {
		win.clearInterval(timer);
		win.removeEventListener('online', maybe);
		win.document.removeEventListener('visibilitychange', maybe);
	};
}
