/**
 * The about page gives the book itself: its PDF, the days of the conference that launched it with why no single
 * day is given, and, in French and Spanish, that the title is UNESCO's rendering of an English book.
 */
import { test, expect } from './fixtures';
import { dataset } from './data';
import { LOCALES, messages, prefix } from './messages';

const book = dataset.publication;

for (const locale of LOCALES) {
	test(`about in ${locale}: the book's PDF, the launch's days and note`, async ({ page }) => {
		await page.goto(`${prefix(locale)}/about/`);
		const pdf = page.getByRole('link', { name: messages[locale].about_pdf_link });
		await expect(pdf).toBeVisible();
		await expect(pdf).toHaveAttribute('href', book.pdf);
		await expect(page.getByRole('link', { name: messages[locale].about_book_link })).toHaveAttribute('href', book.url);

		const launch = page.getByTestId('launch');
		// One span, its month and year written once, as the language writes it.
		const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
			new Date(`${book.launch.date}T00:00:00Z`),
			new Date(`${book.launch.until}T00:00:00Z`)
		);
		await expect(launch).toContainText(days);
		await expect(launch).toContainText(book.launch.note![locale]);
		await expect(launch).toContainText(book.launch.place[locale]);

		// The note sits under the launch line, inside the row, not over the next one.
		const note = launch.locator('.note');
		const award = page.locator('dd').filter({ hasText: book.award.label[locale] });
		const [noteBox, awardBox] = [await note.boundingBox(), await award.boundingBox()];
		expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(awardBox!.y + 1);
	});
}

for (const locale of ['fr', 'es'] as const) {
	test(`about in ${locale}: the title is UNESCO's in ${locale}, said so with its source`, async ({ page }) => {
		await page.goto(`/${locale}/about/`);
		await expect(page.locator('cite').first()).toHaveText(book.title[locale]);
		const note = page.getByTestId('title-note');
		await expect(note).toContainText(messages[locale].about_title_note!);
		await expect(note.getByRole('link')).toHaveAttribute('href', book.titleSources![locale]!);
	});
}

test('about in English names the book in English only, and its language as English', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByTestId('title-note')).toHaveCount(0);
	await expect(page.locator('dd').filter({ hasText: /^English$/ })).toHaveCount(1);
});
