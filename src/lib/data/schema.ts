/**
 * The one schema of the atlas's data. Every TypeScript type of the data is inferred from here, the build
 * validates `data/` against it (see `validate.ts`), and its messages are what a data editor reads.
 */
import * as v from 'valibot';

import {
	BASES,
	CITY_SUMMARY_KEYS,
	CONFIDENCES,
	GOAL_IDS,
	LOCALES,
	MARKS,
	PUBLICATION_SUMMARY_KEYS,
	REGION_IDS,
	SCORE_SUMMARY_KEYS,
	type GoalId
} from './vocabulary.ts';

export * from './vocabulary.ts';

/** Anything that looks like an HTML tag or entity: data text is plain text and is never rendered as HTML. */
const MARKUP = /<\/?[a-z!?][^>]*>|&[a-z#0-9]+;/i;

export const PlainText = v.pipe(
	v.string('expected text'),
	v.trim(),
	v.nonEmpty('expected non-empty text'),
	v.check((s) => !MARKUP.test(s), 'expected plain text, found markup')
);

/** Prose shown to readers: one plain-text string per language of the atlas. */
export const Text = v.strictObject(
	{ en: PlainText, fr: PlainText, es: PlainText },
	'expected an object with exactly the languages en, fr, es'
);
export type Text = v.InferOutput<typeof Text>;

/**
 * A proper name's forms in French and Spanish, where they differ from the name as written (in English). The
 * rule: a form is given when the name has an established form in that language, the one its readers meet there:
 * for a city, the title of its Wikipedia article in that language, which the data's prose in that language uses
 * too ("Mexico" and "Ciudad de México" for Mexico City, "Pékin" and "Pekín" for Beijing, "Amán" in Spanish);
 * for an institution, its own name in that language. Otherwise the name as written stands, usually the city's
 * own (Cork, Espoo, Swansea, Ybycuí). Titles keep their wording ("Déclaration de Beijing", UNESCO's title).
 * A programme's name follows its own rule (`Programme`). A form equal to the name as written is rejected as
 * redundant, and so is an empty object. Pages never read these: the data layer puts the page's form in the name
 * (./localise.ts).
 */
export const LocalNames = v.pipe(
	v.strictObject({ fr: v.optional(PlainText), es: v.optional(PlainText) }, 'expected the French and/or Spanish form: { "fr": ..., "es": ... }'),
	v.check((names) => Object.keys(names).length > 0, 'expected a French or Spanish form, or no field at all')
);
export type LocalNames = v.InferOutput<typeof LocalNames>;

/** The problem with a name's forms, if any: one equal to the name itself says nothing. */
function redundantForm(name: string, names: LocalNames | undefined): string | undefined {
	const same = (['fr', 'es'] as const).find((l) => names?.[l] === name);
	return same && `the ${same === 'fr' ? 'French' : 'Spanish'} form "${name}" is the name itself: leave it out`;
}

/** Checks a record's `names` (or `publisherNames`) against its name, reporting at the forms' field. */
function formsDiffer<T extends object>(nameKey: keyof T & string, namesKey: keyof T & string) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const record = dataset.value as Record<string, unknown>;
		const names = record[namesKey] as LocalNames | undefined;
		const problem = redundantForm(record[nameKey] as string, names);
		if (problem)
			addIssue({ message: problem, input: names, path: [{ type: 'object', origin: 'value', input: record, key: namesKey, value: names }] });
	});
}

export const HttpUrl = v.pipe(
	v.string('expected a URL'),
	v.url('expected an http(s) URL'),
	v.regex(/^https?:\/\//, 'expected an http(s) URL')
);

export const Source = v.strictObject({
	/** Who published it, e.g. "UIL case study" or "City of Cork". Plain text, not translated. */
	label: PlainText,
	url: HttpUrl
});
export type Source = v.InferOutput<typeof Source>;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "bahir-dar"'));
const Year = v.pipe(v.number('expected a year'), v.integer('expected a whole year'), v.minValue(1900), v.maxValue(2100));
const IsoDate = v.pipe(v.string(), v.isoDate('expected a date as YYYY-MM-DD'));

export const Goal = v.strictObject({
	id: v.picklist(GOAL_IDS, 'expected one of the five goal ids'),
	label: Text,
	description: Text,
	/** The Key Features benefit group (pediment area) this goal belongs to. */
	group: Slug,
	/** A colour-blind-safe colour (Okabe-Ito). */
	colour: v.pipe(v.string(), v.hexColor('expected a hex colour')),
	/** A second, non-colour mark so no view relies on colour alone. */
	mark: v.picklist(MARKS, `expected one of ${MARKS.join(', ')}`)
});
export type Goal = v.InferOutput<typeof Goal>;

export const GoalsFile = v.pipe(
	v.array(Goal),
	v.length(GOAL_IDS.length, 'expected exactly the five goals'),
	v.check((goals) => GOAL_IDS.every((id) => goals.some((g) => g.id === id)), 'expected each of the five goals once')
);

export const GoalScore = v.strictObject({
	score: v.pipe(
		v.number('expected an integer from 0 to 3'),
		v.integer('expected an integer from 0 to 3'),
		v.minValue(0, 'expected an integer from 0 to 3'),
		v.maxValue(3, 'expected an integer from 0 to 3')
	),
	/** The programme or statement behind the score, in one line. */
	evidence: Text,
	confidence: v.picklist(CONFIDENCES, 'expected high, medium or low'),
	basis: v.picklist(BASES, 'expected "case-study" or "other"')
});
export type GoalScore = v.InferOutput<typeof GoalScore>;

/** A value that may be unknown: `null` then, and the note says what is known instead. */
const Known = <T extends v.GenericSchema>(value: T) =>
	v.pipe(
		v.strictObject({
			value: v.nullable(value),
			year: v.nullable(Year),
			note: v.optional(Text),
			source: v.nullable(HttpUrl)
		}),
		v.check((k) => k.value !== null || k.note !== undefined, 'expected a note saying why the value is unknown'),
		v.check((k) => k.value === null || k.source !== null, 'expected a source for a known value')
	);

const ProgrammeRecord = v.strictObject({
	/** The name as written, in English or in the programme's own language. Every page reads it in its language. */
	name: PlainText,
	/**
	 * Its French and Spanish forms. A programme's own name stands in every language, with a form only where an
	 * established one exists: a name in the city's language (Escola Viva, Roda Viva, Ugnayang Balangeño, Programa
	 * de Alfabetización Diversificada), a coined word, brand or slogan (EcCoWell, SaludArte, Edu-Child, YouthNow,
	 * Use my talent, Primary to Professional), a name carrying its acronym (BEES). English words between such names
	 * are put into the language ("Clube do Idoso et Chácara do Idoso", "Clube do Idoso y Chácara do Idoso"). A name
	 * that says in English what the programme is, a body, an event or a plan, whether the atlas's words or the
	 * city's own ("Learning through mobility", "City-wide needs assessment", "Community Learning Board", "Cork
	 * Lifelong Learning Festival"), gets the atlas's translation, in the typography of the file's French and
	 * Spanish, and the file's French and Spanish prose names it so too; a document's title takes its official
	 * translation where it has one, else a translation that says what it is. Resolved like a city's `names`.
	 */
	names: v.optional(LocalNames),
	description: Text
});

/** A flagship programme: its name (with its forms, by the rule above) and what it does. */
export const Programme = v.pipe(ProgrammeRecord, formsDiffer<v.InferOutput<typeof ProgrammeRecord>>('name', 'names'));
export type Programme = v.InferOutput<typeof Programme> & {
	/**
	 * Never in the files: on a programme put into a language where its name differs (./localise.ts `programmeIn`),
	 * its name as written, which the deck file names programmes by (`writtenName`).
	 */
	nameAsWritten?: string;
};

export const City = v.strictObject({
		id: Slug,
		/**
		 * The name as written in English. Every page reads it in its own language: the data layer puts the form
		 * of `names` for that language here (./localise.ts). The city's URL id never changes.
		 */
		name: PlainText,
		/** The name's French and Spanish forms where they differ, by the rule of `LocalNames`. */
		names: v.optional(LocalNames),
		/** The official name as written in English, with the local-language form where the city has one. */
		officialName: PlainText,
		/**
		 * Its French and Spanish forms: the English words put into the language (City of Espoo: Ville d'Espoo), the
		 * local-language form kept (Espoon kaupunki). Resolved like `names`.
		 */
		officialNames: v.optional(LocalNames),
		/** English short name; the interface names countries through Intl.DisplayNames from iso2. */
		country: PlainText,
		iso2: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
		iso3: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')),
		region: v.picklist(REGION_IDS, `expected one of the five UNESCO regions: ${REGION_IDS.join(', ')}`),
		lat: v.pipe(v.number('expected a latitude'), v.minValue(-90, 'expected a latitude from -90 to 90'), v.maxValue(90, 'expected a latitude from -90 to 90')),
		lon: v.pipe(v.number('expected a longitude'), v.minValue(-180, 'expected a longitude from -180 to 180'), v.maxValue(180, 'expected a longitude from -180 to 180')),
		coordinatesSource: HttpUrl,
		population: Known(v.pipe(v.number(), v.integer(), v.minValue(1))),
		/** The year the city's learning-city work began, or null when unknown. */
		learningCityStart: Known(Year),
		award2015: v.strictObject({ received: v.boolean(), source: HttpUrl }),
		summary: Text,
		vision: Text,
		programmes: v.pipe(
			v.array(Programme),
			v.minLength(3, 'expected 3 to 6 flagship programmes'),
			v.maxLength(6, 'expected 3 to 6 flagship programmes')
		),
		challenges: v.pipe(v.array(Text), v.minLength(1, 'expected at least one challenge')),
		goals: v.strictObject(
			Object.fromEntries(GOAL_IDS.map((id) => [id, GoalScore])) as Record<GoalId, typeof GoalScore>,
			`expected exactly the five goal ids: ${GOAL_IDS.join(', ')}`
		),
		sources: v.pipe(v.array(Source), v.minLength(1, 'expected at least one source'))
});
/** A city; its programmes may carry the name as written once put into a language (`Programme`). */
export type City = Omit<v.InferOutput<typeof City>, 'programmes'> & { programmes: Programme[] };

/** A city file: a `City` whose name forms differ from its name. */
export const CityFile = v.pipe(City, formsDiffer<City>('name', 'names'), formsDiffer<City>('officialName', 'officialNames'));

export const Publication = v.strictObject({
	title: Text,
	/**
	 * Where the title is given in each language: the book's page for the English, UNESCO's French and Spanish
	 * pages for UNESCO's renderings (the book itself is in English only, `languages`).
	 */
	titleSources: v.optional(v.strictObject({ en: HttpUrl, fr: HttpUrl, es: HttpUrl })),
	editors: v.pipe(v.array(PlainText), v.minLength(1)),
	/** Who published it, as the atlas credits it (UIL with NILE), in English; the page's language gets its form
	 * from `publisherNames` (like a city's `names`). `imprint` is the book's own line. */
	publisher: PlainText,
	/** The publisher's French and Spanish names, as on its pages in those languages. */
	publisherNames: v.optional(LocalNames),
	imprint: PlainText,
	year: Year,
	languages: v.array(v.picklist(LOCALES)),
	/** The book's page; `pdf` is the book itself. */
	url: HttpUrl,
	pdf: HttpUrl,
	/**
	 * `place` is prose ("Mexico City, Mexico"): city and country, each as the language names it. `date` is the
	 * first day the launch can have been (the conference's), `until` the last, when no source gives the day.
	 */
	launch: v.strictObject({ event: Text, place: Text, date: IsoDate, until: v.optional(IsoDate), note: v.optional(Text), source: HttpUrl }),
	award: v.strictObject({ label: Text, date: IsoDate, source: HttpUrl }),
	keyFeatures: v.strictObject({
		source: HttpUrl,
		benefits: v.array(v.strictObject({ id: Slug, label: Text, goals: v.array(v.picklist(GOAL_IDS)) })),
		buildingBlocks: v.pipe(v.array(Text), v.length(6)),
		conditions: v.pipe(v.array(Text), v.length(3))
	}),
	guidelines: v.strictObject({
		source: HttpUrl,
		areas: v.pipe(v.array(v.strictObject({ label: Text, description: Text })), v.length(6))
	}),
	networkGrowth: v.array(
		v.strictObject({
			date: IsoDate,
			members: v.pipe(v.number(), v.integer()),
			countries: v.nullable(v.pipe(v.number(), v.integer())),
			note: v.optional(Text),
			source: HttpUrl
		})
	)
});
export type Publication = v.InferOutput<typeof Publication>;

export const PublicationFile = v.pipe(Publication, formsDiffer<Publication>('publisher', 'publisherNames'));

export interface Dataset {
	goals: Goal[];
	cities: City[];
	publication: Publication;
}

/**
 * What the atlas's first view needs of a city (list, maps, goal filter, count line, chart tabs): its place and
 * its five scores. The rest of the record (texts, facts, sources, the scores' evidence) loads when the city is
 * opened, from the city's details file (see `summary.ts`).
 */
export const CitySummary = v.strictObject({
	...v.pick(City, CITY_SUMMARY_KEYS).entries,
	/**
	 * The city's other names, for the search, never shown: `name` and `officialName` in the three languages but
	 * the page's `name` (./localise.ts `allNames`). Optional because a whole `City` also serves as a summary (the
	 * atlas reached from another page reads that page's island), and has its `names` instead.
	 */
	aka: v.optional(v.array(PlainText)),
	goals: v.strictObject(
		Object.fromEntries(GOAL_IDS.map((id) => [id, v.pick(GoalScore, SCORE_SUMMARY_KEYS)])) as Record<
			GoalId,
			ReturnType<typeof v.pick<typeof GoalScore, typeof SCORE_SUMMARY_KEYS>>
		>
	)
});
export type CitySummary = v.InferOutput<typeof CitySummary>;

/** What the atlas shows of the book: its title and year, and what the downloads' credit line cites. */
export const PublicationSummary = v.pick(Publication, PUBLICATION_SUMMARY_KEYS);
export type PublicationSummary = v.InferOutput<typeof PublicationSummary>;

/** The atlas page's data island: the goals, and the cities and the book as the first view needs them. */
export interface AtlasData {
	goals: Goal[];
	cities: CitySummary[];
	publication: PublicationSummary;
}

/** The kinds of slide a presenter can list in `data/deck.json`. */
export const SLIDE_KINDS = ['title', 'goals', 'city', 'cities', 'matrix', 'guidelines', 'network', 'awards', 'closing'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Which of the city's sourced facts a city slide shows as its one key fact. */
export const CITY_FACTS = ['population', 'learningCityStart', 'award'] as const;
export type CityFact = (typeof CITY_FACTS)[number];

/** Speaker notes, in the atlas's three languages like all prose: the speaker view shows the talk's language. */
const Notes = v.optional(Text);

/**
 * One entry of the deck. `city` names one city; `cities` stands for every city that has no slide of its own
 * (so a city added to data/ joins the talk without editing the deck). Presenters reorder or drop entries freely.
 */
export const DeckSlide = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.picklist(['title', 'goals', 'matrix', 'guidelines', 'network', 'awards', 'closing']), notes: Notes }),
		v.strictObject({
			kind: v.literal('city'),
			city: Slug,
			/**
			 * Two or three programme names from the city's file, as written there (`name`, not a French or Spanish
			 * form), whatever the talk's language; the first three when left out.
			 */
			programmes: v.optional(
				v.pipe(
					v.array(PlainText),
					v.minLength(2, 'expected two or three programme names'),
					v.maxLength(3, 'expected two or three programme names')
				)
			),
			fact: v.optional(v.picklist(CITY_FACTS, `expected one of ${CITY_FACTS.join(', ')}`)),
			notes: Notes
		}),
		v.strictObject({
			kind: v.literal('cities'),
			/** The order of the remaining cities: a tour from west to east, or by name. */
			order: v.optional(v.picklist(['west-to-east', 'name'], 'expected "west-to-east" or "name"')),
			notes: Notes
		})
	],
	`expected a slide kind: one of ${SLIDE_KINDS.join(', ')}`
);
export type DeckSlide = v.InferOutput<typeof DeckSlide>;

export const Deck = v.strictObject({
	slides: v.pipe(v.array(DeckSlide), v.minLength(1, 'expected at least one slide'))
});
export type Deck = v.InferOutput<typeof Deck>;
