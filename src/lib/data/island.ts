/**
 * The dataset travels to the browser inside each page's HTML, as a JSON data island in the page's language only,
 * instead of inside the JavaScript in all three: the first view then downloads a third of the text and no script
 * has to carry data. A data island (`<script type="application/json">`) is never executed, so the page's
 * content security policy (scripts by hash only) needs nothing for it. The atlas page's island holds its first
 * view only (./atlasData.ts); the cities' details files, fetched when a city opens, use the same format (./details.ts).
 *
 * Every translated text ({en, fr, es}) becomes `{"$t": "..."}` in the island; reading it back gives a text that
 * answers in the page's language whichever language is asked, so components keep calling `tr(text, locale)`.
 */
import { LOCALES, type Locale } from './vocabulary.ts';

export const ISLAND_ID = 'atlas-data';

function isText(value: object): value is Record<Locale, string> {
	const keys = Object.keys(value);
	return (
		keys.length === LOCALES.length &&
		LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')
	);
}

/** The island's JSON for `locale`, safe inside a `<script>` element (no `<` survives as such). */
export function toIsland(value: unknown, locale: Locale): string {
	const json = JSON.stringify(value, (_key, v: unknown) =>
		v !== null && typeof v === 'object' && !Array.isArray(v) && isText(v) ? { $t: v[locale] } : v
	);
	return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Reads an island back: each `{"$t": s}` becomes `{en: s, fr: s, es: s}`. */
export function fromIsland(json: string): unknown {
	return JSON.parse(json, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		const t = (v as { $t?: unknown }).$t;
		if (typeof t !== 'string' || Object.keys(v).length !== 1) return v;
		return Object.fromEntries(LOCALES.map((l) => [l, t]));
	});
}

/**
 * What an island holds: the whole dataset (`full`, every page but the atlas), or the atlas page's first view only
 * (`atlas`: the cities' summaries, see ./summary.ts; a city's details load when it is opened, ./details.ts).
 */
export type IslandScope = 'full' | 'atlas';

/** The island element for app.html's `%atlas.data%` placeholder. */
export function islandElement(value: unknown, locale: Locale, scope: IslandScope = 'full'): string {
	return `<script type="application/json" id="${ISLAND_ID}" data-scope="${scope}">${toIsland(value, locale)}</script>`;
}

/** The page's island (in the browser): what it holds and its value. */
export function pageIsland(): { scope: IslandScope; value: unknown } {
	const island = document.getElementById(ISLAND_ID);
	if (!island?.textContent) throw new Error(`This page has no #${ISLAND_ID} data: the atlas cannot start.`);
	return { scope: island.dataset.scope === 'atlas' ? 'atlas' : 'full', value: fromIsland(island.textContent) };
}
