import { describe, expect, it } from 'vitest';
import { isPrivateHost, parseAddress, shareAddress } from '../../src/lib/state/shareAddress';
import { parseSiteUrl } from '../../src/lib/siteUrl';

const view = '/fr/?goals=social-cohesion&min=3';

describe("the closing slide's address", () => {
	it('with SITE_URL set at build time, is the public address of the same view (language, filter), even on 127.0.0.1', () => {
		const site = parseSiteUrl('https://atlas.example.org/cities');
		expect(shareAddress({ chosen: null, site, page: 'http://127.0.0.1:4173/fr/present/?slide=17', view })).toBe(
			'https://atlas.example.org/cities/fr/?goals=social-cohesion&min=3'
		);
		expect(shareAddress({ chosen: null, site, page: null, view: '/' })).toBe('https://atlas.example.org/cities/');
	});

	it("without SITE_URL, is the page's own address of the view when the page is public", () => {
		expect(shareAddress({ chosen: null, site: null, page: 'https://cities.example.net/fr/present/?slide=9', view })).toBe(
			'https://cities.example.net/fr/?goals=social-cohesion&min=3'
		);
		expect(shareAddress({ chosen: null, site: null, page: 'http://203.0.113.9:8080/present/', view: '/' })).toBe('http://203.0.113.9:8080/');
	});

	it('gives no address when the page runs on this machine or a private network', () => {
		for (const page of [
			'http://127.0.0.1:41645/present/',
			'http://localhost:4173/present/',
			'http://[::1]:4173/present/',
			'http://10.0.0.7/present/',
			'http://172.16.4.1/present/',
			'http://172.31.255.1/present/',
			'http://192.168.1.20/present/',
			'http://169.254.10.1/present/',
			'http://laptop.local/present/',
			'http://[fe80::1]/present/',
			'http://[fd12:3456::1]/present/',
			'file:///home/me/atlas/present/index.html'
		])
			expect(shareAddress({ chosen: null, site: null, page, view }), page).toBeNull();
		expect(shareAddress({ chosen: null, site: null, page: null, view })).toBeNull();
	});

	it("the speaker's address wins over everything, a venue's LAN address included", () => {
		const site = parseSiteUrl('https://atlas.example.org/');
		expect(shareAddress({ chosen: 'https://example.org/atlas/', site, page: 'http://127.0.0.1/', view })).toBe('https://example.org/atlas/');
		expect(shareAddress({ chosen: 'http://192.168.1.20:4173/', site: null, page: 'http://127.0.0.1/', view })).toBe('http://192.168.1.20:4173/');
	});

	it("tells private hosts from public ones at the edges of each range", () => {
		for (const host of ['127.5.5.5', '172.16.0.0', '172.31.0.1', '::ffff:7f00:1', '[::1]', 'LOCALHOST', 'printer.local.'])
			expect(isPrivateHost(host), host).toBe(true);
		for (const host of ['172.15.0.1', '172.32.0.1', '192.169.0.1', '11.0.0.1', 'example.org', 'localhost.example.org', '2001:db8::1', '[2606:4700::1]'])
			expect(isPrivateHost(host), host).toBe(false);
	});
});

describe("a speaker's address (qr= or the speaker view's field)", () => {
	it('takes an http(s) address, trimmed, normalised', () => {
		expect(parseAddress(' https://example.org/atlas/ ')).toBe('https://example.org/atlas/');
		expect(parseAddress('http://EXAMPLE.org')).toBe('http://example.org/');
	});

	it('ignores anything else', () => {
		for (const bad of [null, undefined, '', '   ', 'example.org/atlas', 'javascript:alert(1)', 'ftp://example.org/', 'data:text/html,x', 'https://user:pw@example.org/', 'http://', `https://example.org/${'a'.repeat(400)}`])
			expect(parseAddress(bad), String(bad)).toBeNull();
	});
});
