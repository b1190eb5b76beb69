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
 * A keystroke must cost under 8 ms at 10,000 candidates (`npm run bench`). Everything is normalised once, when the
 * index is built, into one text of every name, one a line; a keystroke then scans that text with indexOf (never a
 * regular expression, so "(", "*" or "\" are only letters), each hit ranked by where it falls in its name, and
 * the candidates are kept in the page's alphabetical order so that ranking is a bucket sort without comparisons.
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

export interface SearchIndex {
	/** The candidates in the page's alphabetical order of their shown names. */
	readonly candidates: readonly SearchCandidate[];
	/** Every name normalised, each followed by a line break (which no query holds, so no hit spans two names). */
	readonly text: string;
	/** Where each name starts in `text`, ascending. */
	readonly starts: Int32Array;
	/** Each name's candidate (an index into `candidates`) and kind: shown, other, or place (`SHOWN`...). */
	readonly owner: Int32Array;
	readonly kind: Uint8Array;
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

const SHOWN = 0;
const OTHER = 1;
const PLACE = 2;

export function searchIndex(candidates: readonly SearchCandidate[], locale: string): SearchIndex {
	const collator = new Intl.Collator(locale);
	const sorted = [...candidates].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
	const text: string[] = [];
	const starts: number[] = [];
	const owner: number[] = [];
	const kind: number[] = [];
	// Many candidates share a country: each distinct name is normalised once.
	const normalised = new Map<string, string>();
	const norm = (name: string) => {
		let n = normalised.get(name);
		if (n === undefined) normalised.set(name, (n = normalise(name)));
		return n;
	};
	let at = 0;
	const add = (name: string, candidate: number, k: number) => {
		text.push(name, '\n');
		starts.push(at);
		owner.push(candidate);
		kind.push(k);
		at += name.length + 1;
	};
	sorted.forEach((candidate, i) => {
		const shown = norm(candidate.name);
		add(shown, i, SHOWN);
		const seen = new Set([shown, '']);
		for (const [names, k] of [[candidate.names, OTHER], [candidate.places ?? [], PLACE]] as const) {
			for (const name of names.map(norm)) {
				if (seen.has(name)) continue;
				seen.add(name);
				add(name, i, k);
			}
		}
	});
	return {
		candidates: sorted,
		text: text.join(''),
		starts: Int32Array.from(starts),
		owner: Int32Array.from(owner),
		kind: Uint8Array.from(kind)
	};
}

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const ALL_WORDS = 4;
const LEVELS = 5;
/** No match: above every rank. */
const NONE = 255;
/** Words of a query matched one by one ("ciudad mex"): more are ignored. */
const MAX_WORDS = 8;
const SPACE = 32;
const LINE = 10;

/**
 * The rank of a hit, lower first: an exact match on any of a candidate's names; then on the shown name by level;
 * then on its other names by level (their generic words, "Ayuntamiento de", "City of", would otherwise put Cork
 * before Balanga for "a"); then on its country's names.
 */
function rankOf(kind: number, level: number): number {
	if (kind === PLACE) return 2 * LEVELS + level;
	return level === EXACT ? 0 : kind * LEVELS + level;
}
const RANKS = 3 * LEVELS;

/**
 * Calls `hit(name, at)` for the hits of `word` in the names of `index`, in order: every hit inside a word, and the
 * first that begins the name or a word (a name's later hits cannot rank better, so the scan moves to the next
 * name). The text is read once, forwards.
 */
function scan(index: SearchIndex, word: string, hit: (name: number, at: number) => void) {
	const { text, starts } = index;
	const last = starts.length - 1;
	let name = 0;
	let pos = text.indexOf(word);
	while (pos !== -1) {
		while (name < last && starts[name + 1]! <= pos) name++;
		hit(name, pos);
		const begins = pos === starts[name] || text.charCodeAt(pos - 1) === SPACE;
		pos = text.indexOf(word, begins && name < last ? starts[name + 1]! : pos + 1);
	}
}

/** The candidates that match `query`, ranked; nothing for a query with no letter or digit. */
export function findCities(index: SearchIndex, query: string, limit = Infinity): SearchResult {
	const q = normalise(query.slice(0, MAX_QUERY));
	if (!q) return { total: 0, matches: [] };
	const { text, starts, owner, kind, candidates } = index;
	const best = new Uint8Array(candidates.length).fill(NONE);
	const keep = (name: number, level: number) => {
		const r = rankOf(kind[name]!, level);
		const c = owner[name]!;
		if (r < best[c]!) best[c] = r;
	};
	scan(index, q, (name, at) => {
		const start = starts[name]!;
		if (at === start) keep(name, text.charCodeAt(at + q.length) === LINE ? EXACT : PREFIX);
		else keep(name, text.charCodeAt(at - 1) === SPACE ? WORD_PREFIX : SUBSTRING);
	});
	// "ciudad mex", "grand amman municipality" in another order: every word begins a word of one name.
	const words = q.split(' ').slice(0, MAX_WORDS);
	if (words.length > 1) {
		const found = new Uint8Array(starts.length);
		words.forEach((word, i) =>
			scan(index, word, (name, at) => {
				if (at === starts[name] || text.charCodeAt(at - 1) === SPACE) found[name]! |= 1 << i;
			})
		);
		const all = (1 << words.length) - 1;
		for (let name = 0; name < found.length; name++) if (found[name] === all) keep(name, ALL_WORDS);
	}
	// Candidates are in alphabetical order: each rank's bucket fills sorted.
	const buckets: number[][] = Array.from({ length: RANKS }, () => []);
	let total = 0;
	for (let c = 0; c < best.length; c++) {
		if (best[c] === NONE) continue;
		total++;
		buckets[best[c]!]!.push(c);
	}
	const matches: SearchCandidate[] = [];
	for (const bucket of buckets) {
		for (const c of bucket) {
			if (matches.length >= limit) break;
			matches.push(candidates[c]!);
		}
	}
	return { total, matches };
}
