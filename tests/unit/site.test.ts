import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '$lib/site';
import { parseSiteUrl } from '$lib/siteUrl';

describe('the site address (SITE_URL)', () => {
	it('makes app paths absolute, under a sub-path too', () => {
		expect(absoluteUrl('/fr/city/cork/', parseSiteUrl('https://atlas.example.org'))).toBe('https://atlas.example.org/fr/city/cork/');
		expect(absoluteUrl('/', parseSiteUrl('https://example.org/atlas'))).toBe('https://example.org/atlas/');
		expect(absoluteUrl('/screenshot.png', parseSiteUrl('http://example.org/atlas/'))).toBe('http://example.org/atlas/screenshot.png');
	});

	it('gives no address at all when the setting is absent (the default build)', () => {
		expect(parseSiteUrl(undefined)).toBeNull();
		expect(parseSiteUrl('')).toBeNull();
		expect(absoluteUrl('/fr/', null)).toBeNull();
	});

	it('rejects what is not an http(s) address, saying what it expected', () => {
		expect(() => parseSiteUrl('atlas.example.org')).toThrow(/SITE_URL must be an absolute http\(s\) address/);
		expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/SITE_URL must be an http\(s\) address, got "ftp/);
	});
});
