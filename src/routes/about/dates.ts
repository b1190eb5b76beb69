import type { Locale } from '$lib/data/schema';
import { formatDate } from '$lib/i18n/formatMore';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A day, or the span of days when only the span is known ("28–30 September 2015", "28-30 de septiembre de
 * 2015"): the language's own way through Intl, which writes the shared month and year once.
 */
export function formatDays(from: string, until: string | undefined, locale: Locale): string {
	if (!until || until === from) return formatDate(from, locale);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(day(from), day(until));
}
