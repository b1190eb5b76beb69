/**
 * What the count line says once the network's data is here ("57 award-winning cities", "320 of 425 members
 * named, December 2025", then how many the filters and the year keep), and why a list beyond the book is empty.
 * Said only with the network's data, so its words come with it (./beyondBook.ts): the book's first view says
 * only its own count. The counts and the date are the data's.
 */
import type { NetworkHeadline } from '$lib/data/network';
import type { Locale } from '$lib/data/vocabulary';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { isNetworkFiltered, type NetworkFilter } from './networkFilter';

export interface CountInputs {
	view: NetworkFilter;
	/** How many cities the scope has, the filters keep, and of those the map can place. */
	cities: number;
	shown: number;
	placed: number;
	headline: NetworkHeadline | null;
	locale: Locale;
}

/** "December 2025": made once per language, as the line is said again on every filter change (0.3 ms each). */
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthFormat(locale: Locale): Intl.DateTimeFormat {
	let format = monthFormats.get(locale);
	if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
	return format;
}

export function countLine({ view, cities, shown, placed, headline, locale }: CountInputs): string {
	const n = (value: number) => formatNumber(value, locale);
	const month = (date: string) => monthFormat(locale).format(new Date(`${date}T00:00:00Z`));
	let base: string;
	if (view.scope === 'awards') base = m.net_count_awards({ count: cities, shown: n(cities) });
	else if (view.scope === 'network' && headline) base = m.net_count_network({ named: n(cities), total: n(headline.members), date: month(headline.date) });
	else base = m.net_count_book({ shown: n(cities) });
	const narrowed = isNetworkFiltered(view) || view.year !== null;
	const unplaced = shown - placed;
	const parts = [
		base,
		narrowed ? m.net_count_shown({ shown: n(shown), total: n(cities) }) : '',
		view.year !== null ? m.net_count_year({ year: String(view.year) }) : ''
	];
	return parts.filter(Boolean).join(', ') + (unplaced > 0 ? ` (${m.net_count_unplaced({ count: unplaced, shown: n(unplaced) })})` : '');
}

/** An empty list says why (the year 2013 had no member yet), where the count line only says 0. */
export function emptyListText(view: NetworkFilter): string {
	return view.year !== null && !isNetworkFiltered(view) ? m.net_list_none_year({ year: String(view.year) }) : m.net_list_none();
}
