/**
 * The network's scopes without WebGL (project `no-webgl`): the SVG map draws every scope, its crowded places
 * gathered into groups whose counts add up to the cities placed, each name by its own dot; the control, a group's
 * zoom and a member's panel work as on the live map.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, fallbackDrawn } from './fixtures';
import { members, placed, winners } from './networkData';

/** Cities the SVG map draws: single cities plus the cities in each group. */
async function drawnCities(page: Page): Promise<number> {
	const single = await page.locator('[data-map-city]').count();
	const grouped = await page.locator('[data-map-cluster]').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-map-cluster')), 0));
	return single + grouped;
}

/** Names nearer another mark than their own dot, or over another mark: none expected. */
async function strayLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const centre = (el: Element) => {
			const b = el.getBoundingClientRect();
			return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
		};
		const marks = [...document.querySelectorAll('[data-map-city] .dot, [data-map-cluster]')].map((el) => ({
			id: el.closest('[data-map-city]')?.getAttribute('data-map-city') ?? 'group',
			...centre(el)
		}));
		const found: string[] = [];
		for (const marker of document.querySelectorAll('[data-map-city]:not(.unplaced)')) {
			const id = marker.getAttribute('data-map-city')!;
			const b = marker.querySelector('.name')!.getBoundingClientRect();
			const dist = (x: number, y: number) => Math.hypot(Math.max(b.x - x, 0, x - b.right), Math.max(b.y - y, 0, y - b.bottom));
			const own = marks.find((m) => m.id === id)!;
			const mine = dist(own.x, own.y);
			for (const m of marks) if (m !== own && dist(m.x, m.y) <= mine) found.push(`${id}'s name is nearer ${m.id}`);
		}
		return found;
	});
}

test('without WebGL the SVG map draws each scope, grouped where crowded, every name by its own dot', async ({ page }) => {
	await page.goto('/?scope=awards');
	await fallbackDrawn(page);
	await expect(page.locator('[data-scope-count]')).toHaveText(`${winners.length} award-winning cities`);
	await expect.poll(() => drawnCities(page)).toBe(placed(winners));
	expect(await page.locator('[data-map-cluster]').count()).toBeGreaterThan(0);
	expect(await strayLabels(page)).toEqual([]);

	await page.getByRole('radio', { name: 'Whole network' }).check();
	await expect(page).toHaveURL(/\?scope=network$/);
	await expect.poll(() => drawnCities(page)).toBe(placed(members));
	expect(await strayLabels(page)).toEqual([]);

	await page.getByRole('radio', { name: 'The book’s twelve' }).check();
	await expect.poll(() => drawnCities(page)).toBe(12);
	await expect(page.locator('[data-map-cluster]')).toHaveCount(0);
	expect(page.workers()).toHaveLength(0);
});

test('without WebGL a group zooms in on its cities, a member opens its panel, and a filter redraws the map', async ({ page }) => {
	await page.goto('/?scope=network&region=europe-north-america');
	await fallbackDrawn(page);
	const europe = members.filter((m) => m.region === 'europe-north-america');
	await expect.poll(() => drawnCities(page)).toBe(placed(europe));
	// The largest group: once zoomed, the map shows a part of the region, every city of the group among it.
	const sizes = await page.locator('[data-map-cluster]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-map-cluster'))));
	const largest = Math.max(...sizes);
	await page.locator(`[data-map-cluster="${largest}"]`).first().click();
	await expect.poll(() => drawnCities(page)).toBeLessThan(placed(europe));
	expect(await drawnCities(page)).toBeGreaterThanOrEqual(largest);
	const city = page.locator('[data-map-city]').first();
	const id = (await city.getAttribute('data-map-city'))!;
	await city.click();
	await expect(page).toHaveURL(new RegExp(`city=${id}`));
	const member = members.find((m) => m.id === id || m.caseStudy === id)!;
	await expect(page.getByRole('heading', { level: 2, name: member.caseStudy ? undefined : member.name }).first()).toBeVisible();
	expect(await strayLabels(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violations on the SVG map of the whole network', async ({ page }) => {
	await page.goto('/?scope=network');
	await fallbackDrawn(page);
	await expect(page.locator('[data-scope-count]')).not.toContainText('Loading');
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('without WebGL a year thins the cities on the same map: the world is drawn where it was', async ({ page }) => {
	await page.goto('/?scope=network');
	await fallbackDrawn(page);
	await expect.poll(() => drawnCities(page)).toBe(placed(members));
	const land = page.locator('.svg-map path.land');
	const today = await land.getAttribute('d');
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('Home');
	await expect(page.getByTestId('year-value')).toHaveText('2013');
	await expect.poll(() => drawnCities(page)).toBeLessThan(placed(members));
	// The same projection: the land's outline, to the digit (compared, not printed: it is 150 kB of path).
	const unchanged = async () => (await land.getAttribute('d')) === today;
	expect(await unchanged(), 'the land was drawn again, elsewhere').toBe(true);
	// A filter is a new frame: the map frames what it keeps.
	await page.locator('[data-filter="region"]').selectOption('africa');
	await expect.poll(unchanged).toBe(false);
});
