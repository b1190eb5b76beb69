import { describe, expect, it } from 'vitest';
import { formatList } from '../../src/lib/i18n/format';

/** Words that start every way the languages' rules look at: Spanish "e Italia", "u Hong Kong", "u 8", "u 11". */
const WORDS = ['Cork', 'Espoo', 'Italia', 'Irlanda', 'hielo', 'hierro', 'Hiato', 'hijo', 'Hong Kong', 'Oslo', 'ocho', 'huevo', '8', '11', '110', '1', 'Ybycuí', 'Amman', 'Éire', 'Ísland', 'Beijing', 'Social cohesion', ''];

describe('formatList', () => {
	it('gives exactly what Intl.ListFormat gives, in each language, for and/or lists of 0 to 5 items', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		let checked = 0;
		for (const locale of ['en', 'fr', 'es'] as const)
			for (const type of ['conjunction', 'disjunction'] as const) {
				const intl = new Intl.ListFormat(locale, { type });
				for (let n = 0; n <= 5; n++)
					for (let i = 0; i < 200; i++) {
						const items = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
						expect(formatList(items, locale, type), `${locale} ${type} ${JSON.stringify(items)}`).toBe(intl.format(items));
						checked++;
					}
				// Every word as the last item, where the rules look.
				for (const word of WORDS) expect(formatList(['Cork', word], locale, type)).toBe(intl.format(['Cork', word]));
			}
		expect(checked).toBe(3 * 2 * 6 * 200);
	});

	it('joins the editors of the book as the title slide shows them', () => {
		expect(formatList(['Raúl Valdes-Cotera', 'Norman Longworth', 'Sinéad Crowe'], 'en')).toBe('Raúl Valdes-Cotera, Norman Longworth, and Sinéad Crowe');
		expect(formatList(['Cork', 'Italia'], 'es')).toBe('Cork e Italia');
	});
});
