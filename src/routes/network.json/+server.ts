// The whole network, one file for every language, fetched when the atlas opens a scope beyond the book (see $lib/data/network).
import { networkData } from '$lib/data/networkFile';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(JSON.stringify(networkData()), { headers: { 'content-type': 'application/json' } });
