/**
 * The live map's code, loaded once per page; its workers start as soon as it is here. The reader's first input
 * starts loading it at once, even while the page is still hydrating: by the time the map view mounts, the code
 * is here and the workers are up.
 */
import { onFirstInput } from './firstInput';
import { supportsWebGL2 } from './webgl';

let mapModule: Promise<typeof import('./maplibre')> | null = null;

export function loadMapModule() {
	mapModule ??= import('./maplibre').then(
		(module) => {
			module.warmUp();
			return module;
		},
		(error: unknown) => {
			mapModule = null; // a later start may try again
			throw error;
		}
	);
	return mapModule;
}

/** (A failure here is the map view's to report when it starts the map.) */
export function loadOnFirstInput() {
	onFirstInput(() => void (supportsWebGL2() && loadMapModule().catch(() => {})));
}
