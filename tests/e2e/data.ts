/** The dataset as the tests read it: straight from data/, so expectations follow the data. */
import { readDataFiles } from '../../src/lib/data/files';
import { validateDataset } from '../../src/lib/data/validate';

export const dataset = validateDataset(readDataFiles(process.cwd()));
export const cities = dataset.cities;
export const cityIds = cities.map((c) => c.id).sort();
