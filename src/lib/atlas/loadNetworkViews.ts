/** Fetches the chunk of views beyond the book (./networkViews.ts) once, again after a failure. */
type Views = typeof import('./networkViews');

let loading: Promise<Views> | null = null;

export function loadNetworkViews(): Promise<Views> {
	loading ??= import('./networkViews').catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}
