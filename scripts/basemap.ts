/** Writes the slimmed basemap the browser downloads (see src/lib/map/slimTopology.ts). `npm run basemap`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { slimCountries } from '../src/lib/map/slimTopology.ts';

export const SLIM_BASEMAP = 'src/lib/map/countries-110m.slim.json';

const source = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const slim = slimCountries(source);
writeFileSync(SLIM_BASEMAP, JSON.stringify(slim));
console.log(`wrote ${SLIM_BASEMAP}: ${slim.arcs.length} arcs, ${slim.objects.countries.geometries.length} countries`);
