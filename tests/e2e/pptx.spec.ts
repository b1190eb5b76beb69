import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { dataset } from './data';
import { open } from './deck';

/** The visible words of one slide's (or notes page's) XML, in order. */
const words = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"')).join(' ');
const number = (path: string) => Number(path.match(/(\d+)\.xml$/)![1]);

async function readPptx(path: string) {
	const zip = await JSZip.loadAsync(readFileSync(path));
	const slidePaths = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).sort((a, b) => number(a) - number(b));
	const slides = [];
	for (const path of slidePaths) {
		const n = number(path);
		const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
		const notesTarget = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1];
		const notes = notesTarget ? words(await zip.file(`ppt/notesSlides/${notesTarget}`)!.async('string')) : '';
		slides.push({
			text: words(await zip.file(path)!.async('string')),
			pictures: [...rels.matchAll(/Type="[^"]*\/image"/g)].length,
			notes
		});
	}
	return { zip, slides };
}

test('the PowerPoint file has the tour slide by slide: texts, a picture per map, the QR code, the notes', async ({ page }) => {
	test.slow();
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	await page.goto('/present/');
	await page.evaluate(() => localStorage.setItem('atlas-present-notes', JSON.stringify({ en: { 'city:espoo': 'Ask the room about Espoo.' } })));
	await open(page, '?tour=title,goals,cork,espoo,network,awards,matrix,closing&title=Learning%20by%20the%20sea&speaker=Ada%20Byrne&qr=https://atlas.example.org/');
	// Nothing of the file writer comes with the deck.
	expect(scripts.some((s) => s.includes('presentationml'))).toBe(false);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as PowerPoint' }).click();
	const file = await downloading;
	expect(file.suggestedFilename()).toBe('learning-by-the-sea.pptx');
	// To look at the file by hand (LibreOffice: soffice --headless --convert-to pdf): PPTX_OUT=/tmp/deck.pptx.
	if (process.env.PPTX_OUT) await file.saveAs(process.env.PPTX_OUT);
	const { slides } = await readPptx((await file.path())!);

	expect(slides).toHaveLength(8);
	const [title, goals, cork, espoo, network, awards, matrix, closing] = slides as [typeof slides[number], ...typeof slides];
	expect(title!.text).toContain('Learning by the sea');
	expect(title!.text).toContain('Ada Byrne');
	expect(goals!.text).toContain('Five goals of a learning city');
	for (const goal of dataset.goals) expect(goals!.text).toContain(goal.label.en);
	expect(cork!.text).toContain('Cork');
	expect(cork!.text).toContain('GOAL PROFILE');
	expect(espoo!.text).toContain('Espoo');
	expect(network!.text).toContain('The network today');
	expect(network!.text).toMatch(/\d+ of \d+ members named/);
	expect(awards!.text).toContain('The award, edition by edition');
	expect(awards!.text.match(/Cork/g)!.length).toBeGreaterThanOrEqual(3);
	expect(matrix!.text).toContain('The cities side by side');
	expect(closing!.text).toContain('Explore the atlas');
	expect(closing!.text).toContain('https://atlas.example.org/');
	expect(closing!.text).toContain(dataset.publication.url);

	// A picture on each map slide and for the QR code; none on the text slides.
	expect(slides.map((s) => s.pictures)).toEqual([0, 0, 1, 1, 1, 0, 0, 1]);
	// The notes: the data's by default (with their sources), the speaker's own where they wrote some.
	const corkCity = dataset.cities.find((c) => c.id === 'cork')!;
	expect(cork!.notes).toContain(corkCity.sources[0]!.url);
	expect(espoo!.notes).toContain('Ask the room about Espoo.');
	expect(goals!.notes).toContain(dataset.publication.keyFeatures.source);
});
