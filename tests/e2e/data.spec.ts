/**
 * The Data page: every download is there in each language, parses with a real parser, holds exactly the data,
 * speaks the page's language in its headings, and the citations are given in APA, BibTeX and RIS.
 */
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { cities, dataset } from './data';
import { readdirSync } from 'node:fs';
import { say } from '../unit/messages';

const network = readdirSync('data/network/members').flatMap((f) => JSON.parse(readFileSync(`data/network/members/${f}`, 'utf8'))) as {
	id: string;
	lat: number | null;
}[];

async function save(page: Page, file: string) {
	const link = page.locator(`[data-file="${file}"] a`);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

function csv(bytes: Buffer, delimiter: string) {
	expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
	const rows = parse(bytes.toString('utf8'), { bom: true, delimiter, relax_column_count: false }) as string[][];
	return { header: rows[0]!, rows: rows.slice(1) };
}

test('the site navigation leads to the Data page, and the footer to how to cite', async ({ page }) => {
	await page.goto('/method/');
	await page.getByRole('navigation', { name: say('en', 'site_nav_label') }).getByRole('link', { name: 'Data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
	await page.getByRole('contentinfo').getByRole('link', { name: 'How to cite' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'How to cite' })).toBeInViewport();
});

const english = new Map<string, string[]>();

for (const [locale, delimiter] of [['en', ','], ['fr', ';'], ['es', ';']] as const) {
	test(`${locale}: each CSV parses, has one row per record, and numbers as the language writes them`, async ({ page }) => {
		await page.goto(locale === 'en' ? '/data/' : `/${locale}/data/`);
		const cityFile = await save(page, 'cities');
		expect(cityFile.name).toMatch(/\.csv$/);
		const city = csv(cityFile.bytes, delimiter);
		expect(city.rows.map((r) => r[0]).sort()).toEqual(cities.map((c) => c.id).sort());
		const cork = city.rows.find((r) => r[0] === 'cork')!;
		expect(cork[city.header.indexOf(locale === 'es' ? 'Latitud' : 'Latitude')]).toBe(locale === 'en' ? '51.8978' : '51,8978');

		const scores = csv((await save(page, 'scores')).bytes, delimiter);
		expect(scores.rows).toHaveLength(cities.length * dataset.goals.length);
		const net = csv((await save(page, 'network')).bytes, delimiter);
		expect(net.rows.map((r) => r[0]).sort()).toEqual(network.map((m) => m.id).sort());
		const dictionary = csv((await save(page, 'dictionary')).bytes, delimiter);
		for (const column of city.header) expect(dictionary.rows.some((r) => r[1] === column), column).toBe(true);

		const headers = [...city.header, ...scores.header, ...net.header];
		if (locale === 'en') english.set('headers', headers);
		else {
			// No English heading where the language has its own word (ids and ISO codes are the same in every language).
			const same = new Set(['id', 'ISO 3166-1 alpha-2', 'ISO 3166-1 alpha-3', 'Population', 'Latitude', 'Longitude', 'Vision', 'Sources', 'Score']);
			const en = english.get('headers') ?? [];
			for (const h of headers) if (!same.has(h)) expect(en, `"${h}" is an English heading`).not.toContain(h);
			expect(headers.join(' ')).not.toMatch(/\b(City|Country|Goal|Evidence|Confidence|Joined|Awards|Summary)\b/);
			// Nor English values where the language has its own: confidence and basis (sources keep their own
			// publishers' names, in their language).
			const words = { fr: [['Confiance', 'Fondement'], ['élevée', 'moyenne', 'faible', 'étude de cas', 'autres sources']], es: [['Confianza', 'Base'], ['alta', 'media', 'baja', 'estudio de caso', 'otras fuentes']] }[locale];
			const [columns, allowed] = words;
			for (const column of columns!) {
				const i = scores.header.indexOf(column);
				expect(i, column).toBeGreaterThan(-1);
				for (const row of scores.rows) expect(allowed).toContain(row[i]);
			}
		}
	});
}

test('the GeoJSON is a FeatureCollection of every placed member, with valid points', async ({ page }) => {
	await page.goto('/data/');
	const file = await save(page, 'geojson');
	const geo = JSON.parse(file.bytes.toString('utf8'));
	expect(geo.type).toBe('FeatureCollection');
	const placed = network.filter((m) => m.lat !== null);
	expect(geo.features).toHaveLength(placed.length);
	for (const f of geo.features) {
		expect(f.type).toBe('Feature');
		expect(f.geometry.type).toBe('Point');
		const [lon, lat] = f.geometry.coordinates;
		expect(lon).toBeGreaterThanOrEqual(-180);
		expect(lon).toBeLessThanOrEqual(180);
		expect(lat).toBeGreaterThanOrEqual(-90);
		expect(lat).toBeLessThanOrEqual(90);
		expect(typeof f.properties.name).toBe('string');
	}
	const all = JSON.parse((await save(page, 'json')).bytes.toString('utf8'));
	expect(all.cities).toHaveLength(cities.length);
	expect(all.cities[0].summary).toHaveProperty('fr');
	expect(all.licence).toContain('CC BY 4.0');
});

test('the citations are given in APA, BibTeX and RIS, in the page’s language', async ({ page }) => {
	await page.goto('/es/data/');
	const book = page.locator('[data-cite="book"]');
	await expect(book.locator('[data-format="apa"]')).toContainText(`(Eds.). (2015). ${dataset.publication.title.es}`);
	await expect(book.locator('[data-format="apa"]')).toContainText('Jo, S. y Crowe, S.');
	await expect(book.locator('[data-format="bibtex"]')).toContainText('@book{valdescotera2015unlocking,');
	await expect(book.locator('[data-format="ris"]')).toContainText('TY  - EDBOOK');
	await expect(page.locator('[data-cite="atlas"] [data-format="apa"]')).toContainText(say('es', 'site_name'));
});
