/** What the deck specs share: the deck as the data builds it, opening the deck, and reading words off the screen. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect } from './fixtures';
import { dataset } from './data';
import { buildSlides, type Slide } from '../../src/lib/presenter/slides';
import type { Deck } from '../../src/lib/data/schema';

export const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as Deck;
export const noFilter = { goals: [], min: 2, match: 'any' } as const;
export const slides = buildSlides(deck, dataset.cities, { ...noFilter, goals: [] });

/** The heading each slide must show, from the deck file and the data (fixed titles are the slides' own). */
export function headingOf(slide: Slide): string {
	switch (slide.kind) {
		case 'title':
			return dataset.publication.title.en;
		case 'goals':
			return 'Five goals of a learning city';
		case 'city':
			return slide.city.name;
		case 'matrix':
			return 'The cities side by side';
		case 'guidelines':
			return 'Building a learning city: six areas of action';
		case 'network':
			return 'The network today';
		case 'awards':
			return 'The award, edition by edition';
		case 'closing':
			return 'Explore the atlas';
	}
}

export const heading = (page: Page) => page.locator('main').getByRole('heading', { level: 1 });

/** Opens the deck (`/present/` in English, `/fr/present/`...) and waits until it has read its URL. */
export async function open(page: Page, search = '', locale = 'en') {
	await page.goto(`${locale === 'en' ? '' : `/${locale}`}/present/${search}`);
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
}

/**
 * The words inside `selector` that the layout cut across lines: for each run of letters or digits of every visible
 * text node, a Range's line boxes must all sit on one line. A break at a space, "/" or "-" is between words and
 * passes; "empowerm/ent" fails.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((root) => {
		const broken: string[] = [];
		for (const container of document.querySelectorAll(root)) {
			const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
				for (const match of node.textContent!.matchAll(/[\p{L}\p{N}]+/gu)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
					if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) broken.push(`${match[0]} (in "${node.textContent!.trim().slice(0, 40)}")`);
				}
			}
		}
		return broken;
	}, selector);
}

/** Relative luminance (WCAG) of a computed CSS colour, composited over `under` when it is transparent. */
export function luminance(rgba: string, under = [0, 0, 0]): number {
	const [r = 0, g = 0, b = 0, a = 1] = rgba.match(/[\d.]+/g)!.map(Number);
	const mix = [r, g, b].map((c, i) => (c * a + under[i]! * (1 - a)) / 255);
	const lin = mix.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}
