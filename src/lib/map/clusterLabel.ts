/** A group button's accessible name on the SVG map: how many cities it holds, and how many the filter keeps. */
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/data/vocabulary';
import { m } from '$lib/paraglide/messages';
import { keptCount } from './svgClusters';

export function clusterLabel(ids: readonly string[], dimmed: ReadonlySet<string>, locale: Locale): string {
	const shown = formatNumber(ids.length, locale);
	if (dimmed.size === 0) return m.map_cluster({ shown });
	const kept = keptCount(ids, dimmed);
	return m.map_cluster_filtered({ shown, kept: formatNumber(kept, locale), keptCount: kept });
}
