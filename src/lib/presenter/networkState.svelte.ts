/**
 * The network for the slides that show it, shared by every window's slides: fetched when the first such slide
 * mounts (or the handout is printed), never before, so a deck that does not reach them never loads it.
 */
import { onMount } from 'svelte';
import { loadNetwork, type DeckNetwork } from './networkData';

export const networkState = $state<{ network: DeckNetwork | null; failed: boolean }>({ network: null, failed: false });

export function requestNetwork(): Promise<void> {
	return loadNetwork().then(
		(network) => {
			networkState.network = network;
			networkState.failed = false;
		},
		() => {
			networkState.failed = true;
		}
	);
}

/** For a slide's component: asks for the network when it mounts; the state fills in when it arrives. */
export function useNetwork() {
	onMount(() => void requestNetwork());
	return networkState;
}

export const needsNetwork = (kind: string) => kind === 'network' || kind === 'awards';
