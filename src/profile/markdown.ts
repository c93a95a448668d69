// The profile as Markdown, laid out like the model profile: title, sections, [n] markers, numbered sources.
import type { Citation, Profile } from '../model/index.js';
import { CLOSING_LINE, formatDate, NONE, paragraphs, sourceLine, sourceNumbers, title } from './format.js';

const marks = (cs: Citation[]) => sourceNumbers(cs).map((n) => `[${n}]`).join('');
/** Keeps source text from turning into Markdown structure. */
const md = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function renderMarkdown(p: Profile): string {
  const out: string[] = [`# ${md(title(p))}`, ''];
  const section = (name: string, lines: string[]) => {
    out.push(`## ${name}`, '');
    out.push(...(lines.length ? lines : [NONE]), '');
  };
  section(
    'Summary',
    paragraphs(p.summary).flatMap((para) => [para.map((s) => `${s.note ? '*Note:* ' : ''}${md(s.text)} ${marks(s.citations)}`).join(' '), '']).slice(0, -1),
  );
  section('Context', p.context.map((c) => `- ${md(c.text)} ${marks(c.citations)}`));
  section(
    'Actions Taken',
    p.actions.map((a) => `- **${a.category}:** ${md(a.text)}${a.date ? ` (${formatDate(a.date)})` : ''} ${marks(a.citations)}`),
  );
  section(
    'Key Quotes',
    p.quotes.flatMap((q) => [`> “${md(q.text)}”${q.date ? ` — ${formatDate(q.date)}` : ''} ${marks(q.citations)}`, '']).slice(0, -1),
  );
  section('Criticism', p.criticism.map((c) => `- ${c.critic ? `**${md(c.critic)}:** ` : ''}${md(c.text)} ${marks(c.citations)}`));
  section('Timeline', p.timeline.map((t) => `- **${formatDate(t.date)}** — ${md(t.text)} ${marks(t.citations)}`));
  section('Related Actors', p.related.map((r) => `- **${md(r.name)}** (${r.type}): ${md(r.relation)} ${marks(r.citations)}`));
  section('Disputed Points', p.disputed.map((d) => `- ${md(d.text)} ${marks(d.citations)}`));
  out.push(`## Sources (${p.sources.length})`, '');
  for (const s of p.sources) {
    const l = sourceLine(s);
    out.push(`${s.n}. ${md(l.head)} *(${l.kind})*${l.where ? ` — ${md(l.where)}` : ''}`);
  }
  out.push('', CLOSING_LINE, '');
  return out.join('\n');
}
