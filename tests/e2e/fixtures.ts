/**
 * Every end-to-end test uses this `test`: it fails on any console error, any uncaught exception and any
 * request to another origin (which is also aborted, so nothing ever leaves the machine).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Aborts every request `target` makes to another origin than `origin`, and notes it in `problems`. */
export function blockOtherOrigins(target: Page | BrowserContext, origin: string, problems: string[]) {
	return target.route(
		(url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
		(route) => {
			problems.push(`request to another origin: ${route.request().url()}`);
			return route.abort('blockedbyclient');
		}
	);
}

export const test = base.extend<{ guard: void; expectedConsoleErrors: RegExp[] }>({
	/**
	 * Console errors a test provokes on purpose and expects (the browser logs a 404 it was made to get).
	 * Set with `test.use({ expectedConsoleErrors: [/404/] })`; each must then actually appear.
	 */
	expectedConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const origin = new URL(baseURL!).origin;
			const problems: string[] = [];
			await blockOtherOrigins(page, origin, problems);
			const expected = new Set<RegExp>();
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const allowed = expectedConsoleErrors.find((pattern) => pattern.test(message.text()));
				if (allowed) expected.add(allowed);
				else problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
			await use();
			expect(problems, 'console errors, uncaught exceptions or outside requests').toEqual([]);
			const missing = expectedConsoleErrors.filter((pattern) => !expected.has(pattern)).map(String);
			expect(missing, 'expected console errors that never appeared').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Waits until the live map has drawn and is at rest. On the atlas the live map starts on the reader's first
 * input (the SVG map shows the world view until then), so the pointer moves first, as a reader's would.
 */
export async function mapIdle(page: Page) {
	// Input that comes before the page listens (still hydrating) is missed, so the pointer keeps moving, as a
	// reader's does, until the live map has drawn.
	let step = 0;
	await expect(async () => {
		await page.mouse.move(4 + (step++ % 2), 4);
		expect(await page.locator('[data-map-state]').getAttribute('data-map-state')).toBe('idle');
	}).toPass({ timeout: 30_000, intervals: [100, 250, 500] });
}

/**
 * Waits until the SVG map has taken over as the fallback (the no-WebGL browser). The atlas opens on the SVG map in
 * every browser and asks for WebGL on the reader's first input (see MapView): without it, the SVG map simply
 * stays. The pointer moves until it has.
 */
export async function fallbackDrawn(page: Page) {
	let step = 0;
	await expect(async () => {
		await page.mouse.move(4 + (step++ % 2), 4);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'fallback', { timeout: 100 });
	}).toPass({ timeout: 15_000, intervals: [100, 250, 500] });
}

/** Presses Tab until the focus is on `target` (a reader's way there), at most `limit` times. */
export async function tabTo(page: Page, target: string, limit = 60) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, target)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/**
 * Holds back every request matching `pattern` until the returned function is called: a page whose own code is
 * still on its way (before hydration), or data that is slow to come.
 */
export async function holdRequests(page: Page, pattern: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Waits until the live MapLibre map is at rest: loaded and still for three frames (a fly has ended, tiles are in). */
export async function mapAtRest(page: Page) {
	await page.evaluate(async () => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & {
			atlasMap: { map: { loaded(): boolean; isMoving(): boolean; once(type: string, listener: () => void): void } };
		};
		const map = el.atlasMap.map;
		for (let i = 0; i < 3; i++) {
			await new Promise((r) => requestAnimationFrame(r));
			if (!map.loaded() || map.isMoving()) await new Promise<void>((r) => map.once('idle', () => r()));
		}
	});
}

/**
 * The live map's colour, [r, g, b], where it projects (lon, lat): read from the canvas, which keeps its drawing
 * (preserveDrawingBuffer), at the point's device pixel.
 */
export async function mapPixel(page: Page, lon: number, lat: number): Promise<[number, number, number]> {
	return page.evaluate(
		([lon, lat]) => {
			const el = document.querySelector('[data-map-state]') as HTMLElement & {
				atlasMap: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } };
			};
			const { x, y } = el.atlasMap.map.project([lon!, lat!]);
			const canvas = el.atlasMap.map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const ctx = copy.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0);
			const ratio = canvas.width / canvas.clientWidth;
			const [r, g, b] = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
			return [r!, g!, b!] as [number, number, number];
		},
		[lon, lat]
	);
}

/** How many cities the live map was last sent (its city source holds them packed as text: src/lib/map/packedData.ts). */
export async function liveCities(page: Page): Promise<number> {
	return page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { sentCities(): { features: unknown[] } } };
		return el.atlasMap.sentCities().features.length;
	});
}

/** Rendered features of a map layer, read from the live MapLibre instance. */
export async function renderedFeatures(page: Page, layer: string): Promise<Array<Record<string, unknown>>> {
	return page.evaluate((layerId) => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & {
			atlasMap?: { map: { queryRenderedFeatures(o: unknown): Array<{ properties: Record<string, unknown> }> } };
		};
		return el.atlasMap!.map.queryRenderedFeatures({ layers: [layerId] }).map((f) => f.properties);
	}, layer);
}

export async function mapCenter(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
	return page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & {
			atlasMap?: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } };
		};
		const map = el.atlasMap!.map;
		const c = map.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
	});
}

/** How many times the live map has resized since the first call (which starts counting). */
export async function mapResizes(page: Page): Promise<number> {
	return page.evaluate(() => {
		const w = window as unknown as { __resizes?: number };
		if (w.__resizes === undefined) {
			w.__resizes = 0;
			const map = (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } }).atlasMap.map;
			map.on('resize', () => w.__resizes!++);
		}
		return w.__resizes;
	});
}
