/**
 * The atlas as it sits on a screen: measured from the boxes the browser lays out, at a projector's 1024x768 and
 * on a 390x844 phone; the filter's way out of an empty result, and where the focus goes when it is cleared.
 */
import type { Page } from '@playwright/test';
import { say } from '../unit/messages';
import { test, expect, holdRequests } from './fixtures';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Boxes in CSS px relative to the viewport. */
const box = (page: Page, selector: string) =>
	page.locator(selector).first().evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
	});

test.describe('at 1024x768 (a projector)', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	for (const path of ['/?city=cork', '/fr/?city=mexico-city', '/es/?city=ybycui']) {
		test(`${path}: the city's name starts in the panel's upper part and its summary is on the first screen`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('.summary')).toBeVisible();
			const side = await box(page, '.side');
			const heading = await box(page, '#city-title');
			const summary = await box(page, '.summary');
			const visibleBottom = Math.min(side.bottom, 768);
			// The 12-card list put the heading at y=530, 70% of the way down the panel, and the summary below the fold.
			expect(heading.top).toBeGreaterThanOrEqual(side.top);
			expect(heading.top - side.top).toBeLessThan(0.4 * (visibleBottom - side.top));
			expect(summary.bottom).toBeLessThanOrEqual(visibleBottom);
		});
	}

	for (const [path, most] of [
		['/', 210],
		['/fr/', 240]
	] as const) {
		test(`${path}: the filter bar is at most ${most} px tall`, async ({ page }) => {
			await page.goto(path);
			// It was 300 px tall.
			expect((await box(page, '.filter-area')).height).toBeLessThanOrEqual(most);
		});
	}
});

test.describe('on a 390x844 phone', () => {
	test.use(phone);

	test('the header and the filter leave the map on the first screen, and the tabs keep one row', async ({ page }) => {
		await page.goto('/fr/');
		const map = await box(page, '.map-area');
		// The map started at y=530, under the header and the filter.
		expect(map.top).toBeLessThan(844 * 0.6);
		// One row: every tab spans the same line (they wrapped, leaving "Profil" alone below).
		const rows = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
		expect(rows).toHaveLength(4);
		const lowestTop = Math.max(...rows.map(([top]) => top!));
		const highestBottom = Math.min(...rows.map(([, bottom]) => bottom!));
		expect(lowestTop).toBeLessThan(highestBottom);
	});

	test('the match count is shown whole: not clamped, no ellipsis', async ({ page }) => {
		await page.goto('/?goals=social-cohesion,sustainable-development&min=1');
		const count = page.getByTestId('filter-count');
		await expect(count).toContainText('Ybycuí');
		const fit = await count.evaluate((el) => {
			const style = getComputedStyle(el);
			return {
				overflowsY: el.scrollHeight > el.clientHeight + 1,
				overflowsX: el.scrollWidth > el.clientWidth + 1,
				ellipsis: style.textOverflow === 'ellipsis',
				clamp: style.getPropertyValue('-webkit-line-clamp')
			};
		});
		expect(fit).toEqual({ overflowsY: false, overflowsX: false, ellipsis: false, clamp: 'none' });
	});

	test('choosing a city in the list brings the map that flies to it into view', async ({ page }) => {
		await page.goto('/');
		const card = page.locator('.city-list button[data-city="cork"]');
		await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		expect((await box(page, '.map-area')).bottom).toBeLessThan(0);
		await card.tap();
		await expect(page).toHaveURL(/city=cork/);
		await expect(async () => {
			const map = await box(page, '.map-area');
			// In view: its top on the first screen. A few pixels may pass above it when the list shrinks under a
			// smooth scroll on a slow machine (seen: 6 px), which leaves the map whole to the eye.
			expect(map.top).toBeGreaterThanOrEqual(-12);
			expect(map.top).toBeLessThan(844 / 2);
		}).toPass({ timeout: 5_000 });
	});
});

test.describe('at 320 px wide (a small phone, or 1280 px at 400% zoom)', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	const pages = ['', '?scope=awards&city=cork', '?scope=network', 'city/mexico-city/', 'about/', 'method/', 'data/', 'present/?slide=17'];
	for (const locale of ['en', 'fr', 'es']) {
		test(`${locale}: no page scrolls sideways, each word fits (the Spanish tabs and scope choices were 36 px too wide)`, async ({ page }) => {
			test.slow();
			for (const path of pages) {
				await page.goto(`/${locale === 'en' ? '' : `${locale}/`}${path}`);
				await expect(page.locator('h1').first()).toBeVisible();
				const wider = await page.evaluate(() =>
					document.documentElement.scrollWidth <= innerWidth
						? []
						: [...document.querySelectorAll('body *')]
								.filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && el.parentElement!.getBoundingClientRect().right <= innerWidth + 1)
								.map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`)
				);
				expect(wider, path || '/').toEqual([]);
			}
		});
	}
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		for (const locale of ['en', 'fr', 'es'] as const) {
			test(`${locale}: the map keeps its size while the network's filters and the year change`, async ({ page }) => {
				await page.goto(locale === 'en' ? '/?scope=network' : `/${locale}/?scope=network`);
				await expect(page.locator('[data-filter="region"]')).toBeVisible();
				const size = () => page.locator('[data-map-state]').evaluate((el) => [el.clientWidth, el.clientHeight]);
				const start = await size();
				const count = page.locator('[data-scope-count]');
				const steps: [string, () => Promise<unknown>][] = [
					['a region', () => page.locator('[data-filter="region"]').selectOption('africa')],
					['an edition', () => page.locator('[data-filter="award"]').selectOption({ index: 1 })],
					['every filter cleared', () => page.getByRole('button', { name: say(locale, 'net_filter_clear') }).click()],
					['a year', () => page.locator('.year-control input[type="range"]').press('Home')],
					['the next year', () => page.locator('.year-control input[type="range"]').press('ArrowRight')],
					['back to today', () => page.getByRole('button', { name: say(locale, 'net_year_all') }).click()]
				];
				for (const [what, act] of steps) {
					const before = await count.textContent();
					await act();
					await expect(count).not.toHaveText(before!);
					// The count line wrapped onto a second line when a region was chosen, the key lost its group (and in
					// French its second line) when the cities were too few to group, and the year's note came with a
					// year: the map's height changed by 19 to 40 px, and it redrew at its new size on every such change.
					expect(await size(), `after ${what}`).toEqual(start);
				}
			});
		}
	});
}

test('a filter no city meets offers the nearest change, as a button that applies it', async ({ page }) => {
	await page.goto('/?goals=economic-development,cultural-prosperity&min=3&match=all');
	await expect(page.getByTestId('filter-count')).toContainText('0 of 12');
	const suggestion = page.getByTestId('filter-suggestion');
	await expect(suggestion).toHaveText(say('en', 'filter_suggest_any', { matching: 4, total: 12 }));
	await suggestion.click();
	await expect(page).toHaveURL(/\?goals=economic-development(%2C|,)cultural-prosperity&min=3$/);
	await expect(page.getByTestId('filter-count')).toContainText('4 of 12');
	await expect(suggestion).toHaveCount(0);
	await expect(page.getByRole('radio', { name: say('en', 'filter_any') })).toBeChecked();
});

test('a threshold no city meets suggests the highest one that some city meets', async ({ page }) => {
	await page.goto('/?goals=cultural-prosperity,sustainable-development&min=3&match=all');
	await page.getByTestId('filter-suggestion').click();
	await expect(page).toHaveURL(/\?goals=cultural-prosperity(%2C|,)sustainable-development&min=3$/);
	await expect(page.getByTestId('filter-count')).toContainText('2 of 12');
});

for (const how of ['Escape', 'click'] as const) {
	test(`clearing the filter (${how} on Clear) empties all of it and keeps the focus in the filter`, async ({ page }) => {
		await page.goto('/?goals=social-cohesion&min=3&match=all');
		const clear = page.getByRole('button', { name: /Clear filter/ });
		await expect(clear).toBeEnabled();
		await clear.focus();
		if (how === 'Escape') await page.keyboard.press('Escape');
		else await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/$/);
		await expect(clear).toBeDisabled();
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			return el && el !== document.body ? (el.getAttribute('data-goal') ?? el.tagName) : 'body';
		});
		expect(focused).toBe('individual-empowerment');
		// The next Tab goes on from there, not from the top of the page.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-goal'))).toBe('social-cohesion');
	});
}

test('Clear is on for a threshold or match mode alone, and Escape clears them', async ({ page }) => {
	await page.goto('/?match=all');
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await page.getByRole('radio', { name: say('en', 'filter_all') }).focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
});

test('an Escape pressed before the page is ready (its scripts still loading) still clears the filter', async ({ page }) => {
	// CI once pressed it before hydration and the page never heard it: the URL kept ?match=all.
	const release = await holdRequests(page, '**/_app/immutable/nodes/**');
	await page.goto('/?match=all', { waitUntil: 'domcontentloaded' });
	await page.getByRole('radio', { name: say('en', 'filter_all') }).focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\?match=all$/);
	release();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('radio', { name: say('en', 'filter_any') })).toBeChecked();
});
