/**
 * A text as a slug: accents dropped, lower case, every run of other characters one hyphen, none at the ends
 * ("Seo-gu (Gwangju)" → "seo-gu-gwangju"). One rule for the network's record ids and the downloads' file names.
 */
export function slugify(text: string | number): string {
	return String(text)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
