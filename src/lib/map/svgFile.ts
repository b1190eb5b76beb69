/**
 * Renders an SVG component to a standalone .svg response, at build time (prerendered endpoints), from the
 * world-atlas TopoJSON read from node_modules: the browser only ever gets the finished image.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import topology from 'world-atlas/countries-110m.json';
import type { CountriesTopology } from './basemap';

export const worldTopology = topology as unknown as CountriesTopology;

export function svgResponse<P extends Record<string, unknown>>(component: Component<P>, props: P): Response {
	// Svelte's hydration markers are XML comments, harmless in a standalone file.
	const { body } = render(component, { props });
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
