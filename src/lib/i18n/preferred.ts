/**
 * The browser's preferred language picks the default. A static host cannot negotiate (every URL is one file),
 * so this runs once in the browser: a visitor arriving on an unprefixed (English) URL whose browser prefers
 * French or Spanish is sent to the same view in that language, unless they have already chosen a language
 * with the switcher. Links that name a language (/fr/..., /es/...) are always honoured as they are.
 */
import type { Locale } from '$lib/data/schema';
import { baseLocale, extractLocaleFromNavigator, extractLocaleFromUrl, localizeHref } from '$lib/paraglide/runtime';

const CHOICE_KEY = 'atlas-language';

/** Remembers a language the reader chose, so their preferred language never overrides it again. */
export function rememberChoice(locale: Locale): void {
	try {
		localStorage.setItem(CHOICE_KEY, locale);
	} catch {
		// Storage can be disabled (private mode, policies); the choice then lasts for this page only.
	}
}

function chosen(): string | null {
	try {
		return localStorage.getItem(CHOICE_KEY);
	} catch {
		return null;
	}
}

/** The URL to send this visitor to, or null to stay. */
export function preferredLanguageRedirect(url: URL): string | null {
	if (chosen() !== null || extractLocaleFromUrl(url.href) !== baseLocale) return null;
	const preferred = extractLocaleFromNavigator();
	if (!preferred || preferred === baseLocale) return null;
	return localizeHref(url.pathname + url.search + url.hash, { locale: preferred });
}
