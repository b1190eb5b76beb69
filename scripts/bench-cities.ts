/**
 * `npx tsx scripts/bench-cities.ts DIR [TOTAL]`: writes a data root with TOTAL cities (default 10000) for
 * trying the atlas at scale by hand: `ATLAS_DATA_ROOT=DIR ATLAS_BUILD_DIR=/tmp/atlas-10k npx vite build`.
 * `npm run bench` does the same into a temporary directory on its own.
 */
import { resolve } from 'node:path';
import { generateDataRoot } from '../bench/lib/generate.ts';

const [dir, total = '10000'] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/bench-cities.ts DIR [TOTAL]');
generateDataRoot(resolve(import.meta.dirname, '..'), resolve(dir), Number(total));
console.log(`wrote ${total} cities under ${resolve(dir)}/data`);
