/**
 * Each language's pages load a client built for that language (deploy/localeBuilds.js): its scripts carry its
 * own texts and not the other two languages', and what the page says after hydration (a filter's count) is in
 * its language. A reader of French downloads no English or Spanish.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SITE_NAME = { en: 'Learning Cities Atlas', fr: 'Atlas des villes apprenantes', es: 'Atlas de las ciudades del aprendizaje' } as const;
const COUNT = { en: 'cities score 2 or more', fr: 'villes sur 12 ont un score', es: 'ciudades tienen una puntuación' } as const;
type Locale = keyof typeof SITE_NAME;

/** The text of every script the page loads until it is ready. */
async function scriptsOf(page: Page, path: string): Promise<string> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.text().catch(() => ''));
	});
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	return (await Promise.all(bodies)).join('\n');
}

for (const [locale, path] of [['en', '/'], ['fr', '/fr/'], ['es', '/es/']] as [Locale, string][]) {
	test(`the ${locale} atlas loads its own language's texts only, and speaks it after hydration`, async ({ page }) => {
		const scripts = await scriptsOf(page, path);
		expect(scripts).toContain(SITE_NAME[locale]);
		for (const other of Object.keys(SITE_NAME) as Locale[]) {
			if (other !== locale) expect(scripts, `${other} text in the ${locale} page's scripts`).not.toContain(SITE_NAME[other]);
		}
		await page.locator('[data-goal="social-cohesion"]').first().click();
		await expect(page.getByTestId('filter-count')).toContainText(COUNT[locale]);
	});
}
