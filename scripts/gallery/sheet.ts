/**
 * The gallery's index: a contact sheet with one section per view, a column per viewport and a row per language.
 * Each thumbnail shows the first screen and links to the whole picture. What went wrong while taking the pictures
 * is listed at the top and under each picture. Pure: paths, URLs and messages come from the pages, so all is escaped.
 */
import type { Taken } from './camera.ts';
import { slug, type Shot, type Viewport } from './shots.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe in HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface Sheet {
	taken: readonly Taken[];
	/** When the last run was, and how long it took, for the heading. */
	date: string;
	seconds: number;
}

/**
 * The pictures a sheet shows after a run: those just taken, and those of earlier runs still in the folder that this
 * run did not retake, in the order of the whole list (a filtered run updates the sheet instead of replacing it).
 */
export function mergeRuns(all: readonly Shot[], earlier: readonly Taken[], fresh: readonly Taken[]): Taken[] {
	const byFile = new Map([...earlier, ...fresh].map((t) => [t.shot.file, t]));
	return all.flatMap((shot) => byFile.get(shot.file) ?? []);
}

/** Every problem of a run, one line each, named by the picture it came with. */
export function problemLines(taken: readonly Taken[]): string[] {
	return taken.flatMap(({ shot, problems, failed }) => {
		const where = `${shot.url} ${shot.viewport.name}`;
		return [...(failed ? [`did not load: ${failed}`] : []), ...problems].map((p) => `${where}: ${p}`);
	});
}

function cell(t: Taken | undefined): string {
	if (!t) return '<td></td>';
	const { shot, problems, failed } = t;
	const { width, height } = shot.viewport;
	const label = `${shot.lang} · ${shot.viewport.name} · ${shot.url}`;
	const issues = [...(failed ? [`did not load: ${failed}`] : []), ...problems];
	return [
		`<td${issues.length ? ' class="bad"' : ''}>`,
		`<a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="${escapeHtml(label)}" loading="lazy" style="aspect-ratio: ${width} / ${height}"></a>`,
		`<p>${escapeHtml(label)}</p>`,
		issues.length ? `<ul>${issues.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : '',
		'</td>'
	].join('');
}

export function contactSheet({ taken, date, seconds }: Sheet): string {
	const viewports: Viewport[] = [...new Map(taken.map((t) => [t.shot.viewport.name, t.shot.viewport])).values()];
	const langs = [...new Set(taken.map((t) => t.shot.lang))];
	const paths = [...new Set(taken.map((t) => t.shot.view.path))];
	const sections = paths.map((path) => {
		const rows = langs.map((lang) => {
			const cells = viewports.map((v) =>
				cell(taken.find((t) => t.shot.view.path === path && t.shot.lang === lang && t.shot.viewport.name === v.name))
			);
			return `<tr><th scope="row">${escapeHtml(lang)}</th>${cells.join('')}</tr>`;
		});
		const head = viewports.map((v) => `<th scope="col">${escapeHtml(v.name)}</th>`).join('');
		const id = escapeHtml(slug(path));
		return `<section id="${id}"><h2><a href="#${id}">${escapeHtml(path)}</a></h2><table><tr><td></td>${head}</tr>${rows.join('')}</table></section>`;
	});
	const problems = problemLines(taken);
	const toc = paths.map((p) => `<a href="#${escapeHtml(slug(p))}">${escapeHtml(p)}</a>`).join(' ');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gallery: ${taken.length} pictures</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; color: #111; background: #f4f4f4; }
nav { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
table { border-spacing: 0.5rem; }
th { text-align: left; vertical-align: top; }
td { vertical-align: top; }
img { display: block; height: 240px; object-fit: cover; object-position: top; border: 1px solid #888; background: #fff; }
td p { margin: 0.2rem 0; max-width: 24rem; overflow-wrap: anywhere; font-size: 12px; }
td ul, .problems { color: #a00000; font-size: 12px; }
.bad img { border: 3px solid #c00000; }
</style>
</head>
<body>
<h1>Gallery: ${taken.length} pictures</h1>
<p>Last run ${escapeHtml(date)}, ${seconds.toFixed(0)} s. Each thumbnail is the first screen; it links to the whole picture.</p>
<h2>${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} seen</h2>
${problems.length ? `<ul class="problems">${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}
<nav>${toc}</nav>
${sections.join('\n')}
</body>
</html>
`;
}
