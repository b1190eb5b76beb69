import { test, expect } from './fixtures';
import { open, slides } from './deck';

/** Each page's MediaBox in a PDF, in points: [width, height]. */
const pageBoxes = (pdf: Buffer) =>
	[...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![s\w])[^]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
		w: Number(m[3]) - Number(m[1]),
		h: Number(m[4]) - Number(m[2])
	}));
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('"Slides only" prints exactly one landscape page per slide, kept in the URL', async ({ page }) => {
	test.slow();
	await open(page, '?tour=title,cork,network,awards,closing');
	await page.getByLabel('Slides per printed page').selectOption('slides');
	await expect(page).toHaveURL(/[?&]handout=slides(&|$)/);
	// The network's slides have their data before the PDF is made, as Print waits for it.
	await page.evaluate(() => (window.print = () => {}));
	await page.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('.handout [data-testid=network-slide][data-loaded=true]')).toBeAttached();
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdfPages(pdf)).toBe(5);
	const boxes = pageBoxes(pdf);
	expect(boxes.length).toBeGreaterThan(0);
	for (const { w, h } of boxes) expect(w).toBeGreaterThan(h);
	await page.reload();
	await expect(page.getByLabel('Slides per printed page')).toHaveValue('slides');
});

test('"Slides only" for the default deck gives one page per slide', async ({ page }) => {
	test.slow();
	await open(page, '?handout=slides');
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdfPages(pdf)).toBe(slides.length);
});

/**
 * Printed at once after opening, before the network's slides were ever shown: their data is a fetch of its own, made
 * in idle time once the first slide has painted, so the browser's own print (Ctrl+P, no Print button) has it too.
 */
test.describe('printing the deck at once after opening prints the network slides whole', () => {
	const expectWhole = async (page: import('@playwright/test').Page) => {
		const net = page.locator('.handout [data-testid=network-slide]');
		await expect(net).toHaveAttribute('data-loaded', 'true');
		await expect(net.getByTestId('network-count')).toContainText(/\d+ of \d+ members named/);
		await expect(net.locator('[data-network-map] circle').first()).toBeAttached();
		// The land under the dots, drawn as the page was made for print.
		await expect(net.locator('[data-network-map] path')).toHaveCount(1);
		await expect(page.locator('.handout [data-testid=awards-slide]')).toHaveAttribute('data-loaded', 'true');
	};

	test('a print preview of the page (print media) shows every slide with its data', async ({ page }) => {
		await open(page, '?tour=title,cork,network,awards,closing');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.handout .page')).toHaveCount(5);
		await expectWhole(page);
	});

	test("the browser's print (beforeprint) lays the handout out with the data fetched after load", async ({ page }) => {
		await open(page, '?tour=title,network,awards,closing&handout=slides');
		// The data comes in idle time after load; nothing else is waited for, no Print button pressed.
		await expect(page.locator('.deck')).toHaveAttribute('data-print-ready', 'true');
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfPages(pdf)).toBe(4);
		// What beforeprint made is what was printed: it is there now, with the network's figures and map.
		await expectWhole(page);
	});
});
