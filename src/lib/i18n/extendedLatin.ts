/**
 * The Latin Extended letters of the network's names (Eskişehir, Sa Đéc, Laško, Živinice) come in a subset of
 * their own (src/fonts.css), which the browser fetches the first time such a letter is on screen. Beyond the
 * book that first time was the middle of a reader's change (a year step, a filter), and its arrival laid the
 * whole page out again (3 ms, traced) and swapped the names' letters under the reader's eyes. Asked for with
 * the network's data (by state/beyondBook.ts, the chunk fetched with it), both weights are in before its names
 * are drawn, or soon after. The book's twelve need none of it: its first view never fetches it.
 */

/** A letter in the Latin Extended subset's range (U+0100-02BA). */
const SAMPLE = 'ş';

export function loadExtendedLatin(): void {
	if (typeof document === 'undefined' || !document.fonts) return;
	for (const weight of [400, 600]) {
		// A failed fetch (offline before the first visit finished) leaves the fallback face, as it would anyway.
		void document.fonts.load(`${weight} 1em "Noto Sans"`, SAMPLE).catch(() => {});
	}
}
