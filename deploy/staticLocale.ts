/**
 * A language's own client build: with ATLAS_STATIC_LOCALE set (deploy/build.js sets it for each language), the
 * client's Paraglide runtime is told its language at build time (the expression in
 * project.inlang/paraglide.config.js), so each message keeps that language's text alone and the bundler drops the
 * other two. The server side (prerendering) is left as it is: every build prerenders every page in its language.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const { locales } = JSON.parse(readFileSync(new URL('../project.inlang/settings.json', import.meta.url), 'utf8')) as { locales: string[] };

export function staticLocale(locale = process.env.ATLAS_STATIC_LOCALE): Plugin {
	if (locale !== undefined && !locales.includes(locale)) {
		throw new Error(`ATLAS_STATIC_LOCALE must be one of ${locales.join(', ')}, got "${locale}".`);
	}
	return {
		name: 'atlas-static-locale',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client' || !locale) return;
			return { define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(locale) } };
		}
	};
}
