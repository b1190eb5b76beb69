/**
 * A part's script asked for again after its fetch failed. Chromium 150 (Debian's, seen here) keeps a failed
 * module in its module map, as the HTML standard's module map long did: importing the same address again fails at
 * once, without asking the server, so "Try again" did nothing even once the connection was back. The failure
 * names the address it could not fetch (Chromium: "Failed to fetch dynamically imported module: URL"; Firefox
 * words it "error loading dynamically imported module: URL"), and the same script at that address with a query of
 * its own is a module the map has never seen. Where the failure names no address (Safari), the part is imported
 * as before.
 */

/** The script address a failed dynamic import names, if it names one. */
export const failedAddress = (error: unknown): string | undefined =>
	/https?:\/\/[^\s'"?#]+?\.js(?![\w/])/.exec(String((error as Error | undefined)?.message ?? error))?.[0];

/**
 * `load()` (the part's own dynamic import, which the bundler resolves and preloads) until it fails, then the
 * address that failure named, with a new query each time.
 */
export function retryingImport<T>(load: () => Promise<T>): () => Promise<T> {
	let failed: string | undefined;
	let attempts = 0;
	return () =>
		(failed ? (import(/* @vite-ignore */ `${failed}?retry=${++attempts}`) as Promise<T>) : load()).catch((error: unknown) => {
			failed ??= failedAddress(error);
			throw error;
		});
}
