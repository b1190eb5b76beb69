import { describe, expect, it } from 'vitest';
import { addToWorkerList, BUILD_ORDER, baseLocale, locales } from '../../deploy/localeBuilds.js';

const worker = 'const e=location.pathname,t=[e+`/_app/immutable/entry/app.A.js`,e+`/_app/immutable/chunks/x.js`],n=[e+`/about/`];';

describe("the languages' builds", () => {
	it('builds every language once, the base language last (its build is the site)', () => {
		expect([...BUILD_ORDER].sort()).toEqual([...locales].sort());
		expect(BUILD_ORDER.at(-1)).toBe(baseLocale);
	});

	it("adds the other builds' files to the service worker's list, in its own form, once", () => {
		const text = addToWorkerList(worker, ['entry/app.A.js', 'chunks/x.js', 'chunks/fr.js', 'nodes/2.fr.js']);
		expect(text).toBe('const e=location.pathname,t=[e+`/_app/immutable/chunks/fr.js`,e+`/_app/immutable/nodes/2.fr.js`,e+`/_app/immutable/entry/app.A.js`,e+`/_app/immutable/chunks/x.js`],n=[e+`/about/`];');
		// The result still parses, and lists each file once.
		expect(() => new Function(text.replace('location.pathname', '""'))).not.toThrow();
	});

	it('reads an unminified worker too (ATLAS_NO_MINIFY, for profiles)', () => {
		const plain = 'const build = [\n\tbase + "/_app/immutable/entry/app.A.js",\n\tbase + "/_app/immutable/chunks/x.js"\n];';
		const text = addToWorkerList(plain, ['chunks/x.js', 'chunks/fr.js']);
		expect(text).toBe('const build = [\n\tbase+"/_app/immutable/chunks/fr.js",base + "/_app/immutable/entry/app.A.js",\n\tbase + "/_app/immutable/chunks/x.js"\n];');
	});

	it('says so when the worker holds no list it knows', () => {
		expect(() => addToWorkerList('const t=[];', ['chunks/fr.js'])).toThrow(/no list/);
	});
});
