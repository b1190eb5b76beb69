/**
 * "Download as PowerPoint": gathers what the file shows (each city's map as the live map draws it, captured as
 * for the printed handout, or drawn as SVG where there is no live map; the network's map; the QR code; the notes),
 * then loads the file writer (./pptx.ts with pptxgenjs, a chunk of its own fetched only now) and hands the file over.
 */
import { dataset } from '$lib/data/dataset';
import type { City, Locale } from '$lib/data/schema';
import { loadTopology } from '$lib/map/basemapFile';
import type { CountriesTopology } from '$lib/map/basemap';
import { slugify } from '$lib/data/slug';
import { download } from './download';
import { citySvg, networkSvg, WORLD } from './mapPictures';
import type { MapSnapshots } from './mapSnapshots.svelte';
import { networkState, requestNetwork, needsNetwork } from './networkState.svelte';
import { loadEditedNotes, notesOf } from './notes';
import type { Presenter } from './presenter.svelte';
import { qrPath } from '$lib/share/qr';
import { svgToPng } from './rasterise';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface PptxExportInput {
	presenter: Presenter;
	/** The cities the talk presents. */
	cities: readonly City[];
	/** The live map's pictures (captured first, where there is a live map). */
	snapshots: MapSnapshots;
	capture: () => Promise<void>;
	address: string | null;
	locale: Locale;
}

function qrSvg(text: string): string {
	const { size, d } = qrPath(text);
	const quiet = 4;
	const side = size + 2 * quiet;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${side * 8}" height="${side * 8}" viewBox="${-quiet} ${-quiet} ${side} ${side}" shape-rendering="crispEdges"><rect x="${-quiet}" y="${-quiet}" width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/** Builds the file; returns its name. */
export async function exportPptx(input: PptxExportInput): Promise<string> {
	const { presenter, cities, locale } = input;
	const slides = presenter.slides;
	await input.capture();
	if (slides.some((s) => needsNetwork(s.kind))) await requestNetwork();
	const topology: CountriesTopology | null = await loadTopology().catch(() => null);
	const pictures: { qr: string | null; cities: Record<string, string>; network: string | null } = { qr: null, cities: {}, network: null };
	for (const s of slides) {
		if (s.kind !== 'city') continue;
		// The live map's own picture where it was taken; otherwise the same view drawn from the basemap.
		pictures.cities[s.city.id] = input.snapshots.images[s.city.id] ?? (await svgToPng(citySvg(topology, s.city, cities, 672, 1200), 672, 1200));
	}
	if (networkState.network && slides.some((s) => s.kind === 'network'))
		pictures.network = await svgToPng(networkSvg(topology, networkState.network.members), WORLD.width * 2, WORLD.height * 2);
	if (input.address) pictures.qr = await svgToPng(qrSvg(input.address), 600, 600);
	const edited = loadEditedNotes();
	const { buildPptx } = await import('./pptx');
	const blob = await buildPptx({
		slides,
		cities,
		dataset,
		locale,
		text: presenter.text,
		address: input.address,
		pictures,
		network: networkState.network,
		notes: (slide) => notesOf(slide, dataset, locale, edited)
	});
	const name = `${slugify(presenter.text.title ?? 'learning-cities-atlas') || 'learning-cities-atlas'}.pptx`;
	download(blob, name, PPTX_TYPE);
	return name;
}
