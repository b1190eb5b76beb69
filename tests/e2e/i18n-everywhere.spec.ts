/**
 * Every word in its language: no English interface word and no English city name on any French or Spanish
 * page of the build, on any slide of the deck, in the speaker view, in a download, or on the map's labels.
 * The word lists are tests/e2e/english.ts; the city names' rule is the schema's `LocalNames`.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { csvParse, dsvFormat } from 'd3';
import { test, expect, mapIdle, renderedFeatures } from './fixtures';
import { englishIn, readableText } from './english';
import { cities } from './data';
import { prerenderedRoutes } from './routes';
import { buildSlides } from '../../src/lib/presenter/slides';
import type { Deck } from '../../src/lib/data/schema';

const LOCALES = ['fr', 'es'] as const;
type Locale = (typeof LOCALES)[number];
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as Deck;
const slides = buildSlides(deck, cities, { goals: [], min: 2, match: 'any' });
const mexicoSlide = slides.findIndex((s) => s.kind === 'city' && s.city.id === 'mexico-city') + 1;
/** The forms the data gives Mexico City (written out, so the test fails on data that lost them). */
const MEXICO: Record<Locale, string> = { fr: 'Mexico', es: 'Ciudad de México' };

/** Everything readable, once the page has hydrated (client-rendered text is then in the DOM too). */
async function readable(page: Page): Promise<string> {
	await page.waitForLoadState('networkidle');
	return readableText(page);
}

for (const route of prerenderedRoutes().filter((r) => /^\/(fr|es)\//.test(r))) {
	const locale = route.slice(1, 3) as Locale;
	test(`${route} has no English word or English city name`, async ({ page }) => {
		await page.goto(route);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		expect(englishIn(await readable(page), locale)).toEqual([]);
	});
}

for (const locale of LOCALES) {
	test(`the atlas in ${locale} names Mexico City in ${locale} everywhere: list, panel, title, map labels`, async ({ page }) => {
		await page.goto(`/${locale}/?city=mexico-city`);
		await expect(page.getByRole('heading', { level: 2, name: MEXICO[locale] })).toBeVisible();
		await expect(page.locator('button[data-city="mexico-city"] .name')).toHaveText(MEXICO[locale]);
		await expect(page).toHaveTitle(new RegExp(`^${MEXICO[locale]} · `));
		// The panel's details have loaded (the programme names come with them).
		await expect(page.getByText('Programa de Alfabetización Diversificada')).toBeVisible();
		await mapIdle(page);
		const labels = (await renderedFeatures(page, 'city-labels')).map((f) => f.name);
		expect(labels).toContain(MEXICO[locale]);
		expect(labels).not.toContain('Mexico City');
		expect(englishIn(await readable(page), locale)).toEqual([]);
	});

	test(`every slide of the ${locale} deck has no English`, async ({ page }) => {
		// Seventeen slides, each flying the live map (software WebGL here).
		test.slow();
		await page.goto(`/${locale}/present/?slide=1`);
		await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
		for (let n = 1; n <= slides.length; n++) {
			await expect(page.locator('main[data-slide]')).toHaveAttribute('data-slide', String(n));
			expect(englishIn(await readableText(page), locale), `slide ${n}`).toEqual([]);
			if (n === mexicoSlide) {
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEXICO[locale]);
				await expect(page).toHaveTitle(new RegExp(`^${MEXICO[locale]} · `));
				// The live map's own credit, in the corner of the deck's maps, was MapLibre's in English.
				await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(messages(locale).map_credit!);
			}
			if (n < slides.length) await page.keyboard.press('ArrowRight');
		}
	});

	test(`the ${locale} speaker view has no English on any slide`, async ({ page }) => {
		test.slow();
		await page.goto(`/${locale}/present/speaker/?slide=1`);
		await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
		for (let n = 1; n <= slides.length; n++) {
			await expect(page.getByTestId('speaker-count')).toHaveText(`${n} / ${slides.length}`);
			expect(englishIn(await readableText(page), locale), `speaker view, slide ${n}`).toEqual([]);
			if (n === mexicoSlide) await expect(page.getByTestId('speaker-current')).toHaveText(MEXICO[locale]);
			if (n < slides.length) await page.keyboard.press('ArrowRight');
		}
	});

	test(`the ${locale} exports (CSV, SVG) are in ${locale}, and the CSV opens in Excel`, async ({ page }) => {
		const words = messages(locale);
		await page.goto(`/${locale}/?panel=matrix`);
		await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
		const saved = async (name: RegExp): Promise<{ download: Download; text: string }> => {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
			return { download, text: readFileSync(await download.path(), 'utf8') };
		};

		const svg = await saved(new RegExp(`^${words.chart_download_svg}$`));
		expect(svg.download.suggestedFilename()).toBe(`${words.export_file_matrix}.svg`);
		const svgText = await page.evaluate((markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.textContent ?? '', svg.text);
		expect(svgText).toContain(MEXICO[locale]);
		expect(englishIn(svgText, locale)).toEqual([]);

		const csv = await saved(new RegExp(`^${words.csv_download}`));
		expect(csv.download.suggestedFilename()).toBe(`${words.export_file_goals}.csv`);
		// A byte-order mark, so Excel reads the accents; the browser here is en-US, so commas.
		expect(csv.text.charCodeAt(0)).toBe(0xfeff);
		const rows = csvParse(csv.text.slice(1));
		expect(rows.columns.slice(0, 4)).toEqual([words.csv_col_id, words.csv_col_city, words.csv_col_country, words.csv_col_region]);
		const mexico = rows.find((r) => r[words.csv_col_id!] === 'mexico-city')!;
		expect(mexico[words.csv_col_city!]).toBe(MEXICO[locale]);
		expect(mexico[words.csv_col_country!]).toBe(new Intl.DisplayNames([locale], { type: 'region' }).of('MX'));
		const amman = rows.find((r) => r[words.csv_col_id!] === 'amman')!;
		expect(amman[words.csv_col_country!]).toBe(new Intl.DisplayNames([locale], { type: 'region' }).of('JO'));
		const values = rows.flatMap((r) => Object.values(r)).join('\n');
		expect(values).not.toMatch(/\b(high|medium|low|Jordan|Europe and North America|latin-america-caribbean)\b/);
		expect(englishIn(csv.text, locale)).toEqual([]);
	});
}

test('a reader whose numbers use a decimal comma gets a CSV separated by semicolons', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto('/es/?panel=matrix');
	await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`^${messages('es').csv_download}`) }).click()]);
	const text = readFileSync(await download.path(), 'utf8').slice(1);
	const rows = dsvFormat(';').parse(text);
	expect(rows.columns.length).toBeGreaterThan(10);
	expect(rows.find((r) => r[messages('es').csv_col_id!] === 'mexico-city')?.[messages('es').csv_col_city!]).toBe('Ciudad de México');
	await context.close();
});

test('About in French and Spanish: the publisher, the launch city and the editors in the language', async ({ page }) => {
	await page.goto('/fr/about/');
	await expect(page.getByText('Institut de l’UNESCO pour l’apprentissage tout au long de la vie et NILE (République de Corée)', { exact: true })).toBeVisible();
	await expect(page.getByText(/, Mexico, Mexique, 28–30 septembre 2015/)).toBeVisible();
	await expect(page.getByText('Sous la direction de', { exact: true })).toBeVisible();
	await page.goto('/es/about/');
	await expect(page.getByText('Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida y NILE (República de Corea)', { exact: true })).toBeVisible();
	await expect(page.getByText(/, Ciudad de México, México, 28–30 de septiembre de 2015/)).toBeVisible();
});

test.describe('a missing page', () => {
	test.use({ expectedConsoleErrors: [/404/] });
	test('a 404 in French (/fr/nope/) is in French', async ({ page }) => {
		await page.goto('/fr/nope/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		expect(englishIn(await readable(page), 'fr')).toEqual([]);
	});
});
