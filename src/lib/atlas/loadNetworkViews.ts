/** Fetches the chunk of views beyond the book (./networkViews.ts) once, again after a failure. */
import { createSubscriber } from 'svelte/reactivity';
import { retryingImport } from './retryImport';

type Views = typeof import('./networkViews');

let loading: Promise<Views> | null = null;
const importViews = retryingImport<Views>(() => import('./networkViews'));

export function loadNetworkViews(): Promise<Views> {
	loading ??= importViews().catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}

/**
 * How many times the reader asked to try again, read where the views are awaited (`{#key}` around each
 * `{#await}`), so that one retry brings back every part the failed chunk left empty: the filters and the
 * year control, which sit in different components.
 */
let attempts = 0;
let changed = () => {};
const subscribe = createSubscriber((update) => {
	changed = update;
	return () => (changed = () => {});
});

export function networkViewsAttempt(): number {
	subscribe();
	return attempts;
}

export function retryNetworkViews(): void {
	attempts++;
	changed();
}
