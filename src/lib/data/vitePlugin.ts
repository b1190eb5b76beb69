/** Fails `vite build` (and warns in `vite dev`) when data/ does not validate, naming file, city or record, and field. */
import type { Plugin } from 'vite';
import { readDataFiles } from './files.ts';
import { validateDataset } from './validate.ts';
import { readNetworkFiles, validateNetwork } from './networkValidate.ts';

export function dataCheck(root = process.cwd()): Plugin {
	return {
		name: 'atlas-data-check',
		buildStart() {
			const { cities } = validateDataset(readDataFiles(root));
			validateNetwork(readNetworkFiles(root), cities.map((c) => c.id));
		}
	};
}
