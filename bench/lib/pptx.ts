/**
 * How long "Download as PowerPoint" takes for the default deck: from the press to the file handed over (the live
 * map's pictures, the network's, the QR code, the writer's chunk, the zip), in a fresh page each run. Medians.
 */
import type { Browser } from '@playwright/test';
import type { Line } from './report.ts';
import type { Served } from './server.ts';
import { median, round } from './stats.ts';

export async function measurePptx(browser: Browser, served: Served, runs: number, details: Record<string, unknown>, log: (m: string) => void): Promise<Line[]> {
	const times: number[] = [];
	const sizes: number[] = [];
	for (let i = 0; i < runs; i++) {
		log(`pptx ${i + 1}/${runs}`);
		const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${served.origin}/present/`);
		await page.locator('.deck[data-ready=true]').waitFor();
		const downloading = page.waitForEvent('download', { timeout: 120_000 });
		const start = Date.now();
		await page.getByTestId('pptx').click();
		const file = await downloading;
		times.push(Date.now() - start);
		const path = await file.path();
		if (path) sizes.push((await import('node:fs')).statSync(path).size);
		await context.close();
	}
	const ms = median(times);
	details.pptx = { times, sizes };
	return [
		{
			id: 'pptx-build',
			measure: 'PowerPoint of the default deck, press to file',
			value: round(ms / 1000, 2),
			unit: 's',
			budget: '< 5 s',
			pass: ms < 5000,
			note: `median of ${runs}; ${Math.round(median(sizes) / 1000)} kB; the press is the page's first input, so the live map is only starting: the city pictures are the SVG stand-ins`
		}
	];
}
