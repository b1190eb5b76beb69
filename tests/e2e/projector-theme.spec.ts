import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cities } from './data';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const on = (page: Page) => page.locator('html').evaluate((el) => el.classList.contains('theme-projector'));
const rootSize = (page: Page) => page.locator('html').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('one switch turns the projector theme on and off; it is kept in the URL and on the device', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Projector theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const normal = await rootSize(page);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await on(page)).toBe(true);
	expect(await rootSize(page)).toBeGreaterThan(normal);
	await expect(page).toHaveURL(/[?&]theme=projector/);
	// On the device: the bare atlas opens with it.
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await on(page)).toBe(true);
	await page.getByRole('button', { name: 'Projector theme' }).click();
	expect(await on(page)).toBe(false);
	await expect(page).not.toHaveURL(/theme=/);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'false');
	// A link with it turns it on; a link with nonsense changes nothing.
	await page.goto('/?theme=projector');
	await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true');
	await page.goto('/?theme=%3Cscript%3E');
	await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the projector theme stays in the URL through a selection and a goal filter, so the speaker’s link keeps it', async ({ page }) => {
	const city = cities[0]!;
	await page.goto('/?theme=projector');
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await page.locator(`button[data-city="${city.id}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`\\?city=${city.id}&theme=projector$`));
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?theme=projector$/);
	await page.locator('[data-goal="social-cohesion"]').first().click();
	await expect(page).toHaveURL(/goals=social-cohesion.*&theme=projector$/);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await on(page)).toBe(true);
});

for (const path of ['/?theme=projector', `/?theme=projector&city=${cities[0]!.id}`]) {
	test(`axe finds no WCAG 2.2 AA violations with the projector theme on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveClass(/theme-projector/);
		await expect(page.locator('[data-map-state]').first()).toHaveAttribute('data-map-state', /idle|fallback|preview/, { timeout: 30_000 });
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('with the projector theme the SVG map names are larger, each inside the map and over no other name', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	const sizeOf = () => page.locator('[data-map-city] .name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	await page.goto('/?theme=default');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview');
	const normal = await sizeOf();
	await page.goto('/?theme=projector');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview');
	await expect.poll(sizeOf).toBeGreaterThan(normal);
	const boxes = await page.evaluate(() => {
		const map = document.querySelector('.svg-map')!.getBoundingClientRect();
		return {
			map: { x0: map.left, y0: map.top, x1: map.right, y1: map.bottom },
			names: [...document.querySelectorAll<HTMLElement>('[data-map-city] .name')]
				.filter((n) => Number(getComputedStyle(n).opacity) > 0 && !n.classList.contains('visually-hidden'))
				.map((n) => {
					const range = document.createRange();
					range.selectNodeContents(n);
					const r = range.getBoundingClientRect();
					return { id: n.closest<HTMLElement>('[data-map-city]')!.dataset.mapCity!, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
				})
		};
	});
	expect(boxes.names.length).toBe(cities.length);
	const problems: string[] = [];
	for (const a of boxes.names) {
		if (a.x0 < boxes.map.x0 - 0.5 || a.x1 > boxes.map.x1 + 0.5 || a.y0 < boxes.map.y0 - 0.5 || a.y1 > boxes.map.y1 + 0.5) problems.push(`${a.id} cut by the edge`);
		for (const b of boxes.names)
			if (a.id < b.id && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) problems.push(`${a.id} over ${b.id}`);
	}
	expect(problems).toEqual([]);
});
