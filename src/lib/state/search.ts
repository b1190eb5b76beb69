/**
 * Finding a city by name: a pure matcher over any set of candidates (the book's twelve, the network's members),
 * built once per set and language (`searchIndex`) and asked once per keystroke (`findCities`).
 *
 * Matching ignores case, accents and punctuation ("ybycui" finds Ybycuí, "pekin" Pékin, "bahir-dar" Bahir Dar)
 * and looks at every name a candidate has: the one the page shows, its forms in the other languages and its
 * official or local forms, then its country's names. An exact match on any name comes first; then the shown name,
 * its other names, and its country's names, in that order, each by exact > prefix > word-prefix > substring >
 * every word a prefix: a match on a city's own names always ranks above a match on its country's ("mexico" lists
 * Mexico City before the other Mexican cities). Ties go by the shown name in the page's alphabetical order.
 *
 * A keystroke must cost under 8 ms at 10,000 candidates (`npm run bench`): everything is normalised when the
 * index is built, candidates are kept in collation order so ranking is a bucket sort with no comparison, and the
 * query is matched with indexOf, never turned into a regular expression (so "(", "*" or "\" are only letters).
 */

export interface SearchCandidate {
	id: string;
	/** The name as the page shows it. */
	name: string;
	/** Its other names: the other languages' forms, official and local forms. */
	names: readonly string[];
	/** Shown under the name (the country); not matched unless it is also in `places`. */
	hint?: string;
	/** Where it is (its country, in each language): matched, ranked after every match on the names. */
	places?: readonly string[];
}

interface Entry {
	candidate: SearchCandidate;
	/** Normalised names, the shown name first (empty when it has no letter or digit). */
	names: string[];
	places: string[];
}

export interface SearchIndex {
	/** Candidates in the page's alphabetical order of their shown names. */
	readonly entries: readonly Entry[];
}

export interface SearchResult {
	/** How many candidates match, all of them. */
	total: number;
	/** The best `limit` of them, best first. */
	matches: SearchCandidate[];
}

/** Longer input is cut: no name is this long, and a pasted page must not cost a second per keystroke. */
export const MAX_QUERY = 80;

/** Letters that carry no combining mark to strip (NFKD leaves them whole) but that readers type without it. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const FOLDABLE = /[łøđðħıŧßæœþ]/g;

/**
 * The form names are compared in: NFKD (NFD plus compatibility forms, so full-width letters from an input method
 * match too) without combining marks, lower case, the few unmarked letters folded, every run of anything that is
 * not a letter or digit (spaces, hyphens, apostrophes, brackets) one space, trimmed.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(FOLDABLE, (c) => FOLD[c]!)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function searchIndex(candidates: readonly SearchCandidate[], locale: string): SearchIndex {
	const collator = new Intl.Collator(locale);
	const entries = candidates
		.map((candidate) => ({
			candidate,
			names: [...new Set([candidate.name, ...candidate.names].map(normalise))],
			places: [...new Set((candidate.places ?? []).map(normalise).filter(Boolean))]
		}))
		.sort((a, b) => collator.compare(a.candidate.name, b.candidate.name) || (a.candidate.id < b.candidate.id ? -1 : 1));
	return { entries };
}

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const ALL_WORDS = 4;
const LEVELS = 5;
/** No match: above every rank. */
const NONE = 1000;

/** How well `query` (normalised, words split) matches one normalised name: a level, or NONE. */
function level(name: string, query: string, words: readonly string[]): number {
	const at = name.indexOf(query);
	if (at === 0) return name.length === query.length ? EXACT : PREFIX;
	if (at > 0) return name.includes(` ${query}`) ? WORD_PREFIX : SUBSTRING;
	// "ciudad mex", "grand amman municipality" in another order: every word starts a word of the name.
	if (words.length < 2) return NONE;
	const nameWords = name.split(' ');
	return words.every((w) => nameWords.some((n) => n.startsWith(w))) ? ALL_WORDS : NONE;
}

function best(names: readonly string[], query: string, words: readonly string[], from = 0): number {
	let result = NONE;
	for (let i = from; i < names.length; i++) {
		const l = level(names[i]!, query, words);
		if (l < result) result = l;
		if (result === EXACT) break;
	}
	return result;
}

/**
 * The rank of a candidate for `query`, lower first, or NONE: an exact match on any of its names; then the shown
 * name by level; then its other names by level (their generic words, "Ayuntamiento de", "City of", would
 * otherwise put Cork before Balanga for "a"); then its country's names.
 */
function rank(entry: Entry, query: string, words: readonly string[]): number {
	const shown = level(entry.names[0] ?? '', query, words);
	if (shown === EXACT) return 0;
	const others = best(entry.names, query, words, 1);
	if (others === EXACT) return 0;
	if (shown !== NONE) return shown;
	if (others !== NONE) return LEVELS + others;
	const place = entry.places.length ? best(entry.places, query, words) : NONE;
	return place === NONE ? NONE : 2 * LEVELS + place;
}
const RANKS = 3 * LEVELS;

/** The candidates that match `query`, ranked; nothing for a query with no letter or digit. */
export function findCities(index: SearchIndex, query: string, limit = Infinity): SearchResult {
	const q = normalise(query.slice(0, MAX_QUERY));
	if (!q) return { total: 0, matches: [] };
	const words = q.split(' ');
	// One bucket per rank; entries arrive in collation order, so each bucket is sorted as it fills.
	const buckets: SearchCandidate[][] = Array.from({ length: RANKS }, () => []);
	let total = 0;
	for (const entry of index.entries) {
		const r = rank(entry, q, words);
		if (r === NONE) continue;
		total++;
		buckets[r]!.push(entry.candidate);
	}
	const matches: SearchCandidate[] = [];
	for (const bucket of buckets) {
		for (const candidate of bucket) {
			if (matches.length >= limit) break;
			matches.push(candidate);
		}
	}
	return { total, matches };
}
