/**
 * The network's records (`data/network/`) as the build reads them, for the Data page's downloads. Server only,
 * like ./bundled.ts: validated with the rest of `data/` when the build starts, so here only assembled, in the
 * order of their ids (stable across builds, whatever the files' order).
 */
import type { Member } from './networkSchema';

let members: Member[] | undefined;

export function networkFromFiles(): Member[] {
	if (members) return members;
	const files = import.meta.glob<Member[]>('$data/network/members/*.json', { eager: true, import: 'default' });
	members = Object.values(files)
		.flat()
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return members;
}
