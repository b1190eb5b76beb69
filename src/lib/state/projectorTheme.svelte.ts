/**
 * The atlas's projector theme: high contrast and larger text, for a speaker who demos the live atlas on a
 * projector. One switch; on or off is a class on <html> (`theme-projector`, styled by
 * $lib/atlas/projectorTheme.css), kept on the device and in the URL as `?theme=projector`. A link with
 * `?theme=projector` turns it on (and keeps it); `?theme=default` turns it off.
 */
import { replaceState } from '$app/navigation';

export const THEME_PARAM = 'theme';
export const PROJECTOR = 'projector';
export const THEME_CLASS = 'theme-projector';
const STORAGE_KEY = 'atlas-theme';

/** What a URL says of the theme: true, false, or null when it says nothing (or nonsense). */
export function themeFromParams(params: URLSearchParams): boolean | null {
	const value = params.get(THEME_PARAM);
	return value === PROJECTOR ? true : value === 'default' ? false : null;
}

/** The map's names on a projector: a quarter larger than the atlas's 14 px, as the text is. */
const PROJECTOR_LABEL_SIZE = 18;

class ProjectorTheme {
	on = $state(false);
	/** The map labels' size for MapView: undefined (its own default) when the theme is off. */
	readonly labelSize = $derived(this.on ? PROJECTOR_LABEL_SIZE : undefined);

	/** Reads the URL, then the device; applies. Returns nothing to clean up: the class outlives the page's components. */
	start(url: URL) {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(STORAGE_KEY);
		} catch {
			// Storage blocked: the URL alone decides.
		}
		const fromUrl = themeFromParams(url.searchParams);
		this.#apply(fromUrl ?? stored === PROJECTOR, fromUrl !== null);
	}

	toggle() {
		this.#apply(!this.on, true);
		const url = new URL(location.href);
		if (this.on) url.searchParams.set(THEME_PARAM, PROJECTOR);
		else url.searchParams.delete(THEME_PARAM);
		replaceState(`${url.pathname}${url.search.replaceAll('%2C', ',')}${url.hash}`, history.state ?? {});
	}

	#apply(on: boolean, keep: boolean) {
		this.on = on;
		document.documentElement.classList.toggle(THEME_CLASS, on);
		if (!keep) return;
		try {
			if (on) localStorage.setItem(STORAGE_KEY, PROJECTOR);
			else localStorage.removeItem(STORAGE_KEY);
		} catch {
			// Not kept; the theme holds for this page.
		}
	}
}

export const projectorTheme = new ProjectorTheme();
