/** An SVG text as a PNG data URL, through an <img> and a canvas: how the PowerPoint file gets its map pictures. */
export async function svgToPng(svg: string, width: number, height: number): Promise<string> {
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
	return canvas.toDataURL('image/png');
}
