/**
 * Every page is styled in its first paint, before any script runs. Svelte scopes a component's styles with a class
 * (`svelte-<hash>`) on the elements it renders; a page whose HTML carries such a class, but whose inline styles and
 * linked stylesheets hold no rule for it, shows that component unstyled until its script fetches the CSS. That
 * happened to the site header of every city page (Kit's dependency walk skipped a chunk it had first met inside a
 * lazily loaded part: patches/@sveltejs+kit+*.patch), and axe then found its language links too small to tap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockOtherOrigins, test, expect } from './fixtures';
import { prerenderedRoutes } from './routes';

const BUILD = join(process.cwd(), 'build');

/** The CSS a page has at its first paint: its inline styles and every stylesheet it links (enabled or inlined). */
function firstPaintCss(html: string): string {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const linked = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
		.map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
		.filter((href): href is string => !!href && href.startsWith('/'))
		.map((href) => readFileSync(join(BUILD, href), 'utf8'));
	return [...inline, ...linked].join('\n');
}

/** The scoping classes on the page's elements (not those in its styles or scripts). */
function scopedClasses(html: string): Set<string> {
	const body = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');
	const found = new Set<string>();
	for (const attr of body.matchAll(/\sclass="([^"]*)"/g)) for (const name of attr[1]!.split(/\s+/)) if (/^svelte-[a-z0-9]+$/.test(name)) found.add(name);
	return found;
}

test("every prerendered page's HTML comes with the styles of every component in it", () => {
	const routes = prerenderedRoutes();
	expect(routes.length).toBeGreaterThan(30);
	const unstyled: string[] = [];
	let checked = 0;
	for (const route of routes) {
		const html = readFileSync(join(BUILD, route, 'index.html'), 'utf8');
		const css = firstPaintCss(html);
		for (const name of scopedClasses(html)) {
			checked++;
			if (!css.includes(`.${name}`)) unstyled.push(`${route}: .${name}`);
		}
	}
	expect(checked).toBeGreaterThan(routes.length * 5);
	expect(unstyled).toEqual([]);
});

test('a city page without JavaScript: the language links are a row of buttons, each at least 24 px tall', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 }, baseURL });
	// This page is not the guarded fixture's: it fails on a request to another origin too.
	const outside: string[] = [];
	await blockOtherOrigins(context, new URL(baseURL!).origin, outside);
	const page = await context.newPage();
	for (const path of ['/city/swansea/', '/fr/city/cork/']) {
		await page.goto(path);
		const boxes = await page.getByRole('navigation', { name: /language|langue|idioma/i }).getByRole('link').evaluateAll((links) =>
			links.map((a) => a.getBoundingClientRect()).map((b) => ({ y: Math.round(b.y), height: b.height }))
		);
		expect(boxes).toHaveLength(3);
		expect(new Set(boxes.map((b) => b.y)).size, `${path}: one row`).toBe(1);
		for (const b of boxes) expect(b.height, path).toBeGreaterThanOrEqual(24);
	}
	await context.close();
	expect(outside).toEqual([]);
});
