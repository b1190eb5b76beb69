/**
 * The page is ready: a button the reader pressed before it was (kept by the atlas's head script, ./atlasHead.js)
 * is pressed again now, so a quick reader's click is not lost while the page hydrates.
 */
export function replayEarlyClick(doc: Document = document): void {
	doc.documentElement.dataset.ready = '';
	const pressed = doc.querySelector<HTMLElement>('[data-early-click]');
	pressed?.removeAttribute('data-early-click');
	pressed?.click();
}
