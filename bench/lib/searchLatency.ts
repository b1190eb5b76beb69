/**
 * Search keystroke in the atlas itself: real keys typed into the city search (src/lib/atlas/CitySearch.svelte)
 * over every city of the whole network's scope, measured as the filters are (./filterLatency.ts): main-thread CPU
 * time from the task that dispatched the keydown to the end of the first frame in which the field holds the
 * text and the list of cities found shows that text's results. What the list must show is what it shows once
 * settled, recorded in an untimed first pass of the same keystrokes (which also warms the JIT).
 */
import type { Browser, Page } from '@playwright/test';
import { analyseTrace, TIMING_CATEGORIES, WAIT_FOR_FRAME } from './filterLatency.ts';
import { moveUntilLive } from './load.ts';

/** Names typed a letter at a time without accents, an exonym, a country in French, two words, and no match. */
export const SEARCH_QUERIES = ['cork', 'ybycui', 'pekin', 'mexique', 'bahir dar', 'san', 'espoo 12', 'sorocaba', 'qzx'];

const ARM = `window.__benchArmSearch = (x) => {
	const field = document.querySelector('.city-search input[role="combobox"]');
	const ok = () => {
		if (field.value !== x.value) return false;
		const ids = [...document.querySelectorAll('.city-search [role="option"]')].map((o) => o.dataset.city).join(',');
		return ids === x.options;
	};
	const waitForFrame = ${WAIT_FOR_FRAME};
	window.__benchDone = new Promise((resolve) => {
		addEventListener('keydown', () => waitForFrame(ok, resolve), { capture: true, once: true });
	});
};`;

const FIELD = '.city-search input[role="combobox"]';

const options = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('.city-search [role="option"]')].map((o) => (o as HTMLElement).dataset.city).join(','));

async function settle(page: Page) {
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await page.waitForTimeout(100);
}

async function clear(page: Page) {
	await page.locator(FIELD).fill('');
	await settle(page);
}

export interface SearchRun {
	mainThread: number[];
	wall: number[];
	candidates: number;
}

/** One run: a fresh page on `url` (a scope beyond the book), every query typed once untimed, then again timed. */
export async function measureSearchRun(browser: Browser, url: string): Promise<SearchRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await moveUntilLive(page, 120_000);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
		await page.waitForSelector('[data-scope-count]:not(:has-text("Loading"))');
		await page.locator(FIELD).click();
		const candidates = await page.evaluate(() => Number(/(\d[\d,]*) of/.exec(document.querySelector('[data-scope-count]')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? NaN));
		// Untimed: what the list shows once settled, keystroke by keystroke.
		const expected: { value: string; options: string }[] = [];
		for (const query of SEARCH_QUERIES) {
			await clear(page);
			for (let i = 1; i <= query.length; i++) {
				await page.keyboard.press(query[i - 1] === ' ' ? 'Space' : query[i - 1]!);
				await settle(page);
				expected.push({ value: query.slice(0, i), options: await options(page) });
			}
		}
		await page.evaluate(ARM);
		const wall: number[] = [];
		await browser.startTracing(page, { categories: TIMING_CATEGORIES });
		let k = 0;
		for (const query of SEARCH_QUERIES) {
			await clear(page);
			for (let i = 1; i <= query.length; i++, k++) {
				await page.evaluate((x) => (window as unknown as { __benchArmSearch(x: unknown): void }).__benchArmSearch(x), expected[k]!);
				await page.keyboard.press(query[i - 1] === ' ' ? 'Space' : query[i - 1]!);
				wall.push(await page.evaluate(() => (window as unknown as { __benchDone: Promise<number> }).__benchDone));
				await page.waitForTimeout(150);
			}
		}
		const windows = analyseTrace(JSON.parse((await browser.stopTracing()).toString('utf8')));
		if (windows.length !== wall.length) throw new Error(`${windows.length} timed windows for ${wall.length} keystrokes`);
		return { mainThread: windows.map((w) => w.cpu), wall, candidates };
	} finally {
		await context.close();
	}
}
