/**
 * The selected city is never hidden in a cluster on the live map: wherever the network's cities crowd, the one
 * the panel shows is drawn on its own dot, with its name, at its place, and no cluster holds it (as on the SVG
 * map, svgClusters.ts `apart`). Measured on screen: the city's coordinates projected by the map, what MapLibre
 * rendered at that point (top first), the canvas's pixel there, and the leaves of every cluster drawn.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapAtRest, mapIdle, mapPixel } from './fixtures';
import { cities } from './data';
import { members } from './networkData';

/** Where the atlas puts a city: a case study at the book's coordinates, any other member at the network's. */
function place(id: string): { lon: number; lat: number } {
	const book = cities.find((c) => c.id === id);
	if (book) return { lon: book.lon, lat: book.lat };
	const member = members.find((m) => m.id === id)!;
	return { lon: member.lon!, lat: member.lat! };
}

interface Seen {
	/** The layers and ids of what is rendered at the city's projected point, top first. */
	at: { layer: string; id: string | null }[];
	/** The city's name as drawn, if a label of it is rendered. */
	name: string | null;
	/** Whether the point is inside the map's canvas. */
	inside: boolean;
	/** Whether any cluster drawn holds the city. */
	inCluster: boolean;
}

/** What the live map shows of city `id` at (lon, lat), once it is at rest. */
async function seen(page: Page, id: string, lon: number, lat: number): Promise<Seen> {
	await mapAtRest(page);
	return page.evaluate(
		async ({ id, lon, lat }) => {
			const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: any } };
			const map = el.atlasMap.map;
			const p = map.project([lon, lat]);
			const canvas = map.getCanvas() as HTMLCanvasElement;
			const inside = p.x >= 0 && p.y >= 0 && p.x <= canvas.clientWidth && p.y <= canvas.clientHeight;
			const cityish = (f: any) => f.layer.type === 'circle' || (f.layer.type === 'symbol' && f.layer.id !== 'country-fill');
			const at = map
				.queryRenderedFeatures([p.x, p.y])
				.filter(cityish)
				.map((f: any) => ({ layer: f.layer.id as string, id: (f.properties.id as string | undefined) ?? null }));
			const labels = map
				.queryRenderedFeatures()
				.filter((f: any) => f.layer.type === 'symbol' && f.properties.id === id && !('point_count' in f.properties));
			const name = labels.length ? String(labels[0].properties.name) : null;
			let inCluster = false;
			const source = map.getSource('cities');
			for (const f of map.queryRenderedFeatures({ layers: ['city-clusters'] })) {
				const leaves = await source.getClusterLeaves(f.properties.cluster_id, Infinity, 0);
				if (leaves.some((leaf: any) => leaf.properties.id === id)) inCluster = true;
			}
			return { at, name, inside, inCluster };
		},
		{ id, lon, lat }
	);
}

/** The selected dot's colour (palette.ts `selected`), give or take the GPU's rounding. */
const SELECTED = [0xb3, 0x47, 0x0b];
const near = (seen: number[], wanted: number[]) => seen.reduce((sum, v, i) => sum + Math.abs(v - wanted[i]!), 0) < 24;

async function expectApart(page: Page, id: string, name: string) {
	const { lon, lat } = place(id);
	await expect(async () => {
		const s = await seen(page, id, lon, lat);
		expect(s.inside, `${id} is inside the map`).toBe(true);
		expect(s.inCluster, `no cluster holds ${id}`).toBe(false);
		// The top thing drawn at its place is its own dot: no cluster circle over it.
		expect(s.at[0], `the top feature at ${id}'s place`).toMatchObject({ id });
		expect(s.at[0]!.layer).not.toBe('city-clusters');
		const pixel = await mapPixel(page, lon, lat);
		expect(near(pixel, SELECTED), `the pixel at ${id}'s place, rgb(${pixel}), is the selected colour`).toBe(true);
		expect(s.name).toBe(name);
	}).toPass({ timeout: 15_000 });
}

test.use({ viewport: { width: 1024, height: 768 } });

test('a link to an award winner inside a cluster (?scope=awards&city=cork) draws Cork apart, with its name', async ({ page }) => {
	await page.goto('/?scope=awards&city=cork');
	await mapIdle(page);
	await expect(page.locator('#city-title')).toHaveText('Cork');
	await expectApart(page, 'cork', 'Cork');
});

test('winners chosen in the list at the world view are drawn apart, and so is the one back and forward lead to', async ({ page }) => {
	await page.goto('/?scope=awards');
	await mapIdle(page);
	await page.locator('[role=tabpanel] [data-city="huejotzingo-mx"]').click();
	await expect(page).toHaveURL(/[?&]city=huejotzingo-mx(&|$)/);
	await expectApart(page, 'huejotzingo-mx', 'Huejotzingo');
	await page.locator('[role=tabpanel] [data-city="mexico-city"]').click();
	await expect(page).toHaveURL(/[?&]city=mexico-city(&|$)/);
	await expectApart(page, 'mexico-city', 'Mexico City');
	await page.goBack();
	await expect(page).toHaveURL(/[?&]city=huejotzingo-mx(&|$)/);
	await expectApart(page, 'huejotzingo-mx', 'Huejotzingo');
	await page.goForward();
	await expectApart(page, 'mexico-city', 'Mexico City');
});

test('a member of the whole network chosen from the search, in French, is drawn apart with its French name', async ({ page }) => {
	await page.goto('/fr/?scope=network');
	await mapIdle(page);
	await page.getByRole('combobox', { name: 'Trouver une ville' }).fill('pekin');
	await page.getByRole('option', { name: /Pékin/ }).click();
	await expect(page).toHaveURL(/[?&]city=beijing(&|$)/);
	await expectApart(page, 'beijing', 'Pékin');
});

test('a member of the whole network chosen from the search, in Spanish, among Korea’s crowd of members', async ({ page }) => {
	await page.goto('/es/?scope=network');
	await mapIdle(page);
	await page.getByRole('combobox', { name: 'Buscar una ciudad' }).fill('suwon');
	await page.getByRole('option', { name: /Suwon/ }).click();
	await expect(page).toHaveURL(/[?&]city=suwon-kr(&|$)/);
	await expectApart(page, 'suwon-kr', 'Suwon');
});
