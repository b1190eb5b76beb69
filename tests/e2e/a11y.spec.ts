/**
 * Accessibility (WCAG 2.2 AA): axe-core on every prerendered page (read from the build, so new pages and
 * languages are covered without editing this file) and on the main views; keyboard-only use with a visible
 * focus; and the atlas at 200% zoom.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cities } from './data';
import { prerenderedRoutes } from './routes';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Lets the page settle first: a map drawn (the SVG preview, the live map or the fallback), so axe sees what a user sees. */
async function settled(page: Page) {
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	if (await page.locator('[data-map-state]').count()) {
		await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', /idle|fallback|preview/, { timeout: 30_000 });
	}
}

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	// Each node with axe's own words for why it fails (which neighbour is too close, what covers it), so a rare
	// failure in CI says what the page looked like at that moment.
	return results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('; ')})`
	);
}

const views = [
	...prerenderedRoutes(),
	`/?city=${cities[0]!.id}`,
	`/?city=${cities[1]!.id}&goals=social-cohesion&min=3`,
	'/?panel=matrix',
	'/?panel=overview',
	`/?panel=profile&city=${cities[2]!.id}`
];

for (const path of views) {
	test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await settled(page);
		expect(await violations(page)).toEqual([]);
	});
}

test('keyboard alone: every tab stop on the atlas shows a visible focus, and a city can be chosen and cleared', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	const seen: string[] = [];
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
			return { name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`, visible };
		});
		if (!focus) continue;
		expect(focus.visible, `focus ring on ${focus.name}`).toBe(true);
		seen.push(focus.name);
	}
	// The walk reached the city buttons.
	expect(seen.some((name) => name.includes(cities[0]!.name))).toBe(true);
	const city = cities[0]!;
	await page.locator(`.city-list button[data-city="${city.id}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('heading', { level: 2, name: city.name })).toHaveCount(0);
});

test.describe('at 200% zoom', () => {
	// 200% zoom of a 1280x800 window leaves 640x400 CSS pixels, drawn at twice the density.
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
	test('nothing scrolls sideways, and every city can still be reached and chosen', async ({ page }) => {
		await page.goto('/');
		await settled(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		for (const city of [cities[0]!, cities.at(-1)!]) {
			const button = page.locator(`.city-list button[data-city="${city.id}"]`);
			await button.scrollIntoViewIfNeeded();
			await button.click();
			await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
		}
		expect(await violations(page)).toEqual([]);
	});
});
