/** Fails `vite build` (and warns in `vite dev`) when data/ does not validate, naming file, city and field. */
import type { Plugin } from 'vite';
import { readDataFiles } from './files.ts';
import { validateDataset } from './validate.ts';

export function dataCheck(root = process.cwd()): Plugin {
	return {
		name: 'atlas-data-check',
		buildStart() {
			validateDataset(readDataFiles(root));
		}
	};
}
