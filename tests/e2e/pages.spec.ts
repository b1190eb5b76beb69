/**
 * The reading pages: a page per city and an about page, prerendered in three languages, each with its
 * title, description and social preview, readable without JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle } from './fixtures';
import { cities, dataset } from './data';
import { prerenderedRoutes } from './routes';
import { cityName } from '../../src/lib/data/localise';

const LOCALES = ['en', 'fr', 'es'] as const;
type Locale = (typeof LOCALES)[number];
const messages = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>])
) as Record<Locale, Record<string, string>>;
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

/** The prerendered HTML, as a search engine or a browser without JavaScript gets it. */
async function html(request: import('@playwright/test').APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.ok(), path).toBe(true);
	return response.text();
}

for (const locale of LOCALES) {
	test(`every city page in ${locale} has the city as heading, lang=${locale}, its texts and its metadata`, async ({ request }) => {
		for (const city of cities) {
			const page = await html(request, `${prefix(locale)}/city/${city.id}/`);
			expect(page).toContain(`<html lang="${locale}"`);
			// The city's name in the page's language (Mexico, Ciudad de México).
			expect(page).toMatch(new RegExp(`<h1[^>]*>${cityName(city, locale)}</h1>`));
			expect(page).toContain(`<title>${cityName(city, locale)} · ${messages[locale].site_name}</title>`);
			expect(page).toContain('property="og:title"');
			expect(page).toMatch(/<meta name="description" content="[^"]{40,}"/);
			// This build has no SITE_URL: the links that must be absolute (hreflang, og:url, og:image) are left out,
			// never written relative (tests/unit/site.test.ts covers the addresses written when it is set).
			expect(page).not.toMatch(/hreflang="[^"]*" href="\//);
			expect(page).not.toMatch(/property="og:(image|url)" content="\//);
			// Goal chart as SVG in the HTML, the locator map, neighbours, atlas and deck links.
			expect(page).toContain('data-chart="city-profile"');
			expect(page).toContain(`src="/city/${city.id}/locator.svg"`);
			expect(page).toContain(`href="${prefix(locale)}/?city=${city.id}"`);
			expect(page).toContain(`href="${prefix(locale)}/present/?city=${city.id}"`);
		}
	});
}

test('a city page reads without JavaScript: texts, scores, sources, map and neighbours', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const index = cities.findIndex((c) => c.id === 'cork');
	const cork = cities[index]!;
	await page.goto('/es/city/cork/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cork');
	await expect(page.getByText(cork.vision.es)).toBeVisible();
	for (const programme of cork.programmes) await expect(page.getByText(programme.description.es)).toBeVisible();
	await expect(page.getByText(cork.goals['economic-development'].evidence.es)).toBeVisible();
	await expect(page.locator('svg[data-chart="city-profile"]')).toBeVisible();
	for (const source of cork.sources) await expect(page.locator(`a[href="${source.url}"]`).first()).toBeVisible();
	// The locator map is a real picture, not a broken image.
	const locator = page.getByRole('img', { name: /Cork/ }).and(page.locator('img'));
	await expect(locator).toBeVisible();
	expect(await locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	// Next city, in the same language.
	const next = cities[(index + 1) % cities.length]!;
	await page.getByRole('link', { name: new RegExp(`${messages.es.city_next}.*${next.name}`) }).click();
	await expect(page).toHaveURL(new RegExp(`/es/city/${next.id}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.name);
	await context.close();
});

test('previous and next walk through all the cities and come back', async ({ page }) => {
	await page.goto(`/city/${cities[0]!.id}/`);
	for (let i = 1; i <= cities.length; i++) {
		await page.getByRole('link', { name: new RegExp(`^${messages.en.city_next}`) }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(cities[i % cities.length]!.name);
	}
	await page.getByRole('link', { name: new RegExp(`^${messages.en.city_previous}`) }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(cities[cities.length - 1]!.name);
});

test('from a city page to the same city in the atlas, and from the atlas panel back to the page', async ({ page }) => {
	await page.goto('/fr/city/swansea/');
	await page.getByRole('link', { name: messages.fr.city_open_atlas!.replace('{name}', 'Swansea') }).click();
	await expect(page).toHaveURL(/\/fr\/\?city=swansea$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Swansea' })).toBeVisible();
	await page.getByRole('link', { name: messages.fr.panel_city_page!.replace('{name}', 'Swansea') }).click();
	await expect(page).toHaveURL(/\/fr\/city\/swansea\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Swansea');
});

for (const locale of LOCALES) {
	test(`the about page in ${locale}: the book, the framework, the guidelines, common factors and the growth chart`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		const book = dataset.publication;
		await page.goto(`${prefix(locale)}/about/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[locale].about_title!);
		await expect(page).toHaveTitle(`${messages[locale].about_title} · ${messages[locale].site_name}`);
		await expect(page.getByText(book.title[locale])).toBeVisible();
		for (const editor of book.editors) await expect(page.getByText(editor, { exact: false }).first()).toBeVisible();
		for (const benefit of book.keyFeatures.benefits) await expect(page.getByText(benefit.label[locale], { exact: true })).toBeVisible();
		for (const block of book.keyFeatures.buildingBlocks) await expect(page.getByText(block[locale])).toBeVisible();
		for (const condition of book.keyFeatures.conditions) await expect(page.getByText(condition[locale])).toBeVisible();
		for (const area of book.guidelines.areas) await expect(page.getByText(area.description[locale])).toBeVisible();
		await expect(page.getByTestId('common-factors').locator('li')).toHaveCount(3 + dataset.goals.length);
		// The growth chart: one point per count in the data, and the latest count written on it.
		const chart = page.locator('svg[data-chart="network-growth"]');
		await expect(chart.locator('circle')).toHaveCount(book.networkGrowth.length);
		const latest = book.networkGrowth.at(-1)!.members;
		await expect(chart).toContainText(new Intl.NumberFormat(locale).format(latest));
		await context.close();
	});
}

test('the atlas without JavaScript shows its map as a static picture', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/fr/');
	const map = page.locator('img.static-map');
	await expect(map).toBeVisible();
	expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	await expect(map).toHaveAttribute('alt', /Cork/);
	await context.close();
});

test('with JavaScript the static picture is never fetched: the SVG map and then the live map replace it', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview', { timeout: 30_000 });
	await mapIdle(page);
	expect(fetched).not.toContain('/map/world.svg');
	await expect(page.locator('img.static-map')).toHaveCount(0);
});

test('every inline script of every page is allowed by that page’s content security policy (by its hash)', async ({ request }) => {
	let inline = 0;
	for (const route of prerenderedRoutes()) {
		const html = await (await request.get(route)).text();
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, route).not.toContain('unsafe-inline');
		for (const [, body] of html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)) {
			inline++;
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			expect(scriptSrc, `${route}: ${body!.slice(0, 40)}`).toContain(hash);
		}
	}
	// Kit's start-up script on every page, and the atlas's first-input script on its three language versions.
	expect(inline).toBeGreaterThan(3);
});
