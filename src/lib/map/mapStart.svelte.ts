/**
 * Which map draws in a map view (MapView.svelte), and from when: the live MapLibre map, imported lazily in the
 * browser, or the SVG map, as the fallback (no WebGL, a lost context, MapLibre failing to load) or as the preview
 * that shows the world view until the reader's first input starts the live map. It holds the renderer the view's
 * calls go to, and the state `data-map-state` shows to tests and tools.
 */
import type { CountriesTopology } from './basemap';
import { BasemapError, loadTopology } from './basemapFile';
import { onFirstInput } from './firstInput';
import { loadMapModule } from './liveMapModule';
import { mapErrorMessage } from './mapError';
import type { MapRenderer } from './renderer';
import type { CityPoint } from './style';
import type SvgMap from './SvgMap.svelte';
import type { SvgRenderer } from './svgRenderer.svelte';
import { supportsWebGL2 } from './webgl';

/** How long the SVG preview waits for the reader's first input after the map view mounts (a few frames). */
const PREVIEW_GRACE_MS = 120;

export type MapState = 'loading' | 'preview' | 'idle' | 'error' | 'fallback';

export interface MapStartView {
	container: () => HTMLElement;
	cities: () => readonly CityPoint[];
	frame: () => readonly CityPoint[] | undefined;
	labelSize: () => number;
	/** The view shows its own zoom buttons and key, and credits the map there (not on the live map). */
	controls: () => boolean;
	onselect: (id: string) => void;
	onhover: (id: string | null) => void;
	/** A map took over: it gets the view at once (see followView's `restart`). */
	onexpose: () => void;
}

export class MapStart {
	/** Whichever map answers the view's calls (see renderer.ts); the SVG preview gets them too while it shows. */
	renderer = $state.raw<MapRenderer | null>(null);
	/**
	 * Set while the SVG map is on screen: as the fallback or as the preview the live map replaces once it has
	 * drawn. Its code is a chunk of its own, fetched only when it is needed.
	 */
	svg = $state.raw<{ Map: typeof SvgMap; renderer: SvgRenderer; topology: CountriesTopology; preview: boolean } | null>(null);
	state = $state<MapState>('loading');
	error = $state('');
	/** Waiting for the reader's first input before the live map starts ('on-input'). */
	#waiting = $state(false);
	#disposed = false;
	#stopWaiting = () => {};
	#stopPreview = () => {};

	constructor(private readonly view: MapStartView) {}

	/**
	 * Starts the maps once the view is mounted, 'now' or 'on-input' (the atlas: the SVG map shows the world view
	 * until the reader's first pointer, key or touch input); returns what ends them.
	 */
	mount(start: 'now' | 'on-input'): () => void {
		if (start === 'on-input') {
			// The world view needs no camera: the SVG map shows it at once, at a fraction of the cost, and the live
			// map (MapLibre: a large script and a GPU context) starts on the reader's first move, or as soon as a
			// city is selected (a link to a city: the map flies there). Even the WebGL probe waits until then: it
			// creates a GPU context, tens of milliseconds the first view does not need.
			this.#waiting = true;
			this.#stopWaiting = onFirstInput(() => this.startWaited());
			// The preview is for a reader who has not touched the page. A hand already on the mouse moves the
			// pointer within a few frames of the page becoming interactive: the live map is then on its way, and
			// drawing a stand-in for it would only spend bytes and main-thread time the live map needs.
			const preview = setTimeout(() => this.#waiting && void this.useSvg(true), PREVIEW_GRACE_MS);
			this.#stopPreview = () => clearTimeout(preview);
		} else {
			this.#startIfWebGL();
		}
		return () => {
			this.#disposed = true;
			this.#stopWaiting();
			this.#stopPreview();
			this.renderer?.destroy();
		};
	}

	/** A city is selected: a live map still waiting for the first input starts now, to fly there. */
	startWaited() {
		if (!this.#waiting) return;
		this.#waiting = false;
		this.#stopWaiting();
		this.#startIfWebGL();
	}

	get waiting() {
		return this.#waiting;
	}

	/** The live map where the browser can draw it; the SVG map (taking over from its preview) where not. */
	#startIfWebGL() {
		if (supportsWebGL2()) this.#startLive();
		else void this.useSvg();
	}

	#expose(map: MapRenderer) {
		// For tests and tools: the live renderer (and, under WebGL, the MapLibre instance as `.map`).
		Object.defineProperty(this.view.container(), 'atlasMap', { value: map, configurable: true });
		this.renderer = map;
		this.view.onexpose();
	}

	#fail(error: unknown) {
		this.state = 'error';
		this.error = mapErrorMessage(error);
	}

	/** Draws the SVG map, as the fallback or as the preview; the view carries over through the view's effects. */
	async useSvg(preview = false) {
		if (!preview) {
			this.renderer?.destroy();
			this.renderer = null;
		}
		try {
			const [topology, { default: Map }, { SvgRenderer }] = await Promise.all([
				loadTopology(),
				import('./SvgMap.svelte'),
				import('./svgRenderer.svelte')
			]);
			if (this.#disposed || (preview && this.renderer)) return;
			const renderer = new SvgRenderer();
			this.svg = { Map, renderer, topology, preview };
			if (preview) {
				this.state = 'preview';
			} else {
				this.#expose(renderer);
				this.state = 'fallback';
			}
		} catch (error) {
			this.#fail(error);
		}
	}

	/** The live map has drawn: it takes over from the preview, keeping the keyboard focus on the map. */
	#endPreview() {
		if (!this.svg?.preview) return;
		const container = this.view.container();
		const hadFocus = container.querySelector('.svg-layer')?.contains(document.activeElement) ?? false;
		this.svg = null;
		if (hadFocus) container.querySelector<HTMLElement>('canvas')?.focus();
	}

	#startLive() {
		const view = this.view;
		loadMapModule()
			.then(({ createAtlasMap }) =>
				createAtlasMap(view.container(), {
					cities: view.cities(),
					frame: view.frame(),
					onSelect: (id) => view.onselect(id),
					onHover: (id) => view.onhover(id),
					onIdle: () => {
						if (this.state === 'error' || this.state === 'fallback') return;
						this.#endPreview();
						this.state = 'idle';
					},
					onContextLost: () => void this.useSvg(),
					labelSize: view.labelSize(),
					attribution: !view.controls()
				})
			)
			.then((map) => {
				if (this.#disposed || (this.svg && !this.svg.preview)) return map.destroy();
				this.#expose(map);
			})
			.catch((error: unknown) => {
				if (this.#disposed) return;
				// A missing or damaged basemap breaks both maps: say so. Anything else (the WebGL context could not
				// be created after all, the map library failed to load) leaves the SVG map to try.
				if (error instanceof BasemapError) this.#fail(error);
				else void this.useSvg();
			});
	}
}
