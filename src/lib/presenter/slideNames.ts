/** What a slide is called where the speaker picks or follows slides: the tour builder and the speaker view. */
import type { City } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages';
import type { Slide } from './slides';
import { isNamedSlide, type NamedSlide } from './tour';

export function namedSlideName(kind: NamedSlide): string {
	switch (kind) {
		case 'title':
			return m.slide_name_title();
		case 'goals':
			return m.slide_name_goals();
		case 'matrix':
			return m.slide_matrix_title();
		case 'guidelines':
			return m.slide_name_guidelines();
		case 'network':
			return m.deck_net_title();
		case 'awards':
			return m.deck_awards_title();
		case 'closing':
			return m.slide_name_closing();
	}
}

export function slideName(slide: Slide | undefined): string {
	if (!slide) return m.deck_end();
	return slide.kind === 'city' ? slide.city.name : namedSlideName(slide.kind);
}

/** A tour id's name: a named slide's, or the city's in the page's language. */
export function tourIdName(id: string, byId: ReadonlyMap<string, City>): string {
	return isNamedSlide(id) ? namedSlideName(id) : (byId.get(id)?.name ?? id);
}
