/** `npm run data:check`: validates data/ alone and prints every problem (file, city, field, expectation). */
import { readDataFiles } from '../src/lib/data/files';
import { DataError, validateDataset } from '../src/lib/data/validate';

try {
	const { cities, goals } = validateDataset(readDataFiles(process.cwd()));
	console.log(`data/ is valid: ${cities.length} cities, ${goals.length} goals.`);
} catch (error) {
	console.error(error instanceof DataError ? error.message : String(error));
	process.exit(1);
}
