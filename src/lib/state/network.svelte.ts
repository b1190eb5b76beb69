/**
 * The network's data as rune state: nothing until a scope beyond the book asks for it (`ensure`), then the
 * file's records (see $lib/data/network.ts). A failed load says so and can be tried again.
 */
import { loadNetwork, type NetworkData } from '$lib/data/network';

class NetworkStore {
	data = $state.raw<NetworkData | null>(null);
	status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');

	/** Loads the network once (again after a failure); resolves with it, or null when it could not be had. */
	async ensure(): Promise<NetworkData | null> {
		if (this.data) return this.data;
		this.status = 'loading';
		try {
			this.data = await loadNetwork();
			this.status = 'ready';
			return this.data;
		} catch {
			this.status = 'error';
			return null;
		}
	}
}

export const network = new NetworkStore();
