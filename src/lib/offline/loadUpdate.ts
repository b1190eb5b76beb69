/**
 * Loading a new build the reader has been offered (./UpdateOffer.svelte): through the service worker
 * (src/service-worker.ts), which takes it whole or not at all.
 */

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
