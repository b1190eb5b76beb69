/**
 * The reader's first pointer, key, wheel or touch input on the page: the atlas starts its live map then.
 * Listening starts when this module is evaluated, before the page has hydrated, so a reader whose hand is on
 * the mouse from the first moment is not missed while the components are still being set up.
 */
const EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let seen = false;
const waiting = new Set<() => void>();

function heard() {
	seen = true;
	for (const type of EVENTS) window.removeEventListener(type, heard, true);
	for (const then of [...waiting]) then();
	waiting.clear();
}

// The atlas page's first script may have heard it already, before this module was loaded ($lib/atlas/atlasHead.js).
if (typeof document !== 'undefined' && document.documentElement.dataset.firstInput !== undefined) seen = true;
else if (typeof window !== 'undefined') {
	for (const type of EVENTS) window.addEventListener(type, heard, { capture: true, passive: true });
}

/**
 * Runs `then` on the first input, or at once if it already came. Returns a function that cancels the wait.
 */
export function onFirstInput(then: () => void): () => void {
	if (seen) {
		then();
		return () => {};
	}
	waiting.add(then);
	return () => waiting.delete(then);
}
