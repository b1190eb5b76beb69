/**
 * Takes one picture as a person would see the page: a fresh browser context per picture (no setting or dismissed
 * hint carried over), the first input given so the atlas starts its live map, then the map at rest and the fonts in.
 * What went wrong on the way (console errors, uncaught exceptions, requests to another origin) is noted, not thrown.
 */
import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Shot } from './shots.ts';

export interface Taken {
	shot: Shot;
	/** Console errors, uncaught exceptions, outside requests, a map that never came to rest. */
	problems: string[];
	/** Set when the page did not load (no answer, or an error status): the picture may be missing. */
	failed?: string;
	/** The picture was written. */
	saved: boolean;
	ms: number;
}

/** The first input, until the page has heard it: a touch on the phone (without a tap's click), else a pointer move. */
async function firstInput(page: Page, touch: boolean, step: number) {
	if (!touch) return page.mouse.move(2 + (step % 2), 2);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 2, y: 2 }] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
	await cdp.detach();
}

// Read in the page, not through a locator: a busy page answers late rather than not at all.
const mapState = (page: Page) => page.evaluate(() => document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? null);

/** True once the live map (if the page has one) has drawn and its camera has stopped. */
function mapAtRest(page: Page) {
	return page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as (HTMLElement & { atlasMap?: { map: { isMoving(): boolean; loaded(): boolean } } }) | null;
		if (!el || el.dataset.mapState !== 'idle') return true;
		const map = el.atlasMap?.map;
		return !map || (map.loaded() && !map.isMoving());
	});
}

async function settle(page: Page, touch: boolean, problems: string[]) {
	if (await page.locator('[data-map-state]').count()) {
		// A minute: on a machine this busy (two cores, many browsers) a 1920x1080 map has taken more than 30 s.
		let state: string | null = null;
		for (let step = 0, start = Date.now(); Date.now() - start < 60_000; step++) {
			state = await mapState(page);
			if (state === 'idle' || state === 'fallback' || state === 'error') break;
			await firstInput(page, touch, step);
			await page.waitForTimeout(step < 10 ? 100 : 400);
		}
		if (state !== 'idle' && state !== 'fallback') problems.push(`map still "${state}" after 60 s, not idle`);
		for (let i = 0; i < 40 && !(await mapAtRest(page)); i++) await page.waitForTimeout(250);
	} else await firstInput(page, touch, 0);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	// Fades and slide transitions last a few hundred milliseconds.
	await page.waitForTimeout(600);
}

export async function take(browser: Browser, origin: string, dir: string, shot: Shot): Promise<Taken> {
	const started = Date.now();
	const { viewport } = shot;
	const touch = Boolean(viewport.mobile);
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		deviceScaleFactor: touch ? 2 : 1,
		isMobile: touch,
		hasTouch: touch,
		serviceWorkers: 'block'
	});
	const problems: string[] = [];
	let failed: string | undefined;
	let saved = false;
	try {
		const page = await context.newPage();
		await page.route(
			(url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
			(route) => {
				problems.push(`request to another origin: ${route.request().url()}`);
				return route.abort('blockedbyclient');
			}
		);
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			// The browser logs the 404 a not-found page is meant to get.
			if (shot.view.notFound && /\b404\b/.test(message.text())) return;
			problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
		const response = await page.goto(origin + shot.url, { waitUntil: 'load', timeout: 30_000 });
		const status = response?.status() ?? 0;
		if (!shot.view.notFound && status !== 200) failed = `answered ${status}`;
		if (shot.view.notFound && status !== 404) problems.push(`answered ${status}, not 404`);
		await settle(page, touch, problems);
		const file = join(dir, shot.file);
		mkdirSync(dirname(file), { recursive: true });
		// The whole page, as far as it scrolls (the phone's atlas stacks the map and the panel below the filter).
		await page.screenshot({ path: file, fullPage: true });
		saved = true;
	} catch (error) {
		failed = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		await context.close();
	}
	return { shot, problems, failed, saved, ms: Date.now() - started };
}
