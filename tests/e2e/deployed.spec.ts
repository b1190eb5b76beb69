/**
 * The smoke set, against the atlas as a host serves it (project `deployed`): the sub-path build (BASE_PATH=/atlas,
 * `npm run build:base`) under /atlas/, by nginx with deploy/nginx.conf (vite preview where nginx is not installed;
 * CI installs it). Every path here is relative to the project's baseURL, http://127.0.0.1:PORT/atlas/, so a link
 * that forgot the base path lands outside it and fails.
 */
import { existsSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { cities } from './data';

const BASE = '/atlas';
const byNginx = process.env.ATLAS_DEPLOYED_BY === 'nginx';

test.beforeAll(() => {
	expect(existsSync('build-base/index.html'), 'the sub-path build is missing: run `npm run build:base` first').toBe(true);
});

/** Every request the page makes on its own origin, as paths. */
function pathsRequested(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request: Request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http')) paths.push(url.pathname);
	});
	return paths;
}

/** The same-origin links of the page, as paths. */
async function linkPaths(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
			.map((a) => new URL(a.href))
			.filter((u) => u.origin === location.origin)
			.map((u) => u.pathname)
	);
}

test('@smoke the atlas opens under /atlas/, loads everything from under it, and a city opens with its details', async ({ page }) => {
	const paths = pathsRequested(page);
	const city = cities[0]!;
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const details = page.waitForResponse((r) => r.url().endsWith(`${BASE}/city/${city.id}/details.en.json`) && r.ok());
	await page.locator(`button[data-city="${city.id}"]`).click();
	await details;
	await expect(page).toHaveURL(new RegExp(`${BASE}/\\?city=${city.id}$`));
	await expect(page.locator('article.city-panel').getByText(city.vision.en)).toBeVisible();
	expect(paths.length).toBeGreaterThan(5);
	expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
	expect((await linkPaths(page)).filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
});

test('@smoke the whole network opens under /atlas/: its data file comes from under it and its members are listed', async ({ page }) => {
	const paths = pathsRequested(page);
	const data = page.waitForResponse((r) => r.url().endsWith(`${BASE}/network.json`) && r.ok());
	await page.goto('./?scope=network');
	await data;
	await expect(page.getByText(/^\d+ of \d+ members named/)).toBeVisible();
	// The list is drawn as it scrolls: its first rows are the network's, not the book's twelve.
	await expect(page.locator('button[data-city="abuja-ng"]')).toBeVisible();
	expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
});

test('@smoke a city page in French: its links, its locator map and the language switch stay under /atlas/', async ({ page }) => {
	const paths = pathsRequested(page);
	await page.goto('fr/city/cork/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const locator = page.locator('img.locator');
	await expect(locator).toHaveAttribute('src', `${BASE}/city/cork/locator.svg`);
	await expect.poll(() => locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	expect((await linkPaths(page)).filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
	// The header's link to this page's section is marked as the current one (it compares paths without the base).
	await page.getByRole('link', { name: 'Español', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/es/city/cork/$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await page.getByRole('navigation').getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/city/cork/$`));
	expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
});

test('@smoke the deck opens under /atlas/ and its speaker view too', async ({ page, context }) => {
	await page.goto('present/');
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('main').getByRole('heading', { level: 1 })).toBeVisible();
	const popup = context.waitForEvent('page');
	await page.getByTestId('deck-bar').getByRole('button', { name: 'Speaker view' }).click();
	const speaker = await popup;
	await expect(speaker).toHaveURL(new RegExp(`${BASE}/present/speaker/`));
	await expect(speaker.locator('.speaker')).toHaveAttribute('data-ready', 'true');
});

test.describe('missing pages', () => {
	test.use({ expectedConsoleErrors: [/404/] });
	test('@smoke a missing address is answered by the site’s own 404 page, in the language of its prefix, styled', async ({ page }) => {
		for (const [path, lang, home] of [
			['nope/deeper/', 'en', `${BASE}/`],
			['fr/nope/', 'fr', `${BASE}/fr/`],
			['es/city/nowhere/', 'es', `${BASE}/es/`]
		] as const) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			// Its stylesheet applied at that depth: the page's header is laid out, not bare text.
			expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
			const homeLink = page.getByRole('main').locator('p.home a');
			expect(new URL((await homeLink.getAttribute('href'))!, page.url()).pathname).toBe(home);
		}
	});
});

test('@smoke the offline copy lives under /atlas/: its scope and cache, and a page never visited opens offline', async ({ page, context }) => {
	await page.goto('./');
	const scope = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		return registration.scope;
	});
	expect(new URL(scope).pathname).toBe(`${BASE}/`);
	const caches = await page.evaluate(() => self.caches.keys());
	expect(caches.some((name) => name.startsWith(`atlas:${BASE}/:`))).toBe(true);
	await context.setOffline(true);
	const response = await page.goto('es/method/');
	expect(response?.ok()).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('the headers nginx adds (deploy/nginx.conf)', () => {
	test.skip(!byNginx && !process.env.CI, 'nginx is not installed here (CI installs it)');

	test('@smoke pages carry their own policy as a header, with who may frame them; files their caching and compression', async ({ request }) => {
		const page = await request.get('fr/city/cork/', { headers: { 'accept-encoding': 'gzip' } });
		expect(page.status()).toBe(200);
		const headers = page.headers();
		const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await page.text())![1]!.replaceAll('&#39;', "'");
		expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'self'`);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['cache-control']).toBe('no-cache');
		expect(headers['content-encoding']).toBe('gzip');

		// The embed pages alone may be framed by another site (the rule is there before the pages are).
		const embed = await request.get('embed/');
		expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);

		const html = await page.text();
		// The app's entry: large enough to be compressed (nginx leaves files under 256 bytes as they are).
		const asset = /\/atlas\/_app\/immutable\/entry\/app\.[^"]+\.js/.exec(html)![0];
		const immutable = await request.get(asset.slice(BASE.length + 1), { headers: { 'accept-encoding': 'gzip' } });
		expect(immutable.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(immutable.headers()['content-type']).toMatch(/^application\/javascript/);
		expect(immutable.headers()['content-encoding']).toBe('gzip');

		for (const path of ['service-worker.js', '_app/version.json', 'city/cork/details.fr.json', 'city/cork/locator.svg']) {
			const file = await request.get(path);
			expect(file.status(), path).toBe(200);
			expect(file.headers()['cache-control'], path).toBe('no-cache');
			expect(file.headers()['x-content-type-options'], path).toBe('nosniff');
		}
		const missing = await request.get('fr/nope/');
		expect(missing.status()).toBe(404);
		expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
	});
});
