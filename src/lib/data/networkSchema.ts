/**
 * The schema of `data/network/`: every member city of the UNESCO Global Network of Learning Cities that the
 * sources name, one file per country (`members/<ISO alpha-2>.json`), and `editions.json` (the award editions and
 * the admission cohorts, with how many each announced and how many the records name). Validated with the rest of
 * `data/` by `npm run data:check` and the build (`networkValidate.ts`).
 */
import * as v from 'valibot';
import { HttpUrl, PlainText } from './schema.ts';
import { REGION_IDS } from './vocabulary.ts';

const Year = v.pipe(v.number('expected a year'), v.integer('expected a whole year'), v.minValue(2013), v.maxValue(2100));
const IsoDate = v.pipe(v.string(), v.isoDate('expected a date as YYYY-MM-DD'));
const Count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** A source: a page, or (where none could be read) a plain description of where the fact was seen. */
export const NetworkSource = v.strictObject({ label: PlainText, url: v.optional(HttpUrl) });

export const PLACE_VIA = ['seat', 'parent'] as const;
/**
 * Why a member has no point: its name fits several places (`ambiguous`), no gazetteer or page read gave one
 * (`not-found`), or the member is no single place, such as a consortium of scattered towns, so a point would be
 * invented (`no-single-place`).
 */
export const UNPLACED = ['ambiguous', 'not-found', 'no-single-place'] as const;

/**
 * Where the coordinates come from: a GeoNames record (the place itself, or, `via`, the seat of the county or
 * province the member is, or the city a district belongs to), a cited page, or nothing yet (then lat and lon are
 * null and the record stays off the map until a maintainer places it).
 */
export const Place = v.union([
	v.strictObject({ geonames: v.pipe(v.number(), v.integer()), via: v.optional(v.picklist(PLACE_VIA)), note: v.optional(PlainText) }),
	v.strictObject({ source: NetworkSource, note: v.optional(PlainText) }),
	v.strictObject({
		unplaced: v.picklist(UNPLACED, 'expected "ambiguous", "not-found" or "no-single-place"'),
		candidates: v.optional(v.array(v.pipe(v.number(), v.integer()))),
		note: v.optional(PlainText)
	})
], 'expected {geonames}, {source} or {unplaced}');

export const MEMBERSHIP = ['read', 'read-weak', 'inferred-from-award'] as const;

const Coordinate = (min: number, max: number) => v.nullable(v.pipe(v.number(), v.minValue(min), v.maxValue(max)));

export const Member = v.pipe(
	v.strictObject({
		/** Stable: set once from the name and country, never recomputed. */
		id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "cork-ie"')),
		/** The name as the sources give it in English. */
		name: PlainText,
		/**
		 * French and Spanish forms, only where they differ from `name` and are established in that language: for
		 * one of the book's twelve, exactly the case study's own `names` (data/cities/); for any other city, the
		 * title of its article on Wikipedia in that language (Pékin, Bogota, Gerona, Esmirna), with a bracketed
		 * city qualifier put in the language the same way (Songpa-gu (Séoul)). A spelling no such source gives is
		 * not made up, and a name that is not a place's name (a consortium, a council) is left as UIL writes it.
		 */
		names: v.optional(v.strictObject({ fr: v.optional(PlainText), es: v.optional(PlainText) })),
		country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
		region: v.picklist(REGION_IDS, `expected one of the five UNESCO regions: ${REGION_IDS.join(', ')}`),
		lat: Coordinate(-90, 90),
		lon: Coordinate(-180, 180),
		place: Place,
		joined: v.nullable(Year),
		/** Why the join year is unknown, when it is. */
		joinedNote: v.optional(PlainText),
		awards: v.array(Year),
		/** The city's id in data/cities/ when the book has its case study. */
		caseStudy: v.optional(v.string()),
		membership: v.picklist(MEMBERSHIP, `expected one of ${MEMBERSHIP.join(', ')}`),
		sources: v.pipe(v.array(NetworkSource), v.minLength(1, 'expected at least one source')),
		note: v.optional(PlainText)
	}),
	v.forward(
		v.check((m) => m.names?.fr !== m.name && m.names?.es !== m.name, 'expected a French or Spanish form only where it differs from the name'),
		['names']
	),
	v.check((m) => (m.lat === null) === (m.lon === null), 'expected both lat and lon, or neither'),
	v.check((m) => (m.lat === null) === 'unplaced' in m.place, 'expected coordinates exactly when the place is not "unplaced"'),
	v.check((m) => m.joined !== null || m.joinedNote !== undefined, 'expected a joinedNote saying why the join year is unknown'),
	v.check((m) => m.membership !== 'inferred-from-award' || m.awards.length > 0, 'membership inferred from an award needs an award year')
);
export type Member = v.InferOutput<typeof Member>;

export const MembersFile = v.array(Member);

export const Editions = v.strictObject({
	awards: v.array(
		v.strictObject({ year: Year, date: IsoDate, place: PlainText, announced: Count, named: Count, source: HttpUrl })
	),
	cohorts: v.array(
		v.strictObject({
			/** A year, or a span of years for the rolling admissions of the founding years. */
			id: v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{4})?$/, 'expected a year or a span like "2015-2018"')),
			date: v.nullable(IsoDate),
			announced: Count,
			countries: Count,
			named: Count,
			note: v.optional(PlainText),
			source: HttpUrl
		})
	)
});
export type Editions = v.InferOutput<typeof Editions>;
