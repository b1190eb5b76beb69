/**
 * The current language and links that stay in it. Paraglide resolves the locale from the URL (/fr/..., /es/...,
 * English unprefixed), on the server at prerender time and in the browser alike; a language change is a full
 * page load (the switcher's links), so nothing here needs to be reactive.
 */
// From the vocabulary, not the schema: importing a value from schema.ts would bring valibot into every page.
import { LOCALES, type Locale } from '$lib/data/vocabulary';
import { getLocale, localizeHref, locales } from '$lib/paraglide/runtime';

// The data's languages and Paraglide's must be the same list: a compile error here if they drift apart.
const sameLocales: readonly Locale[] = locales;
const sameLocalesBack: readonly (typeof locales)[number][] = LOCALES;
void sameLocales;
void sameLocalesBack;

export function currentLocale(): Locale {
	return getLocale();
}

/** An app path (e.g. '/city/cork/') in the current language, or in `locale`. */
export function localHref(path: string, locale?: Locale): string {
	return localizeHref(path, locale ? { locale } : undefined);
}

/** Each language's own name for itself, so a reader finds theirs whatever the page's language. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };
