/**
 * `npm run screenshot`: opens the built atlas in Chromium and saves PNGs to look at (and the README's
 * picture, static/screenshot.png, which doubles as the social preview image).
 * Usage: npm run screenshot -- [path-with-query] [out.png] [width]x[height]
 * The atlas shows its SVG map until the reader's first input; the pointer moves first so the picture shows the
 * live map, unless SCREENSHOT_PREVIEW=1 (then the picture is the SVG preview, taken once it has drawn).
 * SCREENSHOT_NO_WEBGL=1 pictures the SVG map as the fallback, in a Chromium without WebGL. SCREENSHOT_BUILD=DIR
 * serves another build (the 10,000-city one: see scripts/bench-cities.ts) instead of this one's. SCREENSHOT_PORT
 * (default 4174) lets several checkouts take pictures side by side.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { serve } from '../bench/lib/server.ts';

const [path = '/?city=cork', out = 'static/screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const noWebGL = Boolean(process.env.SCREENSHOT_NO_WEBGL);
const port = Number(process.env.SCREENSHOT_PORT ?? 4174);
const server = process.env.SCREENSHOT_BUILD
	? await serve({ '/': process.env.SCREENSHOT_BUILD }, port)
	: await preview({ preview: { port, strictPort: true }, logLevel: 'silent' });
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: noWebGL ? ['--disable-webgl', '--disable-3d-apis'] : [] });
try {
	const page = await browser.newPage({ viewport: { width: width!, height: height! } });
	page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
	await page.goto(`http://localhost:${port}${path}`);
	if (noWebGL) {
		// The fallback takes over on the first input after hydration: the pointer moves until it has.
		for (let i = 0; i < 300 && !(await page.$('[data-map-state="fallback"]')); i++) {
			await page.mouse.move(1 + (i % 2), 1);
			await page.waitForTimeout(100);
		}
		if (!(await page.$('[data-map-state="fallback"]'))) console.error('no SVG fallback');
	} else if (process.env.SCREENSHOT_PREVIEW) {
		await page.waitForSelector('[data-map-state="preview"]', { timeout: 30_000 }).catch(() => console.error('no SVG preview'));
	} else {
		await page.mouse.move(1, 1);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 30_000 }).catch(() => console.error('map not idle'));
	}
	await page.waitForTimeout(1500);
	await page.screenshot({ path: out });
	console.log(`saved ${out}`);
} finally {
	await browser.close();
	await server.close();
}
