/**
 * One navigation on every page type (the deck excepted), its focus ring visible on the dark header, the 404 page
 * in the path's language, and the city page's layout, measured on screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/lib/data/vocabulary';
import { say } from '../unit/messages';
import { test, expect } from './fixtures';

const LOCALES = ['en', 'fr', 'es'] as const;
/** A locale's messages by key, as the page says them (no inputs). */
const messages = Object.fromEntries(
	LOCALES.map((l) => [l, new Proxy({}, { get: (_, key: string) => say(l, key) }) as Record<string, string>])
) as Record<Locale, Record<string, string>>;
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

/** WCAG relative luminance and contrast of two CSS rgb()/rgba() colours. */
function contrast(a: string, b: string): number {
	const lum = (css: string) => {
		const [r, g, bl] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
			const c = v / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

async function expectSiteNavigation(page: Page, locale: Locale) {
	const banner = page.getByRole('banner');
	const t = messages[locale];
	for (const name of [t.nav_about!, t.nav_method!, t.nav_present!]) await expect(banner.getByRole('link', { name, exact: true })).toBeVisible();
	await expect(banner.getByRole('navigation', { name: t.language_nav! }).getByRole('link')).toHaveCount(3);
	await expect(banner.getByText(t.site_name!, { exact: true })).toBeVisible();
}

const PAGES = ['/', '/about/', '/method/', '/city/cork/'];

for (const locale of LOCALES) {
	for (const path of PAGES) {
		test(`${prefix(locale)}${path} has the site's navigation: home, About, Method, Present, languages`, async ({ page }) => {
			await page.goto(`${prefix(locale)}${path}`);
			await expectSiteNavigation(page, locale);
		});
	}
}

test('the header links lead where they say', async ({ page }) => {
	await page.goto('/fr/method/');
	await page.getByRole('banner').getByRole('link', { name: messages.fr.nav_about!, exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/about\/$/);
	await page.getByRole('banner').getByRole('link', { name: messages.fr.site_name!, exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/$/);
	await page.getByRole('banner').getByRole('link', { name: messages.fr.nav_about!, exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/about\/$/);
});

for (const path of [...PAGES, '/nope/']) {
	test.describe(() => {
		if (path === '/nope/') test.use({ expectedConsoleErrors: [/404/] });
		test(`${path}: Tab reaches every header link, each with a focus ring of 3:1 or more against the header`, async ({ page }) => {
			await page.goto(path);
			const seen: Array<{ text: string; ratio: number; width: number }> = [];
			for (let i = 0; i < 15; i++) {
				await page.keyboard.press('Tab');
				const ring = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					const header = el?.closest('header');
					if (!el || !header) return null;
					const style = getComputedStyle(el);
					return {
						text: el.textContent!.trim(),
						outline: style.outlineColor,
						style: style.outlineStyle,
						width: parseFloat(style.outlineWidth),
						background: getComputedStyle(header).backgroundColor
					};
				});
				if (!ring) {
					if (seen.length) break;
					continue;
				}
				expect(ring.style, ring.text).not.toBe('none');
				seen.push({ text: ring.text, ratio: contrast(ring.outline, ring.background), width: ring.width });
			}
			expect(seen.length).toBeGreaterThan(0);
			for (const { text, ratio, width } of seen) {
				expect(ratio, `${text}: focus ring contrast`).toBeGreaterThanOrEqual(3);
				expect(width, text).toBeGreaterThanOrEqual(2);
			}
			// Home or the title, About, Method, Present and three languages (the atlas's title is its heading, not a link).
			expect(seen.length).toBeGreaterThanOrEqual(path === '/' ? 6 : 7);
		});
	});
}

test.describe('an address with no page', () => {
	test.use({ expectedConsoleErrors: [/404/] });

	for (const [locale, path] of [
		['en', '/nonexistent/'],
		['fr', '/fr/nope/'],
		['es', '/es/city/atlantis/'],
		['en', '/city/atlantis/']
	] as const) {
		test(`${path} is a page of the site in its language, with a way back`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			const t = messages[locale];
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page).toHaveTitle(`${t.error_title} · ${t.site_name}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.error_title!);
			await expectSiteNavigation(page, locale);
			// Styled like the site: the header is navy, the text in the site's font.
			expect(await page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 50, 77)');
			await expect(page.getByRole('main').getByRole('link', { name: 'Cork', exact: true })).toHaveAttribute('href', `${prefix(locale)}/city/cork/`);
			await page.getByRole('main').getByRole('link', { name: t.error_home!, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`${prefix(locale)}/$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.site_name!);
		});
	}
});

test.describe('a city page', () => {
	test('at 1024x768 the place follows the title without a gap', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto('/city/cork/');
		const gap = await page.evaluate(
			() => document.querySelector('.where')!.getBoundingClientRect().top - document.querySelector('h1')!.getBoundingClientRect().bottom
		);
		// The locator globe's 160 px made the gap about 100 px.
		expect(gap).toBeLessThan(24);
	});

	test('on a phone the facts stack, so their notes get the width of the screen', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
		const page = await context.newPage();
		await page.goto('http://localhost:' + (process.env.PORT ?? 4173) + '/fr/city/cork/');
		const widths = await page.locator('.facts dd').evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
		expect(widths.length).toBeGreaterThan(0);
		for (const width of widths) expect(width).toBeGreaterThan(300);
		await context.close();
	});
});

test.describe('the 404 pages a static host serves', () => {
	test.use({ expectedConsoleErrors: [/404/] });

	for (const locale of LOCALES) {
		test(`${prefix(locale)}/404.html, served at a missing address deep in the site, is whole and styled`, async ({ page }) => {
			// What a static host does: the prerendered 404.html, with status 404, at the address that was asked for.
			const body = readFileSync(`build${prefix(locale)}/404.html`, 'utf8');
			const missing = `${prefix(locale)}/city/atlantis/deeper/`;
			await page.route(`**${missing}`, (route) => route.fulfill({ status: 404, contentType: 'text/html', body }));
			const failed: string[] = [];
			page.on('requestfailed', (request) => failed.push(request.url()));
			page.on('response', (response) => response.status() >= 400 && !response.url().endsWith(missing) && failed.push(response.url()));
			await page.goto(missing);
			const t = messages[locale];
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page).toHaveTitle(`${t.error_title} · ${t.site_name}`);
			await expectSiteNavigation(page, locale);
			expect(await page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 50, 77)');
			await page.evaluate(() => document.fonts.ready);
			expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').length)).toBe(0);
			expect(failed).toEqual([]);
			await page.getByRole('main').getByRole('link', { name: t.error_home!, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`${prefix(locale)}/$`));
		});
	}
});
