/**
 * Hostile input in the browser: a real sample of the Vitest fuzz values (tests/unit/fuzz.test.ts runs the
 * thousands), every parameter at once on each load. Nothing may run, throw or log an error; the page shows
 * a valid view with its URL rewritten to the canonical form. Plus the Content Security Policy itself.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cities, cityIds, dataset } from './data';
import { hostileValues, SCRIPT_PAYLOADS } from '../fuzz/hostileValues';
import { prerenderedRoutes } from './routes';

const goalIds = dataset.goals.map((g) => g.id);
const real: Record<string, readonly string[]> = {
	city: cityIds,
	goals: goalIds,
	min: ['1', '2', '3'],
	match: ['any', 'all'],
	compare: cityIds,
	sort: ['name', 'region', ...goalIds],
	panel: ['city', 'matrix', 'overview', 'profile']
};
const LOADS = 12;
/** Per parameter: the script payloads first (the values that matter most), then generated ones. */
const samples = Object.fromEntries(
	Object.entries(real).map(([key, values], i) => [key, [...SCRIPT_PAYLOADS, ...hostileValues(values, LOADS, 77 + i)].slice(0, LOADS)])
);

async function expectCleanView(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.city-list button[data-city]')).toHaveCount(cities.length);
	await expect(page.locator('[data-map-state]')).not.toHaveAttribute('data-map-state', 'error');
	// The URL was rewritten to its canonical form: only ids, numbers and separators remain.
	await expect.poll(() => new URL(page.url()).search).toMatch(/^(\?[a-z0-9=&,-]+)?$/);
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
	expect(await page.title()).not.toMatch(/[<>]/);
}

for (let load = 0; load < LOADS; load++) {
	test(`hostile URL ${load + 1}/${LOADS}: every parameter at once gives a valid view and runs nothing`, async ({ page }) => {
		const params = new URLSearchParams();
		for (const [key, values] of Object.entries(samples)) params.append(key, values[load]!);
		// Repeated keys and unknown keys ride along.
		params.append('city', SCRIPT_PAYLOADS[load % SCRIPT_PAYLOADS.length]!);
		params.append('<img src=x onerror=window.__xss=1>', '1');
		await page.goto(`/?${params}`);
		await expectCleanView(page);
	});
}

test('hostile values in the presenter URL give a valid slide and run nothing', async ({ page }) => {
	const params = new URLSearchParams({ slide: SCRIPT_PAYLOADS[0]!, autoplay: '-1e309', city: SCRIPT_PAYLOADS[2]!, goals: ',,,' });
	await page.goto(`/present/?${params}`);
	await expect(page.getByTestId('slide-count')).toHaveText(/^1 \/ \d+$/);
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('every page carries a CSP that allows scripts only from itself and by hash', async ({ request }) => {
	for (const path of prerenderedRoutes()) {
		const html = await (await request.get(path)).text();
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(policy, path).toBeTruthy();
		const scriptSrc = policy!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
		expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toMatch(/https?:|\*/);
	}
});

test.describe('the CSP at work', () => {
	test.use({ expectedConsoleErrors: [/Content Security Policy/] });
	test('an inline script slipped into the page does not run', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.city-list button[data-city]')).toHaveCount(cities.length);
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__xss = 1';
			document.body.append(script);
			await new Promise((resolve) => setTimeout(resolve, 50));
			return (window as { __xss?: unknown }).__xss !== undefined;
		});
		expect(ran).toBe(false);
	});
});
