/**
 * How the deck moves between cities: fly (flyTo with essential: true: presenting is deliberate motion), fade
 * (the map jumps behind a cross-fade) or jump. The OS's reduced-motion preference makes fade the default.
 */
export const MOTION_SETTINGS = ['fly', 'fade', 'jump'] as const;
export type MotionSetting = (typeof MOTION_SETTINGS)[number];

const STORAGE_KEY = 'atlas-present-motion';

export function initialMotion(stored: string | null, prefersReducedMotion: boolean): MotionSetting {
	if (MOTION_SETTINGS.includes(stored as MotionSetting)) return stored as MotionSetting;
	return prefersReducedMotion ? 'fade' : 'fly';
}

export function loadMotion(): MotionSetting {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(STORAGE_KEY);
	} catch {
		// Storage can be blocked (private modes, sandboxed kiosks): fall back to the OS preference.
	}
	return initialMotion(stored, matchMedia('(prefers-reduced-motion: reduce)').matches);
}

export function saveMotion(motion: MotionSetting) {
	try {
		localStorage.setItem(STORAGE_KEY, motion);
	} catch {
		// Not saved; the setting still holds for this page.
	}
}

/** What the map component is asked to do for a setting. */
export function mapMotion(motion: MotionSetting): 'essential' | 'jump' {
	return motion === 'fly' ? 'essential' : 'jump';
}
