/**
 * What a key press means in the deck, as a pure function of the key and the deck's state, so every
 * clicker mapping is unit-tested. Clickers send PageUp/PageDown, some arrows, B or `.`; all work.
 */
export type KeyAction =
	| { type: 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'unblank' | 'leave' | 'help' | 'speaker' | 'pause' }
	| { type: 'goto'; slide: number }
	| { type: 'typing'; typed: string }
	| { type: 'none' };

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** What has focus: a control (button, link) acts on Space/Enter itself; a text field keeps every key. */
	target?: 'control' | 'text' | 'other';
}

export interface KeyState {
	blank: boolean;
	help: boolean;
	/** Digits typed so far for a jump ("1", "12"), or ''. */
	typed: string;
}

/** The slide number a jump can name has at most this many digits. */
const MAX_DIGITS = 3;

export function keyAction(input: KeyInput, state: KeyState): KeyAction {
	const { key } = input;
	// Browser and system shortcuts (Ctrl+P, Alt+Tab, Cmd+R...) stay theirs.
	if (input.ctrlKey || input.metaKey || input.altKey) return { type: 'none' };
	// A form field (the help's motion setting) keeps its keys; only Escape still closes the help.
	if (input.target === 'text' && !(key === 'Escape' && state.help)) return { type: 'none' };
	// A blank screen comes back with any key, and that key does nothing else.
	if (state.blank) return ['Shift', 'Control', 'Alt', 'Meta'].includes(key) ? { type: 'none' } : { type: 'unblank' };
	if (input.target === 'control' && (key === ' ' || key === 'Enter')) return { type: 'none' };

	if (/^[0-9]$/.test(key)) return { type: 'typing', typed: (state.typed + key).slice(-MAX_DIGITS) };
	if (state.typed) {
		if (key === 'Enter') return { type: 'goto', slide: Number(state.typed) };
		if (key === 'Backspace') return { type: 'typing', typed: state.typed.slice(0, -1) };
		if (key === 'Escape') return { type: 'typing', typed: '' };
	}
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'N':
		case 'n':
			return { type: 'next' };
		case ' ':
			return { type: input.shiftKey ? 'prev' : 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'P':
		case 'p':
			return { type: 'prev' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blank' };
		case 's':
		case 'S':
			return { type: 'speaker' };
		case 'k':
		case 'K':
		case 'Pause':
			return { type: 'pause' };
		case '?':
			return { type: 'help' };
		case 'Escape':
			return state.help ? { type: 'help' } : { type: 'leave' };
		default:
			return { type: 'none' };
	}
}

/** Where focus is, in the terms keyAction needs. */
export function keyTarget(target: EventTarget | null): KeyInput['target'] {
	if (!(target instanceof Element)) return 'other';
	if (target.closest('input, textarea, select, [contenteditable="true"]')) return 'text';
	if (target.closest('button, a[href], summary')) return 'control';
	return 'other';
}
