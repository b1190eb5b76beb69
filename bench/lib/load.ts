/**
 * One cold page load in a fresh browser context: time to first contentful paint, time until the map first
 * reports idle (`data-map-state="idle"`, which the atlas and the bare page both set), and every same-origin
 * request made until then. The atlas opens on its SVG map and starts the live map on the reader's first input, so
 * the pointer moves from the start, as a reader's would, until the live map has started (the bare page ignores it).
 */
import type { Browser, Page } from '@playwright/test';

export interface LoadResult {
	fcp: number;
	mapIdle: number;
	requests: string[];
	mapBox: { width: number; height: number };
}

/** Records when the map first became idle, from the very start of the document. */
const OBSERVE_IDLE = `(() => {
	const check = () => {
		if (window.__benchIdle === undefined && document.querySelector('[data-map-state="idle"]')) window.__benchIdle = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
})();`;

export async function measureLoad(
	browser: Browser,
	url: string,
	viewport = { width: 1280, height: 800 },
	timeout = 60_000
): Promise<LoadResult> {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		const origin = new URL(url).origin;
		const requests: string[] = [];
		const foreign: string[] = [];
		// Requests are watched, not intercepted: interception holds every request for a round trip to this
		// process, which costs the atlas (about 30 requests before idle) more than the bare page (6). In two
		// paired runs of 9 loads it added 0.08 and 0.15 to the ratio (1.17 and 1.24 routed, 1.09 both times
		// without). A request to another origin is not blocked; it fails the bench below.
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === origin) requests.push(u.pathname);
			else if (!['data:', 'blob:'].includes(u.protocol)) foreign.push(r.url());
		});
		await page.addInitScript(OBSERVE_IDLE);
		await page.goto(url, { waitUntil: 'commit' });
		await moveUntilLive(page, timeout);
		await page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined, null, {
			timeout,
			polling: 50
		});
		// Anything still arriving right after idle (e.g. a favicon) belongs to the first full view too.
		await page.waitForTimeout(300);
		const measured = await page.evaluate(() => {
			const box = document.querySelector('[data-map-state]')!.getBoundingClientRect();
			return {
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				mapIdle: (window as unknown as { __benchIdle: number }).__benchIdle,
				mapBox: { width: Math.round(box.width), height: Math.round(box.height) }
			};
		});
		if (foreign.length) throw new Error(`${url} asked another origin: ${[...new Set(foreign)].join(', ')}`);
		return { ...measured, requests: [...new Set(requests)] };
	} finally {
		await context.close();
	}
}

/**
 * Moves the pointer every 25 ms until the page's live map exists or its map settled otherwise: a reader
 * whose hand is on the mouse from the first moment. Input that arrives before the page listens is simply missed.
 */
export async function moveUntilLive(page: Page, timeout = 60_000) {
	const start = Date.now();
	for (let i = 0; Date.now() - start < timeout; i++) {
		const state = await page
			.evaluate(() => document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null)
			.catch(() => null);
		if (state && state !== 'loading' && state !== 'preview') return;
		// The live map exists (the atlas's has started; the bare page's starts by itself): no more input needed.
		if (await page.evaluate(() => !!document.querySelector('canvas.maplibregl-canvas')).catch(() => false)) return;
		await page.mouse.move(10 + (i % 2), 10);
		await page.waitForTimeout(25);
	}
}
