/**
 * The embeds, as another site shows them: a page served from a second origin frames /embed/; inside the frame a
 * reader filters and selects a city; the host page keeps its focus, its scroll and its history. Hostile
 * parameters give the default view; the city card links out to the atlas in a new tab.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { cities } from './data';
import { say } from '../unit/messages';

let server: Server;
let host = '';

test.beforeAll(async ({ baseURL }) => {
	// Another origin (127.0.0.1 on a port of its own, where the atlas is on localhost): a page with text around
	// the frame, tall enough to scroll, and a field that has the focus.
	server = createServer((req, res) => {
		const src = new URL(decodeURIComponent(new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '/embed/'), baseURL).href;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html lang="en"><title>Host</title><body style="margin:0">
			<input id="host-field" aria-label="Host field" autofocus>
			<div style="height:300px">Host text above</div>
			<iframe id="embed" src="${src}" title="Atlas" width="960" height="600" style="border:0"></iframe>
			<div style="height:1500px">Host text below</div></body></html>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The host page, let through the fixture's guard (which blocks other origins) because this test serves it. */
async function openHost(page: import('@playwright/test').Page, src: string) {
	await page.route(`${host}/**`, (route) => route.continue());
	await page.goto(`${host}/?src=${encodeURIComponent(src)}`);
	await page.locator('#host-field').focus();
	await page.evaluate(() => window.scrollTo(0, 120));
}

test('the atlas embed, framed by another origin, filters and selects a city without taking the host’s focus or scroll', async ({ page }) => {
	await openHost(page, '/embed/');
	const frame = page.frameLocator('#embed');
	await expect(frame.locator('.city-list button[data-city="cork"]')).toBeVisible();
	// Nothing the embed does on loading moves the host.
	await expect(page.locator('#host-field')).toBeFocused();
	expect(await page.evaluate(() => window.scrollY)).toBe(120);
	const historyBefore = await page.evaluate(() => history.length);

	await frame.locator('[data-goal="social-cohesion"]').click();
	await expect(frame.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(frame.getByTestId('filter-count')).toContainText(`of ${cities.length}`);
	await frame.locator('.city-list button[data-city="cork"]').click();
	await expect(frame.getByRole('heading', { name: 'Cork', level: 2 })).toBeVisible();
	const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
	await expect.poll(() => inner.url()).toMatch(/\/embed\/\?city=cork&goals=social-cohesion$/);
	// The frame's views replace its entry: the host's back button still leaves the host page.
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	expect(await page.evaluate(() => window.scrollY)).toBe(120);

	// "Open in the atlas" opens the same view in a new tab, not in the frame.
	const open = frame.getByTestId('embed-open');
	await expect(open).toHaveAttribute('target', '_blank');
	expect(new URL((await open.getAttribute('href'))!, 'http://x').search).toBe('?city=cork&goals=social-cohesion');
});

test('hostile parameters give the default view', async ({ page }) => {
	await page.goto('/embed/?city=%3Cscript%3E&goals=javascript:alert(1)&min=9&panel=../../etc&match=%00');
	await expect(page.getByTestId('filter-count')).toContainText(String(cities.length));
	await expect(page.locator('.city-list button[aria-pressed="true"]')).toHaveCount(0);
	await expect(page).toHaveURL(/\/embed\/$/);
	// No site header or footer in an embed.
	await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
});

test('the pages say who may frame them: embeds any site, the rest only the atlas itself', async ({ request }) => {
	expect((await request.get('/embed/')).headers()['content-security-policy']).toBe('frame-ancestors *');
	expect((await request.get('/fr/embed/city/cork/')).headers()['content-security-policy']).toBe('frame-ancestors *');
	expect((await request.get('/')).headers()['content-security-policy']).toBe("frame-ancestors 'self'");
});

test.describe('a page that is not an embed', () => {
	test.use({ expectedConsoleErrors: [/frame-ancestors/] });

	test('refuses to show in another site’s frame', async ({ page }) => {
		await openHost(page, '/');
		await expect.poll(() => page.frames().length).toBe(2);
		// Chromium puts its own error page in the frame: the atlas never loads there.
		await expect.poll(() => page.frames()[1]!.url()).not.toContain('localhost');
	});
});

for (const locale of ['en', 'fr', 'es'] as const)
	test(`${locale}: a city card framed by another origin shows the city and links to it in the atlas, in a new tab`, async ({ page }) => {
		await openHost(page, `${locale === 'en' ? '' : `/${locale}`}/embed/city/espoo/`);
		const frame = page.frameLocator('#embed');
		await expect(frame.getByRole('heading', { level: 1, name: 'Espoo' })).toBeVisible();
		const open = frame.getByRole('link', { name: new RegExp(say(locale, 'embed_open_city', { name: 'Espoo' })) });
		await expect(open).toHaveAttribute('target', '_blank');
		expect(await open.getAttribute('href')).toBe(`${locale === 'en' ? '' : `/${locale}`}/?city=espoo`);
		await expect(page.locator('#host-field')).toBeFocused();
		// The card fits the frame the Share dialog's code gives it (420 x 560) without a horizontal scroll.
		const inner = page.frames().find((f) => f.url().includes('/embed/city/'))!;
		expect(await inner.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	});
