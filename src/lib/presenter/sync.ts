/**
 * Keeps the audience window and the speaker view on the same slide through a BroadcastChannel: either
 * window drives, the other follows. Slides are named by key (e.g. "city:beijing") and number, so two
 * windows agree even if one was opened before the other.
 */
export interface DeckPosition {
	index: number;
	key: string;
	blank: boolean;
	/** The speaker's address for the closing slide (either window may set it), or null. */
	qr: string | null;
}

export type SyncMessage =
	| ({ type: 'position' } & DeckPosition)
	/** A window that just opened asks the others where the talk is. */
	| { type: 'hello' };

export const CHANNEL = 'learning-cities-atlas-present';

export function openSync(onMessage: (message: SyncMessage) => void) {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<SyncMessage>) => onMessage(event.data);
	return {
		send: (message: SyncMessage) => channel.postMessage(message),
		close: () => channel.close()
	};
}
