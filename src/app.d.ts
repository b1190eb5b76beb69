// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface ImportMetaEnv {
		/** The public address of the deployed atlas, set at build time (vite.config.ts); '' when not given. */
		readonly SITE_URL: string;
		/** Whether the city pages are prerendered: false in a bench build from another data root (prerenderScope.js). */
		readonly PRERENDER_CITY_PAGES: boolean;
	}
}

export {};
