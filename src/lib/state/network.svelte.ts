/**
 * The network's data as rune state: nothing until a scope beyond the book asks for it (`ensure`), then the
 * file's records (see $lib/data/network.ts). A failed load says so and can be tried again.
 */
import { loadNetwork, type NetworkData } from '$lib/data/network';

/** What reads the members into a scope's cities, filters them and counts them: only asked once the data is here. */
type ScopeReader = typeof import('./beyondBook');

class NetworkStore {
	/** The records and the code that reads them, fetched together: the book's first view carries neither. */
	loaded = $state.raw<{ data: NetworkData; reader: ScopeReader } | null>(null);
	status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');

	get data(): NetworkData | null {
		return this.loaded?.data ?? null;
	}

	/** Loads the network once (again after a failure); resolves with it, or null when it could not be had. */
	async ensure(): Promise<NetworkData | null> {
		if (this.loaded) return this.loaded.data;
		this.status = 'loading';
		try {
			const [data, reader] = await Promise.all([loadNetwork(), import('./beyondBook')]);
			this.loaded = { data, reader };
			this.status = 'ready';
			return data;
		} catch {
			this.status = 'error';
			return null;
		}
	}
}

export const network = new NetworkStore();
