// Small formatting helpers shared by the Markdown and HTML renderers.
import type { Citation, DateValue, Profile, ProfileSource } from '../model/index.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as its precision allows: "12 November 2018", "November 2018", "2018". */
export function formatDate(d: DateValue | null | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.value.split('-');
  if (d.precision === 'year' || !m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (d.precision === 'month' || !day) return `${month} ${y}`;
  return `${Number(day)} ${month} ${y}`;
}

export const KIND_LABEL: Record<string, string> = {
  'state-media': 'state media',
  official: 'official government page',
  news: 'news',
  analysis: 'analysis',
  profile: 'profile',
  other: 'other',
};

export const topicLabel = (p: Profile) => (typeof p.topic === 'string' ? p.topic : p.topic.label);

export const title = (p: Profile) => `${p.person.name} on ${topicLabel(p)}`;

/** Distinct source numbers of a statement's citations, in order. */
export const sourceNumbers = (cs: Citation[]) => [...new Set(cs.map((c) => c.source))];

export function sourceLine(s: ProfileSource): { head: string; kind: string; where: string } {
  const head = [s.title ?? '(untitled)', s.outlet, s.published].filter(Boolean).join(' — ');
  return { head, kind: KIND_LABEL[s.kind] ?? s.kind, where: s.url ?? s.path ?? '' };
}

/** The summary's sentences grouped into paragraphs. */
export function paragraphs<T extends { paragraph?: number }>(items: T[]): T[][] {
  const groups = new Map<number, T[]>();
  for (const it of items) {
    const k = it.paragraph ?? 0;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export const CLOSING_LINE = 'This is not an exhaustive list of sources.';
export const NONE = 'Nothing in the sources.';
