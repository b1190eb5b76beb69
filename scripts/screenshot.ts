/**
 * `npm run screenshot`: opens the built atlas in Chromium and saves PNGs to look at (and the README's
 * picture, static/screenshot.png, which doubles as the social preview image).
 * Usage: npm run screenshot -- [path-with-query] [out.png] [width]x[height]
 * The atlas shows its SVG map until the reader's first input; the pointer moves first so the picture shows the
 * live map, unless SCREENSHOT_PREVIEW=1 (then the picture is the SVG preview, taken once it has drawn).
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const [path = '/?city=cork', out = 'static/screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' });
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
try {
	const page = await browser.newPage({ viewport: { width: width!, height: height! } });
	page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
	await page.goto(`http://localhost:4174${path}`);
	if (process.env.SCREENSHOT_PREVIEW) {
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
