/**
 * Exports carry their context: a chart's SVG and PNG and the map's PNG say which view made them (the filter, the
 * selected city), the day, the source and the view's address, in the picture and, for a PNG, as its text too.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle } from './fixtures';
import { dataset } from './data';

async function saved(page: Page, click: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** The PNG's iTXt chunks: keyword to text. */
function pngText(bytes: Buffer): Record<string, string> {
	const texts: Record<string, string> = {};
	for (let at = 8; at < bytes.length; ) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		if (type === 'iTXt') {
			const data = bytes.subarray(at + 8, at + 8 + length);
			const end = data.indexOf(0);
			// keyword NUL, two flags, language NUL, translated keyword NUL, text.
			let i = end + 3;
			i = data.indexOf(0, i) + 1;
			i = data.indexOf(0, i) + 1;
			texts[data.toString('latin1', 0, end)] = data.subarray(i).toString('utf8');
		}
		at += 12 + length;
	}
	return texts;
}

const pngHeight = (bytes: Buffer) => bytes.readUInt32BE(20);

test('a chart’s SVG and PNG carry the view: the filter, the selected city, the day, the source and the address', async ({ page }) => {
	await page.goto('/fr/?city=cork&goals=social-cohesion&panel=matrix');
	await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
	const address = page.url();
	const svg = await saved(page, () => page.getByRole('button', { name: 'Télécharger le SVG' }).click());
	expect(svg.name).toBe('villes-apprenantes-matrice-des-objectifs-social-cohesion-min2-any.svg');
	const text = svg.bytes.toString('utf8');
	const caption = text.match(/<text[^>]*data-caption[^>]*>(.*?)<\/text>/s)?.[1]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ') ?? '';
	expect(caption).toContain('Cohésion sociale');
	expect(caption).toContain('Sélection : Cork.');
	expect(caption).toContain(String(new Date().getFullYear()));
	// The address, which the caption may wrap after a "/": its pieces are joined back without spaces.
	expect(text.match(/<text[^>]*data-caption[^>]*>(.*?)<\/text>/s)?.[1]?.replace(/<[^>]+>/g, '')).toContain(address.slice(0, 20));
	expect(text).toContain(dataset.publication.title.fr);
	// Self-contained: every reference to an id points into the file.
	const ids = new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
	for (const [, ref] of text.matchAll(/(?:url\(#|href="#)([^)"]+)/g)) expect(ids.has(ref), `#${ref}`).toBe(true);

	const png = await saved(page, () => page.getByRole('button', { name: 'Télécharger le PNG' }).click());
	const meta = pngText(png.bytes);
	expect(meta.Description).toContain('Sélection : Cork.');
	expect(meta.Description).toContain(address);
	expect(meta.Source).toContain(dataset.publication.title.fr);
});

test('the map of the current view downloads as a PNG, named for what it shows, with its caption', async ({ page }) => {
	await page.goto('/?city=cork&goals=social-cohesion');
	await mapIdle(page);
	const address = page.url();
	const map = (await page.locator('[data-map-state]').boundingBox())!;
	await page.getByRole('button', { name: 'Share' }).click();
	const png = await saved(page, () => page.getByRole('dialog').getByRole('button', { name: 'Download the map as a picture (PNG)' }).click());
	expect(png.name).toBe('learning-cities-map-cork-social-cohesion-min2-any.png');
	const meta = pngText(png.bytes);
	expect(meta.Title).toContain('Cork');
	expect(meta.Description).toContain('Social cohesion');
	expect(meta.Description).toContain('Selected: Cork.');
	expect(meta.Description).toContain(`This view: ${address}`);
	expect(meta.Source).toContain(dataset.publication.title.en);
	// The picture is the map with its title above and its credit below.
	expect(pngHeight(png.bytes)).toBeGreaterThan(Math.round(map.height) + 40);
	expect(png.bytes.length).toBeGreaterThan(20_000);
});
