/** The network as the data has it, for the network specs to check the atlas's counts against (computed here, not by the atlas's code). */
import { readFileSync } from 'node:fs';
import { readNetworkFiles, validateNetwork } from '../../src/lib/data/networkValidate';

export const { members, editions } = validateNetwork(readNetworkFiles(process.cwd()));
export const winners = members.filter((m) => m.awards.length > 0);
export const placed = (list: typeof members) => list.filter((m) => m.lat !== null).length;
const publication = JSON.parse(readFileSync('data/publication.json', 'utf8')) as { networkGrowth: { date: string; members: number }[] };
export const headline = [...publication.networkGrowth].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
/** The year a member is known to have been in by: its join year, else its first award's. */
export const since = (m: (typeof members)[number]) => m.joined ?? (m.awards.length ? Math.min(...m.awards) : null);
export const latestYear = Math.max(Number(headline.date.slice(0, 4)), ...members.map((m) => Math.max(m.joined ?? 0, ...m.awards)));
