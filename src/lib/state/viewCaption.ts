/**
 * What an exported picture says under its title, so that a pasted chart or map still tells which view made it:
 * the goal filter in words (or that there is none), the selected cities, the day, and the view's address. One
 * wording for the charts and the map.
 */
import type { Goal, Locale } from '$lib/data/schema';
import { formatList, formatNumber } from '$lib/i18n/format';
import { formatDate } from '$lib/i18n/formatMore';
import { tr } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { isFiltering, type GoalFilter } from './filter';

export interface CaptionInputs {
	filter: GoalFilter;
	goals: readonly Goal[];
	/** How many cities the filter keeps, of `total`. */
	matching: number;
	total: number;
	/** The names of the selected (and compared) cities. */
	selected: readonly string[];
	locale: Locale;
	/** The view's canonical address, or '' where it has none yet (prerendering). */
	address: string;
	/** YYYY-MM-DD; today when left out. */
	date?: string;
}

export function viewCaption({ filter, goals, matching, total, selected, locale, address, date }: CaptionInputs): string {
	const day = formatDate(date ?? new Date().toISOString().slice(0, 10), locale);
	const count = formatNumber(total, locale);
	let base: string;
	if (!isFiltering(filter)) base = m.chart_caption_all({ total: count, date: day });
	else {
		const chosen = goals.filter((g) => filter.goals.includes(g.id)).map((g) => tr(g.label, locale));
		const names = formatList(chosen, locale, filter.match === 'all' ? 'conjunction' : 'disjunction');
		const words = m.filter_count({ matching: formatNumber(matching, locale), total: count, min: filter.min, goals: names });
		base = m.chart_caption_filter({ filter: words, date: day });
	}
	const parts = [base];
	if (selected.length) parts.push(m.share_caption_selected({ names: formatList(selected, locale) }));
	if (address) parts.push(m.share_caption_address({ address }));
	return parts.join(' ');
}
