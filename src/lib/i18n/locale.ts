/**
 * The current language, the data's texts in it, and links that stay in it. Paraglide resolves the locale from
 * the URL (/fr/..., /es/..., English unprefixed), on the server at prerender time and in the browser alike; a
 * language change is a full page load (the switcher's links), so nothing here needs to be reactive.
 */
// From the vocabulary, not the schema: importing a value from schema.ts would bring valibot into every page.
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import type { Text } from '$lib/data/schema';
import { base } from '$app/paths';
import { deLocalizeHref, getLocale, localizeHref, locales } from '$lib/paraglide/runtime';

// The data's languages and Paraglide's must be the same list: a compile error here if they drift apart.
const sameLocales: readonly Locale[] = locales;
const sameLocalesBack: readonly (typeof locales)[number][] = LOCALES;
void sameLocales;
void sameLocalesBack;

export function currentLocale(): Locale {
	return getLocale();
}

/**
 * A text of the data in the page's language. Here, not with the vocabularies' labels (./labels.ts), which only
 * the views opened later show: a page that reads texts carries none of the labels' three languages.
 */
export function tr(text: Text, locale: Locale = 'en'): string {
	return text[locale];
}

/**
 * An app path (e.g. '/city/cork/') in the current language, or in `locale`, as a link: under the site's base
 * path (BASE_PATH, deploy/basePath.js), which Paraglide's URL patterns then expect too.
 */
export function localHref(path: string, locale?: Locale): string {
	return localizeHref(`${base}${path}`, locale ? { locale } : undefined);
}

/** The app path of an address on this site ('/atlas/fr/city/cork/?x' is '/city/cork/?x'): no base, no language. */
export function appPath(href: string): string {
	const path = deLocalizeHref(href);
	return base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path;
}

/** Each language's own name for itself, so a reader finds theirs whatever the page's language. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };
