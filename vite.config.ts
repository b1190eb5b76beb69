import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataCheck } from './src/lib/data/vitePlugin.ts';

export default defineConfig({
	plugins: [dataCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
