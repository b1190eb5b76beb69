/**
 * Kiosk soak: the presenter (/present) stepped through 2,000 slide changes, looping over the deck the way the
 * kiosk's autoplay does (next, and back to the first slide after the last), with the map jumping (the motion
 * setting a kiosk would use; a 1.2 s flight per slide would make 2,000 changes take forty minutes).
 * JS heap after a forced garbage collection, before and after; every WebGL context the page ever created.
 * The heap baseline is taken after a warm-up of one pass through the deck, so one-off caches (glyphs, the
 * slides' first renders) are not counted as growth; the growth from a cold page is reported next to it.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Line } from './report.ts';
import type { Served } from './server.ts';

export const SOAK_CHANGES = 2000;

/**
 * Records every WebGL context the page creates. A context the page gave back at once (the atlas's WebGL2
 * probe loses its context right away) is not a live context; the budget counts the live ones at the end.
 */
const COUNT_WEBGL = `(() => {
	const seen = new WeakSet();
	window.__benchWebgl = 0;
	window.__benchContexts = [];
	const original = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
		const context = original.call(this, type, ...rest);
		if (context && /webgl/.test(String(type)) && !seen.has(context)) {
			seen.add(context);
			window.__benchWebgl++;
			window.__benchContexts.push(context);
		}
		return context;
	};
	try { localStorage.setItem('atlas-present-motion', 'jump'); } catch {}
})();`;

async function heapMB(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1e6;
}

const slideNumber = (page: Page) => page.locator('[data-slide]').first().getAttribute('data-slide').then(Number);

async function step(page: Page, count: number) {
	const now = await slideNumber(page);
	const key = now >= count ? 'Home' : 'ArrowRight';
	const expected = now >= count ? 1 : now + 1;
	await page.keyboard.press(key);
	await page.waitForFunction((n) => document.querySelector(`[data-slide="${n}"]`) !== null, expected, { polling: 'raf' });
}

function notMeasured(note: string): Line[] {
	return [
		{ id: 'kiosk-heap', measure: `Kiosk soak, ${SOAK_CHANGES} slide changes: JS heap growth`, value: null, unit: 'MB', budget: '<= 5 MB', pass: null, note },
		{ id: 'kiosk-webgl', measure: `Kiosk soak, ${SOAK_CHANGES} slide changes: live WebGL contexts`, value: null, unit: '', budget: '= 1', pass: null, note }
	];
}

export async function measureKiosk(
	browser: Browser,
	served: Served,
	root: string,
	details: Record<string, unknown>,
	log: (m: string) => void
): Promise<Line[]> {
	if (!existsSync(join(root, 'build/present/index.html'))) return notMeasured('presenter mode (/present) is not in the build');
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		await context.addInitScript(COUNT_WEBGL);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		// A speaker's own tour with the network's slides, opening on a city so the live map starts at once (on the
		// title slide it waits for input, which a kiosk never gets before its first city).
		await page.goto(`${served.origin}/present/?slide=1&tour=cork,espoo,network,awards,beijing,title,matrix,closing`);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
		await page.waitForSelector('[data-slide="1"]');
		// The deck says "Slide 1 of N" in its live region.
		const count = await page.evaluate(() => {
			const texts = [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent ?? '');
			return Number(texts.map((t) => /Slide \d+ of (\d+)/.exec(t)?.[1]).find(Boolean) ?? NaN);
		});
		if (!Number.isFinite(count)) return notMeasured('could not read the number of slides');
		const cold = await heapMB(cdp);
		for (let i = 0; i < count; i++) await step(page, count);
		const warm = await heapMB(cdp);
		const started = Date.now();
		for (let i = 0; i < SOAK_CHANGES; i++) {
			if (i % 250 === 0) log(`kiosk soak ${i}/${SOAK_CHANGES}`);
			await step(page, count);
		}
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 60_000 });
		const after = await heapMB(cdp);
		const created = await page.evaluate(() => (window as unknown as { __benchWebgl: number }).__benchWebgl);
		const contexts = await page.evaluate(
			() => (window as unknown as { __benchContexts: WebGLRenderingContext[] }).__benchContexts.filter((c) => !c.isContextLost()).length
		);
		const live = await page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length);
		const growth = after - warm;
		details.kiosk = { slides: count, heapMB: { cold, warm, after }, webglContexts: contexts, webglContextsCreated: created, mapCanvases: live, seconds: (Date.now() - started) / 1000 };
		return [
			{
				id: 'kiosk-heap',
				measure: `Kiosk soak, ${SOAK_CHANGES} slide changes: JS heap growth`,
				value: Math.round(growth * 100) / 100,
				unit: 'MB',
				budget: '<= 5 MB',
				pass: growth <= 5,
				note: `after one warm-up pass of ${count} slides; from the cold page ${Math.round((after - cold) * 100) / 100} MB; map jumps`
			},
			{
				id: 'kiosk-webgl',
				measure: `Kiosk soak, ${SOAK_CHANGES} slide changes: live WebGL contexts`,
				value: contexts,
				unit: '',
				budget: '= 1',
				pass: contexts === 1,
				note: `${created} created in all (the WebGL2 probe's is given back at once); ${live} map canvas(es) at the end`
			}
		];
	} finally {
		await context.close();
	}
}
