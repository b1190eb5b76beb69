/** A QR code as one SVG path (one square per dark module), computed by qrcode-generator; Svelte draws it. */
import qrcode from 'qrcode-generator';

export interface QrPath {
	/** Modules per side, without the quiet zone. */
	size: number;
	d: string;
}

export function qrPath(text: string): QrPath {
	// Level M survives a projector's glare and a phone at the back of the room; type 0 picks the smallest size.
	const code = qrcode(0, 'M');
	code.addData(text);
	code.make();
	const size = code.getModuleCount();
	let d = '';
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) if (code.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
	return { size, d };
}
