/**
 * Three languages: the URL names the language, `<html lang>` follows it, the interface is translated, the
 * switcher keeps the view, and the browser's preferred language picks the default.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { englishLeft, readableText } from './english';
import { cities, dataset } from './data';
import { buildSlides } from '../../src/lib/presenter/slides';
import type { Deck } from '../../src/lib/data/schema';

const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const cork = cities.find((c) => c.id === 'cork')!;
const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as Deck;
const slides = buildSlides(deck, cities, { goals: [], min: 2, match: 'any' });
/** The 1-based number of the first slide of a kind. */
const slideOf = (kind: string) => slides.findIndex((s) => s.kind === kind) + 1;

/** The deck is on the slide and ready (the slide's number is in the URL, so the prerendered page waits for it). */
async function deckReady(page: Page, slide: number) {
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('main[data-slide]')).toHaveAttribute('data-slide', String(slide));
}

/** A view beyond the atlas's first screen, with English words it must show (so the check can fail on it). */
interface View {
	name: string;
	/** The path and query in English; the French and Spanish paths add /fr or /es in front. */
	path: string;
	ready: (page: Page) => Promise<void>;
	english: string[];
}

/** Opens every "Show as table" twin, so the tables' headings are read too. */
async function openTables(page: Page) {
	for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
}

export const VIEWS: View[] = [
	{
		name: 'goal matrix panel',
		path: '/?panel=matrix&city=cork&goals=cultural-prosperity&min=3',
		ready: async (page) => {
			await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
			await openTables(page);
		},
		english: ['Goal matrix', 'Sort rows by', 'highest first', 'Disc area', 'Show as table', 'Download', 'does not match the filter', 'toggle in the filter', 'score 3']
	},
	{
		name: 'goal overview panel',
		path: '/?panel=overview',
		ready: async (page) => {
			await expect(page.locator('svg[data-chart="goal-overview"]')).toBeVisible();
			await openTables(page);
		},
		english: ['Goal overview', 'Each square is a city', 'cities score', 'Show as table', 'Download']
	},
	{
		name: 'city profile panel',
		path: '/?panel=profile&city=cork&compare=espoo&goals=economic-development&min=3',
		ready: async (page) => {
			await expect(page.locator('svg[data-chart="city-profile"] .bar')).toHaveCount(10);
			await openTables(page);
		},
		english: ['City profile', 'Compare with', 'average of the', 'low confidence', 'Show as table', 'does not match the filter']
	},
	{
		name: 'presenter title slide',
		path: '/present/?slide=1',
		ready: (page) => deckReady(page, 1),
		english: ['Learning Cities Atlas', 'Edited by', 'Slides', 'Previous slide', 'Next slide', 'Speaker view', 'Full screen', 'Print', 'Keys']
	},
	{
		name: 'presenter goals slide',
		path: `/present/?slide=${slideOf('goals')}`,
		ready: (page) => deckReady(page, slideOf('goals')),
		english: ['Five goals']
	},
	{
		name: 'presenter city slide with the help open',
		path: `/present/?slide=${slideOf('city')}`,
		ready: async (page) => {
			await deckReady(page, slideOf('city'));
			await page.keyboard.press('?');
			await expect(page.getByRole('dialog')).toBeVisible();
		},
		english: ['Goal profile', 'Flagship programmes', 'of 3', 'Keys', 'next slide', 'Map moves between cities', 'Close help']
	},
	{
		name: 'presenter matrix slide',
		path: `/present/?slide=${slideOf('matrix')}`,
		ready: (page) => deckReady(page, slideOf('matrix')),
		english: ['The cities side by side', 'of 3']
	},
	{
		name: 'presenter guidelines slide',
		path: `/present/?slide=${slideOf('guidelines')}`,
		ready: (page) => deckReady(page, slideOf('guidelines')),
		english: ['Building a learning city']
	},
	{
		name: 'presenter closing slide',
		// A speaker's address (qr=): served from this machine, the slide would show no QR code (no public address).
		path: `/present/?slide=${slideOf('closing')}&qr=https%3A%2F%2Fexample.org%2Fatlas%2F`,
		ready: async (page) => {
			await deckReady(page, slideOf('closing'));
			// The QR code is made in the browser: its label is part of what is checked.
			await expect(page.locator('main svg.qr')).toBeVisible();
		},
		english: ['Explore the atlas', 'QR code that opens', 'Key Features of Learning Cities', 'Guidelines for Building Learning Cities']
	},
	{
		name: 'speaker view',
		path: `/present/speaker/?slide=${slideOf('goals')}`,
		ready: async (page) => {
			await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
			await expect(page.getByTestId('speaker-count')).toHaveText(`${slideOf('goals')} / ${slides.length}`);
		},
		english: ['Speaker view', 'Now', 'Next', 'Slides', 'Blank screen', 'Elapsed time', 'Reset', 'Five goals']
	},
	{
		name: 'method page',
		path: '/method/',
		ready: async (page) => {
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		},
		english: ['Method and sources', 'The scoring scale', 'How confidence is shown', 'About', 'Sources by city', 'Network size', 'Shown as', 'of 3', 'low confidence']
	}
];

const localized = (path: string, locale: string) => (locale === 'en' ? path : `/${locale}${path}`);

for (const view of VIEWS) {
	for (const locale of ['fr', 'es'] as const)
		test(`the ${view.name} in ${locale} has no English interface text`, async ({ page }) => {
			await page.goto(localized(view.path, locale));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await view.ready(page);
			expect(englishLeft(await readableText(page))).toEqual([]);
		});
	test(`the English ${view.name} does show the words the check looks for`, async ({ page }) => {
		await page.goto(view.path);
		await view.ready(page);
		expect(englishLeft(await readableText(page))).toEqual(expect.arrayContaining(view.english));
	});
}

for (const locale of ['fr', 'es'] as const)
	test(`the speaker view in ${locale} shows the notes in ${locale}, and the deck leaves for the atlas in ${locale}`, async ({ page }) => {
		const n = slideOf('goals');
		await page.goto(`/${locale}/present/speaker/?slide=${n}`);
		await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
		// The deck file's words open the notes; the data's points and sources follow, in the same language.
		await expect(page.getByTestId('speaker-notes')).toHaveValue(new RegExp(`^${slides[n - 1]!.notes![locale].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		await page.goto(`/${locale}/present/?slide=${slideOf('city')}`);
		await deckReady(page, slideOf('city'));
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`/${locale}/\\?city=`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
	});

for (const locale of ['fr', 'es'] as const) {
	test(`the atlas in ${locale}: lang, heading and no English interface text`, async ({ page }) => {
		await page.goto(`/${locale}/?city=cork`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(locale).site_name!);
		await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: messages(locale).panel_vision! })).toBeVisible();
		await expect(page.getByText(cork.vision[locale])).toBeVisible();
		await mapIdle(page);
		expect(englishLeft(await readableText(page))).toEqual([]);
	});
}

/** Sorocaba's two programmes for older people, as French and Spanish write the English "and" between their names. */
const CLUBE = { fr: 'Clube do Idoso et Chácara do Idoso', es: 'Clube do Idoso y Chácara do Idoso' } as const;

for (const locale of ['fr', 'es'] as const)
	test(`the city panel in ${locale} names the programmes in ${locale}: ${CLUBE[locale]}`, async ({ page }) => {
		await page.goto(`/${locale}/?city=sorocaba`);
		await expect(page.getByRole('heading', { level: 2, name: 'Sorocaba' })).toBeVisible();
		const panel = page.locator('article.city-panel');
		// The programmes come with the city's details, fetched when it opens.
		await expect(panel.getByRole('heading', { level: 3, name: messages(locale).panel_programmes! })).toBeVisible();
		await expect(panel.locator('.programmes strong').filter({ hasText: 'Clube do Idoso' })).toHaveText(CLUBE[locale]);
		await expect(panel.locator('.programmes strong').filter({ hasText: 'Roda Viva' })).toHaveText('Roda Viva');
		// Name, then what it is, with the language's colon: French puts a (no-break) space before it.
		await expect(panel.locator('.programmes li').filter({ hasText: 'Clube do Idoso' })).toContainText(`${CLUBE[locale]}${locale === 'fr' ? '\u00a0: ' : ': '}`);
		await expect(panel.locator('.programmes')).not.toContainText('Clube do Idoso and Chácara do Idoso');
	});

test('the English atlas does show the English words the check looks for', async ({ page }) => {
	// The check above can fail: the same words are found on the English page.
	await page.goto('/?city=cork');
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await mapIdle(page);
	expect(englishLeft(await readableText(page)).length).toBeGreaterThan(5);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('switching language keeps the selected city and the goal filter', async ({ page }) => {
	await page.goto('/?city=cork&goals=social-cohesion');
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/\?city=cork&goals=social-cohesion$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText(cork.summary.fr)).toBeVisible();

	await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/\?city=cork&goals=social-cohesion$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByText(cork.summary.es)).toBeVisible();

	await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/\?city=cork&goals=social-cohesion$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText(cork.summary.en)).toBeVisible();
});

test('the browser’s preferred language picks the default, and a chosen language sticks', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto('/?city=cork');
	await expect(page).toHaveURL(/\/es\/\?city=cork$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByText(cork.summary.es)).toBeVisible();
	await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/\?city=cork$/);
	await expect(page.getByText(cork.summary.en)).toBeVisible();
	// Chosen: a later visit to an English link stays English.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning Cities Atlas');
	await expect(page).toHaveURL(/\/$/);
	await context.close();
});

test('a French link opens in French even when the browser prefers English', async ({ page }) => {
	await page.goto('/fr/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('fr').site_name!);
	// The intro counts the cities; the book's twelve are spelled out.
	await expect(page.getByRole('heading', { level: 2, name: 'Douze villes, cinq objectifs' })).toBeVisible();
});

for (const locale of ['en', 'fr', 'es'] as const) {
	test(`the ${locale} atlas reads without JavaScript`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto(locale === 'en' ? '/' : `/${locale}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(locale).site_name!);
		await expect(page.locator('button[data-city]')).toHaveCount(cities.length);
		await expect(page.getByText(dataset.goals[0]!.label[locale]).first()).toBeVisible();
		// The switcher is plain links: it works without JavaScript too.
		const other = locale === 'fr' ? 'Español' : 'Français';
		await page.getByRole('link', { name: other }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', other === 'Español' ? 'es' : 'fr');
		await context.close();
	});
}
