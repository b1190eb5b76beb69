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
