/**
 * The page is ready: a button the reader pressed before it was, or an Escape (both kept by the atlas's head script,
 * ./atlasHead.js), is pressed again now, so a quick reader's action is not lost while the page hydrates.
 */
export function replayEarlyClick(doc: Document = document): void {
	const root = doc.documentElement;
	root.dataset.ready = '';
	const pressed = doc.querySelector<HTMLElement>('[data-early-click]');
	pressed?.removeAttribute('data-early-click');
	pressed?.click();
	if (root.dataset.earlyEscape === undefined) return;
	delete root.dataset.earlyEscape;
	const target = doc.activeElement ?? doc.body;
	target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
}
