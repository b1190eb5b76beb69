/** The matrix's words for screen readers: each cell's name, and the summary that follows the picture. */
import type { CitySummary, Goal, Locale } from '$lib/data/schema';
import { cityCount } from '$lib/i18n/cityCount';
import { formatList, formatNumber } from '$lib/i18n/format';
import { scoreLabels } from '$lib/i18n/labels';
import { tr } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';

export function cellLabel(city: CitySummary, goal: Goal, locale: Locale, lowLabel: string): string {
	const s = city.goals[goal.id];
	const value = `${m.score_of_three({ score: s.score, label: tr(scoreLabels[s.score]!, locale) })}${s.confidence === 'low' ? `, ${lowLabel}` : ''}`;
	return m.label_value({ label: `${city.name}, ${tr(goal.label, locale)}`, value });
}

/** Who scores 3 on each goal, and how many cities the filter keeps. */
export function matrixSummary(rows: readonly CitySummary[], goals: readonly Goal[], dimmed: number, locale: Locale): string {
	const tops = goals.map((goal) => {
		const top = rows.filter((c) => c.goals[goal.id].score === 3).map((c) => c.name);
		const label = tr(goal.label, locale);
		return top.length ? m.matrix_summary_top({ goal: label, names: formatList(top, locale), count: top.length }) : m.matrix_summary_none({ goal: label });
	});
	const matching = m.matrix_summary_matching({ ...cityCount(rows.length - dimmed, locale), total: formatNumber(rows.length, locale) });
	return `${tops.join(' ')} ${matching}`;
}
