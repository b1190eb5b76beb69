/** The <iframe> a reader pastes into their own page to show an embed of the atlas (the sizes: ./ShareButton.svelte). */

export interface EmbedSize {
	/** The widest the frame gets; it shrinks with the page below that. */
	width: number;
	height: number;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedCode(src: string, title: string, { width, height }: EmbedSize): string {
	return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;height:${height}px;border:0" loading="lazy"></iframe>`;
}
