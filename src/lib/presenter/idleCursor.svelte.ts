/** Hides the mouse cursor after a few idle seconds (a projected arrow distracts); any move brings it back. */
import { onMount } from 'svelte';

/** Long enough to aim at a control, short enough to vanish before the next sentence. */
const IDLE_MS = 2500;

export function useIdleCursor() {
	let hidden = $state(false);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const wake = () => {
		hidden = false;
		clearTimeout(timer);
		timer = setTimeout(() => (hidden = true), IDLE_MS);
	};
	onMount(() => {
		wake();
		return () => clearTimeout(timer);
	});
	return {
		get hidden() {
			return hidden;
		},
		wake
	};
}
