/**
 * A picture of the map as the reader sees it, with its title, caption and credit: the live map's canvas (kept
 * with preserveDrawingBuffer, see $lib/map/maplibre.ts), or the SVG map where it is the one on screen (the
 * preview, or the fallback without WebGL), its paint written into the file since a file carries no stylesheet.
 */
import { inlinePaint, pngFromSvg, svgFile, withPngText } from '$lib/charts/export';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map on screen as an image address and its size in CSS pixels, or null when none has drawn yet. */
function mapImage(root: ParentNode): { href: string; width: number; height: number } | null {
	const container = root.querySelector<HTMLElement>('[data-map-state]');
	if (!container) return null;
	const { width, height } = container.getBoundingClientRect();
	const svg = container.querySelector<SVGSVGElement>('.svg-layer svg');
	if (svg) {
		const clone = svg.cloneNode(true) as SVGSVGElement;
		inlinePaint(svg, clone);
		clone.setAttribute('xmlns', SVG_NS);
		const markup = new XMLSerializer().serializeToString(clone);
		return { href: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`, width, height };
	}
	const canvas = container.querySelector('canvas');
	return canvas ? { href: canvas.toDataURL('image/png'), width, height } : null;
}

export interface MapPictureText {
	title: string;
	caption: string;
	credit: string;
}

export async function mapPicture(root: ParentNode, text: MapPictureText): Promise<Blob> {
	const image = mapImage(root);
	if (!image) throw new Error('the map has not drawn yet');
	const frame = document.createElementNS(SVG_NS, 'svg');
	frame.setAttribute('viewBox', `0 0 ${Math.round(image.width)} ${Math.round(image.height)}`);
	const picture = document.createElementNS(SVG_NS, 'image');
	for (const [k, v] of Object.entries({ href: image.href, x: 0, y: 0, width: Math.round(image.width), height: Math.round(image.height) }))
		picture.setAttribute(k, String(v));
	frame.append(picture);
	// Twice the size, as the charts' pictures: the caption's text stays sharp when the picture is printed.
	const png = await pngFromSvg(svgFile(frame, text.title, text.credit, text.caption), 2);
	return withPngText(png, { Title: text.title, Description: text.caption, Source: text.credit });
}
