/**
 * A new build published while the page is open. SvelteKit's `updated` (from $app/state) compares the page's build
 * with the server's `_app/version.json`; it is checked here rather than by Kit's own poll (kit.version.pollInterval)
 * so that an offline page never asks: it would only log a failed request every minute. Loading the new build goes
 * through the service worker (src/service-worker.ts), which takes it whole or not at all.
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

/** Resolves true once `worker` is in charge, false if its install failed (the new build could not be had whole). */
function settled(worker: ServiceWorker): Promise<boolean> {
	return new Promise((resolve) => {
		const look = () => {
			if (worker.state === 'activated') resolve(true);
			else if (worker.state === 'redundant') resolve(false);
		};
		worker.addEventListener('statechange', look);
		look();
	});
}

/**
 * Loads the new build: first the service worker takes it (all its files, so the page it then serves is the new
 * build whole, online or not), then the page reloads. False, and nothing changes, when it cannot be had now.
 */
export async function loadNewVersion(win: Window = window): Promise<boolean> {
	if (!win.navigator.onLine) return false;
	const registration = await win.navigator.serviceWorker?.getRegistration().catch(() => undefined);
	if (registration) {
		try {
			await registration.update();
		} catch {
			return false;
		}
		const next = registration.installing ?? registration.waiting;
		if (next && !(await settled(next))) return false;
	}
	win.location.reload();
	return true;
}
