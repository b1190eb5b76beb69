/**
 * An attachment that calls `measure` with its element once the element is laid out, and again whenever its size
 * changes (a ResizeObserver). Svelte's `bind:clientHeight` and `bind:offsetHeight` also read the size at once,
 * as the element is created: in the middle of the update that creates it, so the browser lays the page out there,
 * and again once the update is done (1.5 ms of a scope switch's 10.6, in a traced run).
 */
import type { Attachment } from 'svelte/attachments';

export function resized(measure: (element: HTMLElement) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => measure(element));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
