/** Turns a country as a maintainer types it (ISO 3166-1 alpha-2, or an English name) into its alpha-2 code. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** UNESCO's short forms that the ISO English names do not include. */
const UNESCO_NAMES: Record<string, string> = {
	'cabo verde': 'CV',
	'iran (islamic republic of)': 'IR',
	'viet nam': 'VN',
	'republic of korea': 'KR',
	turkiye: 'TR',
	'türkiye': 'TR',
	palestine: 'PS',
	'united kingdom of great britain and northern ireland': 'GB'
};

export function countryCode(input: string): string | null {
	const text = input.trim();
	if (/^[A-Za-z]{2}$/.test(text)) return countries.isValid(text.toUpperCase()) ? text.toUpperCase() : null;
	return UNESCO_NAMES[text.toLowerCase()] ?? countries.getAlpha2Code(text, 'en') ?? null;
}
