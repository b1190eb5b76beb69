import { describe, expect, it } from 'vitest';
import { checkSiteUrlAgainstBase, parseBasePath } from '../../deploy/basePath.js';
import { parseSiteUrl } from '$lib/siteUrl';

describe('the base path (BASE_PATH)', () => {
	it('is empty at the root of a domain, else a path with a leading slash and none at the end', () => {
		expect(parseBasePath(undefined)).toBe('');
		expect(parseBasePath('')).toBe('');
		expect(parseBasePath('/')).toBe('');
		expect(parseBasePath('/atlas')).toBe('/atlas');
		expect(parseBasePath('/learning/atlas-2026')).toBe('/learning/atlas-2026');
	});

	it('fails the build with what was expected for a value without its leading slash, with a trailing one, or not a path', () => {
		expect(() => parseBasePath('atlas')).toThrow(/BASE_PATH must start with a slash, such as BASE_PATH=\/atlas, got "atlas"/);
		expect(() => parseBasePath('/atlas/')).toThrow(/BASE_PATH must not end with a slash: BASE_PATH=\/atlas, got "\/atlas\/"/);
		expect(() => parseBasePath('/at las')).toThrow(/BASE_PATH must be a plain path/);
		expect(() => parseBasePath('/atlas/../x')).toThrow(/BASE_PATH must be a plain path/);
		expect(() => parseBasePath('//evil.example')).toThrow(/BASE_PATH must be a plain path/);
	});

	it('must be where SITE_URL ends, saying which SITE_URL would fit', () => {
		expect(() => checkSiteUrlAgainstBase(parseSiteUrl('https://example.org/atlas'), '/atlas')).not.toThrow();
		expect(() => checkSiteUrlAgainstBase(parseSiteUrl('https://example.org/unesco/atlas/'), '/atlas')).not.toThrow();
		expect(() => checkSiteUrlAgainstBase(parseSiteUrl('https://example.org/'), '')).not.toThrow();
		expect(() => checkSiteUrlAgainstBase(null, '/atlas')).not.toThrow();
		expect(() => checkSiteUrlAgainstBase(parseSiteUrl('https://example.org/'), '/atlas')).toThrow(
			/SITE_URL must end with BASE_PATH: .* under \/atlas\/, but SITE_URL is https:\/\/example\.org\/ \(set SITE_URL=https:\/\/example\.org\/atlas\/, or leave BASE_PATH out\)/
		);
		expect(() => checkSiteUrlAgainstBase(parseSiteUrl('https://example.org/atlasx/'), '/atlas')).toThrow(/SITE_URL must end with BASE_PATH/);
	});
});
