/**
 * The atlas page carries each city's summary only (place and scores); a city's details (texts, facts, sources,
 * the scores' evidence) are fetched from /city/<id>/details.<locale>.json when the city opens. What a reader
 * sees of that: the details, in the page's language, by a click or a link; the name and place while they
 * load; a clear error, with the rest of the atlas still working, when they cannot be had.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, holdRequests } from './fixtures';
import { cities } from './data';
import { LOCALES, type Locale } from '../../src/lib/data/vocabulary';

const messages = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>])
) as Record<Locale, Record<string, string>>;
const say = (locale: Locale, key: string, values: Record<string, string>) =>
	Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), messages[locale][key]!);

const cork = cities.find((c) => c.id === 'cork')!;
const espoo = cities.find((c) => c.id === 'espoo')!;
const cityList = (page: Page) => page.getByRole('list', { name: 'Learning cities' });
const panel = (page: Page) => page.locator('article.city-panel');

test('the atlas page carries the cities’ summaries, not their details', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const island = html.match(/<script type="application\/json" id="atlas-data"([^>]*)>([\s\S]*?)<\/script>/)!;
	expect(island[1]).toContain('data-scope="atlas"');
	for (const city of cities) {
		expect(island[2]).toContain(`"id":"${city.id}"`);
		expect(island[2]).not.toContain(JSON.stringify(city.vision.en).slice(1, 40));
	}
	// Their other names are there (the search finds "Distrito Federal" on the first view), their details are not.
	expect(island[2]).toContain('Distrito Federal');
	// Each city's details are a file of their own, in each language.
	const file = await request.get('/city/cork/details.fr.json');
	expect(file.ok()).toBe(true);
	expect(await file.text()).toContain(JSON.stringify(cork.vision.fr).slice(1, 40));
});

test('selecting a city fetches its details and shows them', async ({ page }) => {
	await page.goto('/');
	const fetched = page.waitForResponse((r) => r.url().endsWith('/city/espoo/details.en.json') && r.ok());
	await cityList(page).getByRole('button', { name: /^Espoo/ }).click();
	await fetched;
	await expect(page.getByRole('heading', { level: 2, name: 'Espoo' })).toBeVisible();
	await expect(panel(page).getByText(espoo.vision.en)).toBeVisible();
	await expect(panel(page).getByText(espoo.officialName, { exact: true })).toBeVisible();
	await expect(panel(page).getByRole('heading', { level: 3, name: 'Flagship programmes' })).toBeVisible();
	await expect(panel(page).locator('.programmes strong').first()).toHaveText(espoo.programmes[0]!.name);
	await expect(panel(page).getByRole('link', { name: espoo.sources[0]!.label }).first()).toBeVisible();
	// Another city, and back: the first city's details come from memory, not a second request.
	await cityList(page).getByRole('button', { name: /^Cork/ }).click();
	await expect(panel(page).getByText(cork.vision.en)).toBeVisible();
	let again = 0;
	page.on('request', (r) => void (r.url().includes('/city/espoo/details') && again++));
	await cityList(page).getByRole('button', { name: /^Espoo/ }).click();
	await expect(panel(page).getByText(espoo.vision.en)).toBeVisible();
	expect(again).toBe(0);
});

test('a link to a city shows its details', async ({ page }) => {
	await page.goto('/?city=cork');
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await expect(panel(page).getByText(cork.vision.en)).toBeVisible();
	await expect(panel(page).getByText(cork.goals['economic-development'].evidence.en)).toBeVisible();
});

for (const locale of ['fr', 'es'] as const) {
	test(`details in ${locale}: fetched in ${locale}, shown in ${locale}`, async ({ page }) => {
		const fetched = page.waitForResponse((r) => r.url().endsWith(`/city/cork/details.${locale}.json`) && r.ok());
		await page.goto(`/${locale}/?city=cork`);
		await fetched;
		await expect(panel(page).getByText(cork.vision[locale])).toBeVisible();
		await expect(panel(page).getByText(cork.challenges[0]![locale])).toBeVisible();
		await expect(panel(page).getByRole('heading', { level: 3, name: messages[locale].panel_programmes! })).toBeVisible();
	});
}

test('while details load, the panel shows the city’s name and place, and nothing moves when they arrive', async ({ page }) => {
	const release = await holdRequests(page, '**/city/cork/details.en.json');
	await page.goto('/');
	await cityList(page).getByRole('button', { name: /^Cork/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await expect(panel(page).getByTestId('region')).toHaveText('Europe and North America');
	await expect(panel(page).getByRole('status')).toHaveText(say('en', 'panel_loading', { name: 'Cork' }));
	const before = await panel(page).getByTestId('region').boundingBox();
	release();
	await expect(panel(page).getByText(cork.vision.en)).toBeVisible();
	await expect(panel(page).getByRole('status')).toHaveCount(0);
	expect(await panel(page).getByTestId('region').boundingBox()).toEqual(before);
});

test.describe('when the server has no details', () => {
	test.use({ expectedConsoleErrors: [/404/] });
	test('the panel says so, the rest of the atlas works, and trying again loads them', async ({ page }) => {
		await page.route('**/city/*/details.*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
		await page.goto('/fr/?city=cork');
		await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
		await expect(panel(page).getByRole('alert')).toHaveText(say('fr', 'panel_load_failed', { name: 'Cork', status: '404' }));
		await expect(panel(page).getByText(cork.vision.fr)).toHaveCount(0);
		// Nothing else is lost: the place, the page link, the list, another city, the filter, the chart tabs.
		await expect(panel(page).getByTestId('region')).toBeVisible();
		await expect(panel(page).getByRole('link', { name: say('fr', 'panel_city_page', { name: 'Cork' }) })).toBeVisible();
		await page.getByRole('list', { name: messages.fr.city_list_label! }).getByRole('button', { name: /^Espoo/ }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Espoo' })).toBeVisible();
		await expect(panel(page).getByRole('alert')).toContainText('Espoo');
		await page.locator('[data-goal="social-cohesion"]').click();
		await expect(page).toHaveURL(/goals=social-cohesion/);
		await page.getByRole('tab', { name: messages.fr.tab_profile! }).click();
		await expect(page.locator('[data-chart="city-profile"] rect.bar[data-city="espoo"]')).toHaveCount(5);
		await page.getByRole('tab', { name: messages.fr.atlas_cities_heading! }).click();

		await page.unroute('**/city/*/details.*.json');
		await panel(page).getByRole('button', { name: messages.fr.panel_retry! }).click();
		await expect(panel(page).getByText(espoo.vision.fr)).toBeVisible();
		await expect(panel(page).getByRole('alert')).toHaveCount(0);
	});
});

test.describe('when the network fails', () => {
	test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
	test('the panel says there is no connection', async ({ page }) => {
		await page.route('**/city/*/details.*.json', (route) => route.abort('internetdisconnected'));
		await page.goto('/es/?city=cork');
		await expect(panel(page).getByRole('alert')).toHaveText(say('es', 'panel_load_offline', { name: 'Cork' }));
		await expect(panel(page).getByRole('button', { name: messages.es.panel_retry! })).toBeVisible();
	});
});

test('links out of the atlas load their page whole, with its own data', async ({ page }) => {
	await page.goto('/?city=cork');
	await expect(panel(page).getByText(cork.vision.en)).toBeVisible();
	const document = page.waitForRequest((r) => r.isNavigationRequest() && r.url().endsWith('/city/cork/'));
	await panel(page).getByRole('link', { name: say('en', 'panel_city_page', { name: 'Cork' }) }).click();
	await document;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cork');
	await expect(page.getByText(cork.vision.en)).toBeVisible();
	expect(await page.locator('#atlas-data').getAttribute('data-scope')).toBe('full');
});

/** A chunk of the English build, by its source file (Kit's client manifest). */
function chunkOf(source: string): string {
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
	return manifest[source]!.file;
}

test.describe("when a part's script cannot be fetched (a first visit on a failing connection)", () => {
	// No service worker: on a first visit it would fetch every chunk for the offline copy, and the panel's import
	// could go through it, past the page's routes.
	test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/], serviceWorkers: 'block' });

	test('an open city says so, and trying again opens its panel', async ({ page }) => {
		// With any query: a retry asks for the same script at an address of its own (src/lib/atlas/retryImport.ts).
		const chunk = `**/${chunkOf('src/lib/atlas/CityPanel.svelte')}*`;
		await page.route(chunk, (route) => route.abort('internetdisconnected'));
		await page.goto('/?city=cork');
		// It showed nothing at all: no name, no message, no way to try again.
		await expect(page.getByRole('alert')).toHaveText(say('en', 'panel_part_failed', { name: 'Cork' }));
		await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
		// The page asks for the panel again itself once it is idle: that attempt must fail too, before the connection
		// comes back, or it (not the reader's "Try again") brings the panel. In CI it came after, and the button was
		// gone before the test could press it.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
		await expect(page.getByRole('alert')).toHaveText(say('en', 'panel_part_failed', { name: 'Cork' }));
		await page.unroute(chunk);
		await page.getByRole('button', { name: messages.en.panel_retry! }).click();
		await expect(panel(page).getByText(cork.vision.en)).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test("the network's filters say so, and trying again brings them and the year control", async ({ page }) => {
		// With any query: a retry asks for the same script at an address of its own (src/lib/atlas/retryImport.ts).
		const chunk = `**/${chunkOf('src/lib/atlas/networkViews.ts')}*`;
		await page.route(chunk, (route) => route.abort('internetdisconnected'));
		await page.goto('/?scope=network');
		await expect(page.getByRole('alert')).toHaveText(messages.en.net_views_failed!);
		// The list and the count line are not in that chunk: they still show the network.
		await expect(page.locator('[data-scope-count]')).toContainText('members named');
		await expect(page.locator('[data-filter="region"]')).toHaveCount(0);
		await page.unroute(chunk);
		await page.getByRole('button', { name: messages.en.panel_retry! }).click();
		await expect(page.locator('[data-filter="region"]')).toBeVisible();
		await expect(page.locator('.year-control input[type="range"]')).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});
