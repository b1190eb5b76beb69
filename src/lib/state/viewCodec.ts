/**
 * The view as a URL: the one place that parses and writes the atlas's query string. Parsing never throws:
 * unknown keys and malformed or unknown values are dropped, so any URL yields a valid view.
 */
export interface View {
	/** The selected city's id, or null for the world view. */
	city: string | null;
}

export const DEFAULT_VIEW: View = { city: null };

export interface CodecContext {
	cityIds: ReadonlySet<string>;
}

/** Only the first value of a repeated key counts; values longer than any real id are ignored. */
function first(params: URLSearchParams, key: string, maxLength = 64): string | null {
	const value = params.get(key);
	return value !== null && value.length <= maxLength ? value : null;
}

export function parseView(params: URLSearchParams, context: CodecContext): View {
	const city = first(params, 'city');
	return { city: city !== null && context.cityIds.has(city) ? city : null };
}

export function writeView(view: View): URLSearchParams {
	const params = new URLSearchParams();
	if (view.city) params.set('city', view.city);
	return params;
}

/** The canonical query string of a view ('' for the default view, otherwise '?...'). */
export function viewSearch(view: View): string {
	const text = writeView(view).toString();
	return text ? `?${text}` : '';
}
