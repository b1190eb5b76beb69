/**
 * The data's fixed vocabularies, without valibot: the browser imports these (URL codec, method page), and
 * importing them from schema.ts would ship the whole schema and valibot in the first-view JavaScript.
 * schema.ts re-exports them, so the data contract still reads as one file.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const GOAL_IDS = [
	'individual-empowerment',
	'social-cohesion',
	'economic-development',
	'cultural-prosperity',
	'sustainable-development'
] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** The five UNESCO regions, as UIL groups its member cities. */
export const REGION_IDS = [
	'africa',
	'arab-states',
	'asia-pacific',
	'europe-north-america',
	'latin-america-caribbean'
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Where a goal score comes from: the case study (or UIL's summary of it), or other public material. */
export const BASES = ['case-study', 'other'] as const;
export type Basis = (typeof BASES)[number];

export const MARKS = ['circle', 'square', 'triangle', 'diamond', 'star'] as const;

/**
 * What the atlas page carries of each city and of the book for its first view (the schema's `CitySummary` and
 * `PublicationSummary` pick these; see summary.ts). Here rather than in schema.ts so that code which only
 * needs the names does not pull the schema, and with it valibot, into a bundle.
 */
export const CITY_SUMMARY_KEYS = ['id', 'name', 'country', 'iso2', 'region', 'lat', 'lon'] as const;
export const SCORE_SUMMARY_KEYS = ['score', 'confidence'] as const;
export const PUBLICATION_SUMMARY_KEYS = ['title', 'editors', 'publisher', 'year', 'url'] as const;
