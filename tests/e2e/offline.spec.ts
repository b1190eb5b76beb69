/**
 * Offline after one visit (project `offline`, service workers allowed): the first visit installs the service
 * worker, then the network is cut for the whole browser context and every page must still open and work.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { cities } from './data';
import { prerenderedRoutes } from './routes';

async function visitThenCut(page: Page, context: BrowserContext) {
	await page.goto('/');
	// Wait until the worker has precached everything (install done) and controls this page (clients.claim).
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await context.setOffline(true);
}

test('with the network cut after one visit, the atlas reloads, draws the map and opens every city, details and all', async ({ page, context }) => {
	// Twelve selections on a software-rendered map: generous time on a busy 2-core machine.
	test.slow();
	await visitThenCut(page, context);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	await page.reload();
	await mapIdle(page);
	await expect(page.locator('button[data-city]')).toHaveCount(cities.length);
	for (const city of cities) {
		await page.locator(`button[data-city="${city.id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`\\?city=${city.id}$`));
		await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
		// None was opened online: its details file comes from the offline copy.
		await expect(page.locator('article.city-panel').getByText(city.vision.en)).toBeVisible();
	}
	await mapIdle(page);
});

test('offline, a city never opened before shows its details in the page’s language', async ({ page, context }) => {
	const city = cities.find((c) => c.id === 'ybycui')!;
	await visitThenCut(page, context);
	await page.goto(`/es/?city=${city.id}`);
	await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
	const panel = page.locator('article.city-panel');
	await expect(panel.getByText(city.vision.es)).toBeVisible();
	await expect(panel.getByText(city.goals['social-cohesion'].evidence.es)).toBeVisible();
	await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('offline, a shared link opens its view on a fresh load', async ({ page, context }) => {
	const city = cities[0]!;
	await visitThenCut(page, context);
	await page.goto(`/?city=${city.id}`);
	await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
	await expect(page.locator(`button[data-city="${city.id}"]`)).toHaveAttribute('aria-pressed', 'true');
	await mapIdle(page);
});

test('offline, every prerendered page opens, including pages never visited', async ({ page, context }) => {
	const routes = prerenderedRoutes();
	expect(routes).toContain('/');
	// Every page in three languages (and a page per city): a time budget per page, not one for all.
	test.setTimeout(30_000 + routes.length * 8_000);
	await visitThenCut(page, context);
	for (const route of routes) {
		const response = await page.goto(route);
		expect(response?.ok(), `${route} from the service worker`).toBe(true);
		expect(new URL(page.url()).pathname).toBe(route);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// A page with a map must get it drawn (the atlas's SVG map before any input), not stuck loading for want of a file.
		if (await page.locator('[data-map-state]').count()) {
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', /idle|fallback|preview/, { timeout: 30_000 });
		}
	}
});

test('the offline copy is set up after the first view, not during it, and from a page in any language', async ({ page }) => {
	// Whether a worker was registered when the page finished loading: precaching must not compete with it.
	await page.addInitScript(() => {
		addEventListener('load', async () => {
			(window as unknown as { __swAtLoad: boolean }).__swAtLoad = !!(await navigator.serviceWorker.getRegistration());
		});
	});
	await page.goto('/fr/');
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(await page.evaluate(() => (window as unknown as { __swAtLoad: boolean }).__swAtLoad)).toBe(false);
	expect(scope).toBe(new URL('/', page.url()).href);
});
