/**
 * The address the closing slide shows and encodes as a QR code: where the audience can open the atlas on their
 * own phones. Pure, so each case is unit-tested. In order of trust:
 * 1. the speaker's own choice (`?qr=` or the speaker view's field): any http(s) address, a venue's LAN included,
 *    since the speaker knows the room;
 * 2. the build's SITE_URL, with the talk's view (language, goal filter) added;
 * 3. the page's own address, unless it names this machine or a private network, which a phone in the room would
 *    not reach (or would reach as itself): then there is no address, and the slide says so.
 */
import { absoluteUrl } from '$lib/site';

/** Longer than any sensible link, and well inside what a QR code at level M holds legibly on a slide. */
export const MAX_ADDRESS_LENGTH = 300;

/** Loopback, private (RFC 1918, IPv6 unique-local), link-local, and names only a local network resolves. */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
	if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
	if (host === '0.0.0.0') return true;
	const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	if (v4) {
		const [a, b] = [Number(v4[1]), Number(v4[2])];
		return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
	}
	if (host.includes(':')) {
		// ::1 and ::, IPv4-mapped loopback/private (::ffff:127.0.0.1 is written ::ffff:7f00:1), fc00::/7, fe80::/10.
		if (host === '::1' || host === '::') return true;
		const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
		if (mapped) {
			const n = parseInt(mapped[1]!, 16);
			return isPrivateHost(`${n >> 8}.${n & 255}.${parseInt(mapped[2]!, 16) >> 8}.${parseInt(mapped[2]!, 16) & 255}`);
		}
		return /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host);
	}
	return false;
}

/** A speaker's address: an absolute http(s) URL without credentials, or null (anything else is ignored). */
export function parseAddress(raw: string | null | undefined): string | null {
	const text = raw?.trim();
	if (!text || text.length > MAX_ADDRESS_LENGTH) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !url.hostname) return null;
	return url.href;
}

export interface AddressInputs {
	/** The speaker's address, already parsed (parseAddress), or null. */
	chosen: string | null;
	/** SITE_URL, or null. */
	site: URL | null;
	/** The page's own address (location.href), or null while prerendering. */
	page: URL | string | null;
	/** The atlas's path for the talk's view: '/fr/?goals=social-cohesion&min=3'. */
	view: string;
}

/** The address to show and encode, or null when there is no public one. */
export function shareAddress({ chosen, site, page, view }: AddressInputs): string | null {
	if (chosen) return chosen;
	if (site) return absoluteUrl(view, site)!;
	if (!page) return null;
	const here = new URL(view, page);
	if (here.protocol !== 'https:' && here.protocol !== 'http:') return null;
	return isPrivateHost(here.hostname) ? null : here.href;
}

/**
 * The canonical address of a view, for the Share control: on SITE_URL when the build has it (a copy served from
 * elsewhere still shares the public atlas), else on the page's own origin. `path` is the app path in the page's
 * language with the view's query ('/fr/?city=cork'), written by the one codec (viewSearch).
 */
export function canonicalAddress(path: string, site: URL | null, page: URL | string): string {
	return site ? new URL(path.replace(/^\//, ''), site).href : new URL(path, page).href;
}
