/** Hands the browser a file made on this page (a tour, a PowerPoint deck): no server, nothing leaves the device. */
export function download(data: BlobPart, name: string, type: string) {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked on a later task: Chromium reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
