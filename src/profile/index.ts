// "<Person> on <Topic>": resolve the person and the topic, gather evidence, build the sections, verify every
// statement against its cited passage, number the sources actually cited. The CLI and the web app both call this.
import type { Citation, Profile, ProfileResult, ProfileSource } from '../model/index.js';
import type { Store } from '../store/store.js';
import { gatherEvidence, type GatherOptions } from './evidence.js';
import { resolvePerson } from './person.js';
import {
  actionsSection,
  contextSection,
  criticismSection,
  disputedSection,
  quotesSection,
  recordSentences,
  relatedSection,
  summarySection,
  thinEvidenceNote,
  timelineSection,
  type Cite,
  type Draft,
  type Dropped,
} from './sections.js';
import { resolveTopic } from './topic.js';
import { verifyDrafts } from './verify.js';

export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { verifyProfileAgainst } from './verify.js';

export interface ProfileRequest {
  person: string;
  topic: string;
}

export interface ProfileOptions extends GatherOptions {
  /** Adds `explain` to the result: the topic expansion, evidence counts and what verification dropped. */
  explain?: boolean;
}

/** With about this few topical passages (and hardly any quote or action) a profile says that the sources hold little. */
const THIN_EVIDENCE = 3;

export async function buildProfile(store: Store, req: ProfileRequest, opts: ProfileOptions = {}): Promise<ProfileResult> {
  const started = Date.now();
  const who = await resolvePerson(store, req.person);
  if (who.status !== 'ok') return who;
  // A name typed in lower case ("wall street") is read as the corpus writes it, when an actor bears it.
  const named = req.topic.trim().includes(' ') ? await store.findActors([req.topic.trim().toLowerCase().replace(/\s+/g, ' ')]) : [];
  const topic = resolveTopic(req.topic, [who.person.name, ...who.person.aliases], named.flatMap((a) => [a.name, ...a.aliases]));
  if (!topic.seed.length) return { status: 'unknown', message: `the topic "${req.topic}" has no words to look for`, suggestions: [] };
  const ev = await gatherEvidence(store, who.person, topic, opts);
  const dropped: Dropped[] = [];

  const timing: Record<string, number> = {};
  // A section that trips over an unexpected record is left out (and reported), never the whole profile.
  const timed = (name: string, fn: () => Draft[]): Draft[] => {
    const t = Date.now();
    try {
      return fn();
    } catch (e) {
      dropped.push({ section: name, text: '', reason: `section failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` });
      return [];
    } finally {
      timing[name] = Date.now() - t;
    }
  };
  const used = new Set<import('./evidence.js').SentenceView>();
  const actions = verifyDrafts('actions', timed('actions', () => actionsSection(ev, used)), dropped);
  const quotes = verifyDrafts('quotes', timed('quotes', () => quotesSection(ev, dropped, used)), dropped);
  const records = recordSentences(ev);
  let summary = verifyDrafts('summary', timed('summary', () => summarySection(ev, records)), dropped);
  const topical = ev.docs.flatMap((d) => d.sentences.filter((s) => s.ref && s.onTopic && !s.repeat));
  const thin = topical.length + quotes.length + actions.length < THIN_EVIDENCE || (topical.length <= THIN_EVIDENCE && quotes.length + actions.length < 2);
  if (thin || !summary.length) {
    // What little there is: the topical passages and those of the person's quotes and actions.
    const found = new Set(topical);
    for (const s of used) found.add(s);
    summary = [thinEvidenceNote(ev, [...found], topic.label), ...summary];
  }
  const sections = {
    summary,
    context: verifyDrafts('context', timed('context', () => contextSection(ev)), dropped),
    actions,
    quotes,
    criticism: verifyDrafts('criticism', timed('criticism', () => criticismSection(ev)), dropped),
    timeline: verifyDrafts('timeline', timed('timeline', () => timelineSection(ev, actions)), dropped),
    related: verifyDrafts('related', timed('related', () => relatedSection(ev)), dropped),
    disputed: verifyDrafts('disputed', timed('disputed', () => disputedSection(ev)), dropped),
  };

  // Sources: only documents actually cited, numbered in order of first citation through the sections.
  const sources: ProfileSource[] = [];
  const numberOf = new Map<string, number>();
  const citations = (cites: Cite[]): Citation[] => {
    const out: Citation[] = [];
    for (const c of cites) {
      let n = numberOf.get(c.doc.id);
      if (n === undefined) {
        n = sources.length + 1;
        numberOf.set(c.doc.id, n);
        const r = c.doc.record;
        sources.push({
          n,
          id: r.id,
          title: r.title,
          outlet: r.outlet,
          published: r.published?.value ?? null,
          kind: r.kind,
          path: r.path,
          url: r.url,
        });
      }
      if (!out.some((o) => o.source === n && o.span[0] === c.span[0] && o.span[1] === c.span[1]))
        out.push({ source: n, span: [c.span[0], c.span[1]], text: c.doc.record.text.slice(c.span[0], c.span[1]) });
    }
    return out;
  };
  const plain = (d: Draft) => ({ text: d.text, citations: citations(d.cites) });
  const profile: Profile = {
    person: { name: who.person.name, aliases: who.person.aliases, key: who.person.keys[0], type: who.person.type },
    topic: {
      label: topic.label,
      query: topic.query,
      lexicon: topic.lexicon,
      terms: [...topic.seed, ...topic.expansion].map((t) => t.term),
      seed: topic.seed.map((t) => t.term),
      expansion: topic.expansion,
    },
    summary: sections.summary.map((d) => ({
      ...plain(d),
      paragraph: d.order ?? 0,
      ...(d.note ? { note: true } : {}),
    })),
    context: sections.context.map(plain),
    actions: sections.actions.map((d) => ({ category: d.category!, text: d.text, date: d.date ?? null, citations: citations(d.cites) })),
    quotes: sections.quotes.map((d) => ({ text: d.text, date: d.date ?? null, citations: citations(d.cites) })),
    criticism: sections.criticism.map((d) => ({ text: d.text, critic: d.critic ?? null, citations: citations(d.cites) })),
    timeline: sections.timeline
      .filter((d) => d.date)
      .map((d) => ({ date: d.date!, text: d.text, citations: citations(d.cites) })),
    related: sections.related.map((d) => ({ name: d.name!, type: d.type!, relation: d.relation!, citations: citations(d.cites) })),
    disputed: sections.disputed.map(plain),
    sources,
  };
  // A note is its own paragraph, first; the evidence paragraphs follow.
  if (profile.summary.some((s) => s.note)) for (const s of profile.summary) s.paragraph = s.note ? 0 : (s.paragraph ?? 0) + 1;
  const result: ProfileResult = { status: 'ok', profile };
  if (opts.explain)
    result.explain = {
      topic: profile.topic,
      person: who.person,
      bodies: ev.referrer.bodyNames,
      evidence: {
        ...ev.stats,
        quotes: ev.quotes.length,
        statements: ev.statements.length,
        events: ev.events.length,
        topicalSentences: topical.length,
      },
      dropped,
      timing,
      ms: Date.now() - started,
    };
  return result;
}
