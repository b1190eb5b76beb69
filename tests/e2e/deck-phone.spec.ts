/**
 * The deck opened on a phone (390x844: a shared deck link read in the hand). Every slide, in each language, is read
 * off the screen: no word runs past the screen's edges, the deck is no wider than the screen (its bar's controls
 * wrap instead of widening it), every control of the bar is on screen, and the matrix's rows keep each city's name
 * and its meters apart. The page was once as wide as the bar's one row of controls: in French the title slide lost
 * a third of each line.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { open, slides } from './deck';

test.use({ viewport: { width: 390, height: 844 } });

/** The boxes of every visible word on the slide and the bar that reach past the screen's left or right edge. */
function offScreen(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const width = document.documentElement.clientWidth;
		const roots = [...document.querySelectorAll('.deck-slide, [data-testid="deck-bar"]')];
		for (const root of roots) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent?.trim();
				const parent = node.parentElement;
				if (!text || !parent || parent.closest('.visually-hidden, [hidden]') || getComputedStyle(parent).visibility === 'hidden') continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				for (const box of range.getClientRects()) {
					if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) out.push(`"${text.slice(0, 30)}" ${Math.round(box.left)}..${Math.round(box.right)}`);
				}
			}
		}
		return out;
	});
}

for (const locale of ['en', 'fr', 'es']) {
	test(`in ${locale}, every slide and the deck's bar fit a phone's width`, async ({ page }) => {
		// Nineteen slides opened and read one by one: 22 s on a quiet machine, past the 45 s default on a loaded one.
		test.setTimeout(180_000);
		for (let i = 1; i <= slides.length; i++) {
			await open(page, `?slide=${i}`, locale);
			// The bar comes back on a pointer move.
			await page.mouse.move(200, 300);
			await page.mouse.move(210, 310);
			await expect(page.getByTestId('slide-count')).toHaveText(`${i} / ${slides.length}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `slide ${i}: the page is wider than the screen`).toBeLessThanOrEqual(390);
			expect(await offScreen(page), `slide ${i}`).toEqual([]);
			for (const control of await page.getByTestId('deck-bar').locator('button, select, a').all()) {
				const box = (await control.boundingBox())!;
				expect(box.x, `slide ${i}: ${await control.textContent()}`).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width, `slide ${i}: ${await control.textContent()}`).toBeLessThanOrEqual(390.5);
			}
		}
	});
}

test("on a phone the matrix keeps each city's name clear of its meters", async ({ page }) => {
	const matrix = slides.findIndex((s) => s.kind === 'matrix') + 1;
	await open(page, `?slide=${matrix}`, 'fr');
	const clashes = await page.evaluate(() =>
		[...document.querySelectorAll('.matrix tbody tr')].flatMap((row) => {
			const name = row.querySelector('th')!;
			const range = document.createRange();
			range.selectNodeContents(name);
			// The name's text, then each meter (its steps and its number), left to right: none may overlap the next.
			const boxes = [
				{ what: name.textContent!, box: range.getBoundingClientRect() },
				...[...row.querySelectorAll('.meter')].map((el) => ({ what: el.className, box: el.getBoundingClientRect() }))
			];
			const out: string[] = [];
			for (let i = 1; i < boxes.length; i++) {
				if (boxes[i]!.box.left < boxes[i - 1]!.box.right - 0.5) out.push(`${name.textContent}: ${boxes[i - 1]!.what} runs into ${boxes[i]!.what}`);
			}
			return out;
		})
	);
	expect(clashes).toEqual([]);
});
