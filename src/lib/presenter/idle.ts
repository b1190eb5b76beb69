/**
 * Work for later: after the page's load event, when the browser is next idle (or a moment later where it has no
 * requestIdleCallback), so it never competes with the first slide's paint. Returns the function that cancels it.
 */
export function whenIdleAfterLoad(then: () => void, timeout = 2000): () => void {
	let cancelled = false;
	let idle: number | undefined;
	const run = () => {
		if (cancelled) return;
		if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => !cancelled && then(), { timeout });
		else idle = window.setTimeout(() => !cancelled && then(), 200);
	};
	if (document.readyState === 'complete') run();
	else window.addEventListener('load', run, { once: true });
	return () => {
		cancelled = true;
		window.removeEventListener('load', run);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	};
}
