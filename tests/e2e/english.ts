/**
 * The check for English left in a French or Spanish page: interface words only an untranslated page would show,
 * looked for in what a reader sees and hears. Shared by the i18n spec and the no-WebGL spec (SVG map).
 */
import type { Page } from '@playwright/test';
import { dataset } from './data';

/**
 * Interface words that only an untranslated English page would show. Checked against the visible text and the
 * accessible names (aria-label, title, alt) of French and Spanish pages.
 */
export const ENGLISH_UI_WORDS = [
	'Skip to content',
	'Learning Cities Atlas',
	'Learning city since',
	'Flagship programmes',
	'Challenges',
	'Five goals',
	'Close',
	'Filter by goal',
	'Score at least',
	'Clear filter',
	'cities shown',
	'Choose a city',
	'unknown',
	'of 3',
	'World map',
	'Cities on the map',
	'Toggle attribution',
	// The map's zoom buttons and key
	'Zoom in',
	'Zoom out',
	'Whole world',
	'Map key',
	'Selected city',
	'Left out by the filter',
	'Map feedback',
	'Loading the map',
	'Previous city',
	'Next city',
	'Open in the atlas',
	'About',
	'Method and sources',
	'high confidence',
	'medium confidence',
	'low confidence',
	// The chart panels
	'Panels',
	'Goal matrix',
	'Goal overview',
	'City profile',
	'Sort rows by',
	'highest first',
	'Disc area',
	'Each square is a city',
	'Compare with',
	'average of the',
	'Show as table',
	'Download',
	'does not match the filter',
	'toggle in the filter',
	'score 3',
	'cities score',
	// The presenter and the speaker view
	'Slides',
	'Previous slide',
	'Next slide',
	'Speaker view',
	'Full screen',
	'Print',
	'Keys',
	'next slide',
	'Close help',
	'Map moves between cities',
	'Edited by',
	'Goal profile',
	'The cities side by side',
	'Building a learning city',
	'QR code that opens',
	'Explore the atlas',
	'Key Features of Learning Cities',
	'Guidelines for Building Learning Cities',
	'Now',
	'Next',
	'Blank screen',
	'Elapsed time',
	'Reset',
	// The method page
	'The scoring scale',
	'How confidence is shown',
	'Back to the atlas',
	'Sources by city',
	'Network size',
	'Shown as',
	// English left inside the data's French and Spanish (review G2)
	'in 2015',
	'Diversified literacy programme',
	'UNESCO Institute for Lifelong Learning',
	'Escape',
	'adopts the Beijing Declaration',
	'literacy programme',
	// Official names left in English
	'Municipality',
	'City Administration',
	'City and County of'
];

/**
 * The English names of the cities whose name differs in French or Spanish (the rule is the schema's
 * `LocalNames`), written out here rather than read from the data, so the check fails when the data loses a form.
 */
export const ENGLISH_CITY_NAMES: Record<'fr' | 'es', string[]> = {
	fr: ['Mexico City', 'Beijing'],
	es: ['Mexico City', 'Beijing', 'Amman']
};

/**
 * Proper names that keep an English city name in any language: the titles of sources (English documents), the
 * programmes named after their city, and UNESCO's title for the declaration adopted in Beijing.
 */
const PROPER_NAMES = [
	...dataset.cities.flatMap((c) => [...c.sources.map((s) => s.label), ...c.programmes.map((p) => p.name)]),
	'Déclaration de Beijing',
	'Declaración de Beijing'
]
	.filter((name) => Object.values(ENGLISH_CITY_NAMES).flat().some((city) => name.includes(city)))
	.sort((a, b) => b.length - a.length);

/** The English city names left in a `locale` page's `text`, once the proper names that keep them are set aside. */
export function englishCityNames(text: string, locale: 'fr' | 'es'): string[] {
	let prose = text.replace(/https?:\/\/\S+/g, ' ');
	for (const name of PROPER_NAMES) prose = prose.split(name).join(' ');
	return ENGLISH_CITY_NAMES[locale].filter((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u').test(prose));
}

/** Every English word or city name of the checks in a French or Spanish `text`. */
export function englishIn(text: string, locale: 'fr' | 'es'): string[] {
	return [...englishLeft(text), ...englishCityNames(text, locale)];
}

/** Everything a reader sees or hears on the page, as one string. */
export async function readableText(page: Page): Promise<string> {
	return page.evaluate(() => {
		// innerText applies text-transform: read "Goal profile", not the "GOAL PROFILE" an uppercase label shows.
		for (const el of document.querySelectorAll<HTMLElement>('body *'))
			if (getComputedStyle(el).textTransform !== 'none') el.style.textTransform = 'none';
		const names = [...document.querySelectorAll('[aria-label], [title], [alt], title, meta[name=description]')].map(
			(el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('alt') ?? ''} ${el.getAttribute('content') ?? ''} ${el.tagName === 'TITLE' ? el.textContent : ''}`
		);
		return `${document.body.innerText}\n${names.join('\n')}`;
	});
}

/** The English interface words found in `text`, ignoring the proper names of data (programmes, sources). */
export function englishLeft(text: string): string[] {
	// Addresses are not interface text (a source's URL may hold "Out-n-About").
	const prose = text.replace(/https?:\/\/\S+/g, ' ');
	return ENGLISH_UI_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(prose));
}
