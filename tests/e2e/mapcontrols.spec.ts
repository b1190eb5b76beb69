/**
 * The map's own controls and key on the live MapLibre map: zoom in, zoom out and "Whole world" buttons a keyboard
 * reaches, a key whose marks are drawn in the map's colours, and on a touch screen one finger scrolls the page over
 * the map while two fingers move it. (The SVG map's side: mapcontrols-fallback.spec.ts, in the no-WebGL browser.)
 */
import type { CDPSession, Page } from '@playwright/test';
import { test, expect, mapCenter, mapIdle, tabTo } from './fixtures';
import { cities } from './data';
import { colours } from '../../src/lib/map/palette';

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const rgb = (css: string): Rgb => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number) as Rgb;
const blend = (top: Rgb, alpha: number, under: Rgb): Rgb => top.map((c, i) => c * alpha + under[i]! * (1 - alpha)) as Rgb;
const luminance = ([r, g, b]: Rgb) => {
	const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: Rgb, b: Rgb) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};
const near = (a: Rgb, b: Rgb, tolerance = 6) => a.every((c, i) => Math.abs(c - b[i]!) <= tolerance);

const control = (page: Page, name: 'in' | 'out' | 'world') => page.locator(`[data-map-control="${name}"]`);
const zoom = async (page: Page) => (await mapCenter(page)).zoom;

/** Waits for the camera to come to rest (an eased zoom or a flight). */
async function settled(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: { isMoving(): boolean; once(e: string, f: () => void): void } } };
				const map = el.atlasMap.map;
				const check = () => (map.isMoving() ? map.once('moveend', () => setTimeout(check, 50)) : resolve());
				setTimeout(check, 50);
			})
	);
}

/** The colour the live map drew at a city's centre. */
async function pixelAtCity(page: Page, id: string): Promise<Rgb> {
	const city = cities.find((c) => c.id === id)!;
	return page.evaluate(
		([lon, lat]) => {
			const el = document.querySelector('[data-map-state]') as HTMLElement & {
				atlasMap: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } };
			};
			const { x, y } = el.atlasMap.map.project([lon, lat]);
			const canvas = el.atlasMap.map.getCanvas();
			const copy = document.createElement('canvas');
			[copy.width, copy.height] = [canvas.width, canvas.height];
			const context = copy.getContext('2d')!;
			context.drawImage(canvas, 0, 0);
			const scale = canvas.width / canvas.clientWidth;
			return [...context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3)] as Rgb;
		},
		[city.lon, city.lat] as [number, number]
	);
}

/** The legend's swatch for a mark: its fill and opacity as computed. */
async function swatch(page: Page, key: string) {
	return page.locator(`.map-legend [data-legend="${key}"] circle`).evaluate((circle) => {
		const style = getComputedStyle(circle);
		return { fill: style.fill, opacity: Number(style.opacity) };
	});
}

test('Tab reaches the zoom-in button and Enter zooms the live map in; the focus ring is 3:1 against map and button', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const before = await zoom(page);
	await tabTo(page, '[data-map-control="in"]');
	await expect(control(page, 'in')).toHaveAccessibleName('Zoom in');
	await page.keyboard.press('Enter');
	await expect.poll(() => zoom(page)).toBeGreaterThan(before + 0.9);
	// The ring: the page's --focus outline, measured against the button and the sea it sits on.
	const ring = await control(page, 'in').evaluate((button) => {
		const style = getComputedStyle(button);
		return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, background: style.backgroundColor };
	});
	expect(ring.style).toBe('solid');
	expect(ring.width).toBeGreaterThanOrEqual(2);
	expect(contrast(rgb(ring.outline), rgb(ring.background))).toBeGreaterThanOrEqual(3);
	expect(contrast(rgb(ring.outline), hex(colours.ocean))).toBeGreaterThanOrEqual(3);
	expect(contrast(rgb(ring.outline), hex(colours.land))).toBeGreaterThanOrEqual(3);
});

test('zoom out and zoom in are disabled at the ends of the zoom, and the focus stays on them', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const limits = await page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: { getMinZoom(): number; getMaxZoom(): number } } };
		return { min: el.atlasMap.map.getMinZoom(), max: el.atlasMap.map.getMaxZoom() };
	});
	await expect(control(page, 'out')).toHaveAttribute('aria-disabled', 'false');
	for (const [name, end] of [['out', limits.min], ['in', limits.max]] as const) {
		await control(page, name).focus();
		for (let i = 0; i < 12 && (await control(page, name).getAttribute('aria-disabled')) !== 'true'; i++) {
			await page.keyboard.press('Enter');
			await settled(page);
		}
		await expect(control(page, name)).toHaveAttribute('aria-disabled', 'true');
		expect(await zoom(page)).toBeCloseTo(end, 1);
		await expect(control(page, name)).toBeFocused();
		// Pressed once more at its end, it does nothing.
		await page.keyboard.press('Enter');
		await settled(page);
		expect(await zoom(page)).toBeCloseTo(end, 1);
	}
});

test('"Whole world" flies back to the world view that fits every city, and the city stays selected', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const world = await mapCenter(page);
	await page.locator('.city-list button[data-city="cork"]').click();
	await settled(page);
	await control(page, 'in').click();
	await settled(page);
	expect(await zoom(page)).toBeGreaterThan(world.zoom + 2);
	await control(page, 'world').click();
	await settled(page);
	const back = await mapCenter(page);
	expect(back.zoom).toBeCloseTo(world.zoom, 2);
	expect(back.lng).toBeCloseTo(world.lng, 1);
	expect(back.lat).toBeCloseTo(world.lat, 1);
	await expect(page).toHaveURL(/\?city=cork$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Cork' })).toBeVisible();
	await expect(control(page, 'world')).toHaveAccessibleName('Whole world');
});

for (const [locale, names] of [
	['en', { group: 'Map zoom', in: 'Zoom in', out: 'Zoom out', world: 'Whole world', key: 'Map key', marks: ['City', 'Selected city', 'Left out by the filter'] }],
	['fr', { group: 'Zoom de la carte', in: 'Zoom avant', out: 'Zoom arrière', world: 'Monde entier', key: 'Légende de la carte', marks: ['Ville', 'Ville sélectionnée', 'Écartée par le filtre'] }],
	['es', { group: 'Zoom del mapa', in: 'Acercar', out: 'Alejar', world: 'Mundo entero', key: 'Leyenda del mapa', marks: ['Ciudad', 'Ciudad seleccionada', 'Excluida por el filtro'] }]
] as const) {
	test(`${locale}: the buttons and the key name what they do and what the map draws`, async ({ page }) => {
		await page.goto(locale === 'en' ? '/' : `/${locale}/`);
		await mapIdle(page);
		const group = page.getByRole('group', { name: names.group });
		for (const name of [names.in, names.out, names.world]) await expect(group.getByRole('button', { name, exact: true })).toBeVisible();
		const key = page.getByRole('list', { name: names.key });
		await expect(key.getByRole('listitem')).toHaveText([...names.marks]);
	});
}

test("the key's marks are the map's: the colours it draws a city, the selected city and a left-out city in", async ({ page }) => {
	// Amman scores 0 on economic development: that filter leaves it out.
	await page.goto('/?goals=economic-development');
	await mapIdle(page);
	const city = await swatch(page, 'city');
	const left = await swatch(page, 'dimmed');
	expect(city.opacity).toBe(1);
	expect(near(await pixelAtCity(page, 'amman'), blend(rgb(left.fill), left.opacity, hex(colours.land)))).toBe(true);
	expect(near(await pixelAtCity(page, 'cork'), rgb(city.fill))).toBe(true);
	await page.goto('/?city=amman');
	await mapIdle(page);
	const selected = await swatch(page, 'selected');
	expect(near(await pixelAtCity(page, 'amman'), rgb(selected.fill))).toBe(true);
	// And the marks differ by size as well as colour: the selected one is larger.
	const radius = (key: string) => page.locator(`.map-legend [data-legend="${key}"] circle`).getAttribute('r');
	expect(Number(await radius('selected'))).toBeGreaterThan(Number(await radius('city')));
});

test('in forced-colours mode the key keeps its marks and its words keep their contrast', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/');
	await mapIdle(page);
	expect(rgb((await swatch(page, 'city')).fill)).toEqual(hex(colours.city));
	expect(rgb((await swatch(page, 'selected')).fill)).toEqual(hex(colours.selected));
	const text = await page.locator('.map-legend').evaluate((list) => {
		const style = getComputedStyle(list);
		return { color: style.color, background: style.backgroundColor };
	});
	expect(contrast(rgb(text.color), rgb(text.background))).toBeGreaterThanOrEqual(4.5);
	// The buttons keep a visible edge (ButtonText) in the system's colours.
	const edge = await control(page, 'in').evaluate((b) => getComputedStyle(b).borderTopColor);
	const canvas = await control(page, 'in').evaluate((b) => getComputedStyle(b).backgroundColor);
	expect(contrast(rgb(edge), rgb(canvas))).toBeGreaterThanOrEqual(3);
});

for (const [width, height] of [
	[1280, 800],
	[1024, 768],
	[390, 844]
] as const) {
	test(`${width}x${height}: at the world view neither the key nor the buttons cover a city`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await mapIdle(page);
		const map = (await page.locator('[data-map-state]').boundingBox())!;
		const key = (await page.locator('.map-legend').boundingBox())!;
		const buttons = (await page.locator('.map-controls').boundingBox())!;
		// The key is a strip under the map, not on it.
		expect(key.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
		const dots = await page.evaluate((list) => {
			const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: { project(p: [number, number]): { x: number; y: number } } } };
			return list.map((c) => ({ id: c.id, ...el.atlasMap.map.project([c.lon, c.lat]) }));
		}, cities.map((c) => ({ id: c.id, lon: c.lon, lat: c.lat })));
		const R = 10;
		for (const dot of dots) {
			const [x, y] = [map.x + dot.x, map.y + dot.y];
			const covered = x + R > buttons.x && x - R < buttons.x + buttons.width && y + R > buttons.y && y - R < buttons.y + buttons.height;
			expect(covered, `${dot.id} under the zoom buttons`).toBe(false);
		}
	});
}

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

	async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<[number, number]>) {
		await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
	}
	/** Fingers from `from` moved by (dx, dy) in steps, as a hand does. */
	async function drag(cdp: CDPSession, from: Array<[number, number]>, dx: number, dy: number) {
		await touch(cdp, 'touchStart', from);
		for (let step = 1; step <= 10; step++) {
			await touch(cdp, 'touchMove', from.map(([x, y]) => [x + (dx * step) / 10, y + (dy * step) / 10]));
		}
		await touch(cdp, 'touchEnd', []);
	}

	test('one finger dragged over the map scrolls the page and leaves the map where it was', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const map = (await page.locator('[data-map-state]').boundingBox())!;
		// The map's top third in view: the finger lands on it.
		await page.evaluate((y) => window.scrollTo(0, y), map.y - 300);
		await page.waitForTimeout(200);
		const before = { scroll: await page.evaluate(() => window.scrollY), camera: await mapCenter(page) };
		const cdp = await page.context().newCDPSession(page);
		await drag(cdp, [[200, 700]], 0, -300);
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll + 150);
		const after = await mapCenter(page);
		expect(after.lng).toBeCloseTo(before.camera.lng, 3);
		expect(after.lat).toBeCloseTo(before.camera.lat, 3);
		expect(after.zoom).toBeCloseTo(before.camera.zoom, 3);
	});

	test('two fingers dragged over the map move it', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const map = (await page.locator('[data-map-state]').boundingBox())!;
		await page.evaluate((y) => window.scrollTo(0, y), map.y - 100);
		await page.waitForTimeout(200);
		const before = await mapCenter(page);
		const cdp = await page.context().newCDPSession(page);
		await drag(cdp, [[150, 400], [250, 400]], -120, 0);
		await settled(page);
		expect((await mapCenter(page)).lng).toBeGreaterThan(before.lng + 5);
	});
});

test('the SVG preview, before the live map starts, shows the same buttons and key', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview');
	for (const name of ['in', 'out', 'world'] as const) await expect(control(page, name)).toBeVisible();
	// The book's key: three marks, and the network's group kept as room only (unseen, and not read out).
	await expect(page.locator('.map-legend li:visible')).toHaveCount(3);
	await expect(page.getByRole('listitem').filter({ hasText: 'Group of cities' })).toHaveCount(0);
});

test('the deck shows its map without the zoom buttons or the key', async ({ page }) => {
	// A city's slide: the deck's live map starts there (its title slide paints without it).
	await page.goto('/present/?slide=3');
	await expect(page.locator('.deck-map [data-map-state]')).toBeAttached();
	await expect(page.locator('.deck-map [data-map-state]')).toHaveAttribute('data-map-state', /idle|fallback/);
	await expect(page.locator('.map-controls, .map-legend')).toHaveCount(0);
});
