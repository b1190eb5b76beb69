// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface ImportMetaEnv {
		/** The public address of the deployed atlas, set at build time (vite.config.ts); '' when not given. */
		readonly SITE_URL: string;
	}
}

export {};
