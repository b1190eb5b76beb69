// Paraglide's compiler options, read by both the Vite plugin (build, dev, Vitest) and the CLI (`npm run check`),
// so the two always generate the same runtime.
export default {
	outdir: './src/lib/paraglide',
	// The URL decides (English unprefixed at /, French at /fr/, Spanish at /es/). The visitor's preferred
	// language is applied once, in the browser, by src/lib/i18n/preferred.ts: a static host cannot negotiate.
	strategy: ['url', 'baseLocale'],
	// Must agree with Kit's trailingSlash = 'always' (pages are /fr/index.html, /fr/city/cork/index.html).
	trailingSlash: 'always',
	emitReadme: false,
	emitPrettierIgnore: false
};
