/**
 * A new build published while a reader has the atlas open (project `update`). nginx serves deploy/nginx.conf from a
 * link that the test switches from build A to build B, as a host publishes. A is the sub-path build
 * (`npm run build:base`); B is made from it in a second: a new version number, its lazily loaded charts chunk
 * under a new name (so A's is no longer on the server, as after a real rebuild), and its pages marked
 * `data-build="B"` so the test can tell which build a page is.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cities } from './data';

const A = 'build-base';
const PORT = Number(process.env.UPDATE_PORT ?? Number(process.env.PORT ?? 4173) + 2);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = `${ORIGIN}/atlas/`;
const hasNginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].some((path) => existsSync(path));

test.skip(!hasNginx && !process.env.CI, 'nginx is not installed here (CI installs it)');
test.use({ baseURL: SITE });
// One nginx, one link, switched by each test: the tests take turns.
test.describe.configure({ mode: 'serial' });

let dir = '';
let nginx: ChildProcess | null = null;
let chartsChunkA = '';

function textFiles(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.map((f) => join(root, f))
		.filter((f) => /\.(html|js|json|css)$/.test(f) && statSync(f).isFile());
}

/** Build B from A: see the file's comment. Returns its folder. */
function makeB(): string {
	const b = join(dir, 'B');
	cpSync(A, b, { recursive: true });
	const version = JSON.parse(readFileSync(join(A, '_app/version.json'), 'utf8')).version as string;
	const next = `${version}1`;
	const charts = chartsChunkA.replace(/\.js$/, 'B.js');
	renameSync(join(b, '_app/immutable/chunks', chartsChunkA), join(b, '_app/immutable/chunks', charts));
	for (const file of textFiles(b)) {
		const text = readFileSync(file, 'utf8');
		let changed = text.replaceAll(version, next).replaceAll(chartsChunkA, charts);
		if (file.endsWith('.html')) changed = changed.replace('<html lang=', '<html data-build="B" lang=');
		if (changed !== text) writeFileSync(file, changed);
	}
	return b;
}

/** Publishes `target` in one step, as a host switching its link: nginx serves each request from what it points at. */
function publish(target: string) {
	const next = join(dir, 'current.next');
	rmSync(next, { force: true });
	symlinkSync(target, next);
	renameSync(next, join(dir, 'current'));
}

test.beforeAll(async () => {
	expect(existsSync(`${A}/index.html`), 'the sub-path build is missing: run `npm run build:base` first').toBe(true);
	const manifest = JSON.parse(readFileSync(`.svelte-kit-${A}/output/client/.vite/manifest.json`, 'utf8')) as Record<string, { file: string }>;
	chartsChunkA = manifest['src/lib/charts/ChartTabs.svelte']!.file.split('/').pop()!;
	dir = mkdtempSync(join(tmpdir(), 'atlas-update-'));
	publish(join(process.cwd(), A));
	nginx = spawn(process.execPath, ['deploy/nginx-local.js', '--build', A, '--site', join(dir, 'current'), '--port', String(PORT)], { stdio: 'ignore' });
	await expect(async () => expect((await fetch(SITE)).ok).toBe(true)).toPass({ timeout: 15_000 });
});

test.afterAll(() => {
	nginx?.kill('SIGTERM');
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(() => publish(join(process.cwd(), A)));

/** Opens the atlas and waits until its service worker controls it; then loads it once more, from that worker. */
async function openA(page: Page) {
	await page.goto('./');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-build');
}

/** The page asks whether a new build is out, as it does every few minutes or when it comes back online. */
const askForUpdates = (page: Page) => page.evaluate(() => dispatchEvent(new Event('online')));

const notice = (page: Page) => page.locator('[data-update-notice]');

test('build B is published while A is open: A keeps working, lazily loaded parts included; a notice offers B; loading it gives B whole', async ({ page }) => {
	// Two builds precached, pages reloaded: a minute on a loaded machine.
	test.slow();
	await openA(page);
	const b = makeB();
	publish(b);
	await expect(notice(page)).toBeEmpty();
	await askForUpdates(page);
	await expect(notice(page)).toContainText('A new version of the atlas is out.');

	// The browser installs B's service worker (as it would on its own): it takes over the open page of A.
	await page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.getRegistration())!;
		const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		await registration.update();
		await changed;
	});
	// A's charts chunk is gone from the server, yet A's page opens its charts, and a city with its details.
	expect((await fetch(`${SITE}_app/immutable/chunks/${chartsChunkA}`)).status).toBe(404);
	const chunk = page.waitForResponse((r) => r.url().endsWith(`/${chartsChunkA}`));
	await page.getByRole('tab').nth(1).click();
	expect((await chunk).ok()).toBe(true);
	await expect(page.getByRole('tabpanel').locator('svg').first()).toBeVisible();
	await page.getByRole('tab').first().click();
	const city = cities[1]!;
	await page.locator(`button[data-city="${city.id}"]`).click();
	await expect(page.locator('article.city-panel').getByText(city.vision.en)).toBeVisible();
	await expect(page.locator('html')).not.toHaveAttribute('data-build');

	// The reader takes the new version: the page that loads is B, whole, and no longer offers an update.
	await notice(page).getByRole('button', { name: 'Load it' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-build', 'B');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('tab').nth(1).click();
	await expect(page.getByRole('tabpanel').locator('svg').first()).toBeVisible();
	await askForUpdates(page);
	await expect(notice(page)).toBeEmpty();
});

test('a build published half way, or a reader offline, keeps A until B can be had whole', async ({ page, context }) => {
	test.slow();
	await openA(page);
	const b = makeB();
	const details = join(b, 'city', cities[2]!.id, 'details.fr.json');
	const held = readFileSync(details);
	rmSync(details);
	publish(b);
	await askForUpdates(page);
	const load = notice(page).getByRole('button', { name: 'Load it' });
	await load.click();
	// B's worker could not cache every file of B: nothing changed, and the reader is told so.
	await expect(notice(page)).toContainText('cannot be loaded whole just now; this one keeps working');
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-build');

	// Offline, the notice cannot be acted on either, and A still opens and works.
	await context.setOffline(true);
	await askForUpdates(page);
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-build');
	await page.locator(`button[data-city="${cities[2]!.id}"]`).click();
	await expect(page.locator('article.city-panel').getByText(cities[2]!.vision.en)).toBeVisible();

	// Back online with B whole on the server: now it loads.
	await context.setOffline(false);
	writeFileSync(details, held);
	await askForUpdates(page);
	await notice(page).getByRole('button', { name: 'Load it' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-build', 'B');
});
