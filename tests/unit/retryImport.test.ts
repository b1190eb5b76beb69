import { describe, expect, it } from 'vitest';
import { failedAddress } from '../../src/lib/atlas/retryImport';

describe('failedAddress', () => {
	it("reads the script a failed import names, in Chromium's and Firefox's words", () => {
		const url = 'http://127.0.0.1:4173/atlas/_app/immutable/chunks/1cZFkXJT.js';
		expect(failedAddress(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).toBe(url);
		expect(failedAddress(new TypeError(`error loading dynamically imported module: ${url}`))).toBe(url);
		// A retry's own address carries its query: the script is the same.
		expect(failedAddress(new TypeError(`Failed to fetch dynamically imported module: ${url}?retry=2`))).toBe(url);
	});
	it("names nothing where the failure doesn't (Safari), or isn't an error", () => {
		expect(failedAddress(new TypeError('Importing a module script failed.'))).toBeUndefined();
		expect(failedAddress(undefined)).toBeUndefined();
		expect(failedAddress('see https://example.org/page for help')).toBeUndefined();
	});
});
