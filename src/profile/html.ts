// The profile as a standalone HTML page. No script (pages are served under a strict CSP): a citation is a link to
// its passage, which opens through :target CSS, and shows on hover through the link's title. All text is escaped.
import type { Citation, Profile } from '../model/index.js';
import { CLOSING_LINE, formatDate, NONE, paragraphs, sourceLine, title } from './format.js';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem 12rem;color:#1d1d1f;background:#fff}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.topic{color:#555;font-size:.9rem}
a.cite{font:600 .75rem system-ui,sans-serif;text-decoration:none;color:#0b57d0;vertical-align:super;margin-left:.1rem}
a.cite:hover,a.cite:focus{text-decoration:underline}
blockquote{margin:.8rem 0;padding:.2rem .9rem;border-left:3px solid #0b57d0;background:#f6f8fc}
.when{color:#555;font-size:.85rem}.cat{font-weight:600}.critic{font-weight:600}.note{font-style:italic;color:#555}
.kind{font:.75rem system-ui,sans-serif;border:1px solid #999;border-radius:3px;padding:0 .3rem;color:#333}
.kind.state-media{border-color:#b3261e;color:#b3261e}.kind.official{border-color:#146c2e;color:#146c2e}
.none{color:#777}
.passages{margin:0;padding:0}
.passage{display:none;position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;background:#fffdf2;
  border-top:2px solid #c9a400;padding:.8rem 1.2rem;font-size:.95rem;box-shadow:0 -4px 12px rgba(0,0,0,.12)}
.passage:target{display:block}
.passage .src{font:.8rem system-ui,sans-serif;color:#555;display:block;margin-bottom:.3rem}
.passage .close{float:right;font:.8rem system-ui,sans-serif}
ol.sources li{margin-bottom:.3rem}.where{color:#555;font-size:.85rem;word-break:break-all}
`;

export function renderHtml(p: Profile): string {
  const passages: string[] = [];
  const seen = new Map<string, string>();
  const cites = (cs: Citation[]) =>
    cs
      .map((c) => {
        const key = `${c.source}:${c.span[0]}:${c.span[1]}`;
        let id = seen.get(key);
        const src = p.sources.find((s) => s.n === c.source);
        const text = c.text ?? '';
        if (!id) {
          id = `passage-${seen.size + 1}`;
          seen.set(key, id);
          const where = src ? `[${src.n}] ${sourceLine(src).head} (${sourceLine(src).kind}), characters ${c.span[0]}–${c.span[1]}` : '';
          passages.push(
            `<div class="passage" id="${id}"><a class="close" href="#sources">close</a><span class="src">${escapeHtml(where)}</span>${escapeHtml(text)}</div>`,
          );
        }
        return `<a class="cite" href="#${id}" title="${escapeHtml(text)}">[${c.source}]</a>`;
      })
      .join('');
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="none">${NONE}</p>`);
  const body: string[] = [];
  const topic = typeof p.topic === 'string' ? null : p.topic;
  body.push(`<h1>${escapeHtml(title(p))}</h1>`);
  if (topic?.terms?.length) {
    const shown = topic.terms.slice(0, 16).map((t) => t.replace(/\*$/, '…'));
    body.push(`<p class="topic">Passages found with: ${escapeHtml(shown.join(', '))}${topic.terms.length > 16 ? ' …' : ''}</p>`);
  }
  body.push('<h2 id="summary">Summary</h2>');
  const paras = paragraphs(p.summary);
  if (!paras.length) body.push(`<p class="none">${NONE}</p>`);
  for (const para of paras)
    body.push(`<p>${para.map((s) => `<span${s.note ? ' class="note"' : ''}>${escapeHtml(s.text)}</span>${cites(s.citations)}`).join(' ')}</p>`);
  body.push('<h2 id="context">Context</h2>', list(p.context.map((c) => `${escapeHtml(c.text)}${cites(c.citations)}`)));
  body.push(
    '<h2 id="actions">Actions Taken</h2>',
    list(
      p.actions.map(
        (a) =>
          `<span class="cat">${escapeHtml(a.category)}:</span> ${escapeHtml(a.text)}${a.date ? ` <span class="when">(${escapeHtml(formatDate(a.date))})</span>` : ''}${cites(a.citations)}`,
      ),
    ),
  );
  body.push('<h2 id="quotes">Key Quotes</h2>');
  if (!p.quotes.length) body.push(`<p class="none">${NONE}</p>`);
  for (const q of p.quotes)
    body.push(
      `<blockquote>“${escapeHtml(q.text)}”${q.date ? ` <span class="when">— ${escapeHtml(formatDate(q.date))}</span>` : ''}${cites(q.citations)}</blockquote>`,
    );
  body.push(
    '<h2 id="criticism">Criticism</h2>',
    list(p.criticism.map((c) => `${c.critic ? `<span class="critic">${escapeHtml(c.critic)}:</span> ` : ''}${escapeHtml(c.text)}${cites(c.citations)}`)),
  );
  body.push(
    '<h2 id="timeline">Timeline</h2>',
    list(p.timeline.map((t) => `<span class="when">${escapeHtml(formatDate(t.date))}</span> — ${escapeHtml(t.text)}${cites(t.citations)}`)),
  );
  body.push(
    '<h2 id="related">Related Actors</h2>',
    list(p.related.map((r) => `<strong>${escapeHtml(r.name)}</strong> (${escapeHtml(r.type)}): ${escapeHtml(r.relation)}${cites(r.citations)}`)),
  );
  body.push('<h2 id="disputed">Disputed Points</h2>', list(p.disputed.map((d) => `${escapeHtml(d.text)}${cites(d.citations)}`)));
  body.push(`<h2 id="sources">Sources (${p.sources.length})</h2>`, '<ol class="sources">');
  for (const s of p.sources) {
    const l = sourceLine(s);
    const where = s.url
      ? `<a class="where" href="${escapeHtml(/^https?:\/\//i.test(s.url) ? s.url : '#')}" rel="noopener noreferrer">${escapeHtml(s.url)}</a>`
      : s.path
        ? `<span class="where">${escapeHtml(s.path)}</span>`
        : '';
    body.push(`<li id="source-${s.n}">${escapeHtml(l.head)} <span class="kind ${escapeHtml(s.kind)}">${escapeHtml(l.kind)}</span> ${where}</li>`);
  }
  body.push('</ol>', `<p>${escapeHtml(CLOSING_LINE)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title(p))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
<aside class="passages">
${passages.join('\n')}
</aside>
</body>
</html>
`;
}
