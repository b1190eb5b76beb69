/**
 * A language's own client build: with ATLAS_STATIC_LOCALE set (deploy/build.js sets it for each language), the
 * client's Paraglide runtime is told its language at build time (the expression in
 * project.inlang/paraglide.config.js), so each message keeps that language's text alone and the bundler drops the
 * other two. The server side (prerendering) is left as it is: every build prerenders every page in its language.
 */
import type { Plugin } from 'vite';
import { locales } from './localeBuilds.js';

/** A message as Paraglide 2 exports it: `export const name = /** @type ... *\/ ((inputs, options = {}) => { ... });`. */
const MESSAGE = /^export const (\w+) = \/\*\* @type \{[^\n]*\} \*\/ \(\(inputs[^)\n]*\) => \{\n[\s\S]*?\n\}\);$/gm;

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
		},
		// Paraglide's message, once its language is fixed, still chooses among the languages at each call, and warns
		// when a caller passes another language: here it is that language's function itself. The client never
		// passes a language (only the Data page's prerendered endpoint does, on the server), and the choice and the
		// warning, repeated in each of the atlas's 80 first-view messages, cost its first view 1.6 kB.
		transform(code, id) {
			if (!locale || this.environment.name !== 'client' || !/[\\/]paraglide[\\/]messages[\\/][^/\\]+\.js$/.test(id)) return;
			const own = code.replace(MESSAGE, (whole, name: string) => (code.includes(`const ${locale}_${name} =`) ? `export const ${name} = ${locale}_${name};` : whole));
			return own === code ? undefined : { code: own, map: null };
		}
	};
}
