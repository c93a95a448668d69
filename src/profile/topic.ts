// What the user's topic covers: their own words, the built-in lexicon entry they name (data/topics.json), and terms
// the corpus itself uses alongside them (pointwise mutual information against the surrounding text).
import { readFileSync } from 'node:fs';
import { BROAD_WEIGHT, contentWords, isStopword, stem, topicScore, weightedTerms, type WeightedTerm } from './text.js';

interface LexiconTopic {
  label: string;
  names: string[];
  terms: string[];
  /** Words common outside the topic too ("online"): they weigh only beside a proper topic word. */
  broad?: string[];
  /** Phrases in which the topic's words mean something else ("low-energy", "tear gas"). */
  notIn?: string[];
}

const TOPICS_DATA = JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')) as {
  topics: LexiconTopic[];
  properNames: (string | { name: string; topics: string[] })[];
};
const LEXICON: LexiconTopic[] = TOPICS_DATA.topics;
/** Names made of common words, with the lexicon topics (labels) they do belong to. */
const PROPER_NAMES = TOPICS_DATA.properNames.map((n) => (typeof n === 'string' ? { name: n, topics: [] as string[] } : n));

export interface TopicSpec {
  /** The label shown in the title: the lexicon's label, or the user's words as typed. */
  label: string;
  /** What the user typed. */
  query: string;
  /** The lexicon entry used, if the user's words name one. */
  lexicon: string | null;
  /** The user's own words and the lexicon's terms (weight 1 and 0.8). */
  seed: { term: string; weight: number }[];
  /** Terms drawn from the corpus (weight 0.5), with their PMI and how many topical sentences hold them. */
  expansion: { term: string; weight: number; pmi: number; count: number }[];
  /** Phrases in which the topic's words mean something else (the lexicon entry's `notIn`). */
  notIn?: string[];
  /** The topic is a name ("Wall Street"), even if typed in lower case: written with its capitals everywhere. */
  isName?: boolean;
}

/**
 * Weight of a word the user added to a lexicon topic ("China" in "trade with China"): below the topic's own words, so
 * passages with both rank first, yet enough to count alone ("… using it to rebuild China" in a trade speech).
 */
const NARROWING_WEIGHT = 0.5;

/** Words too general to stand for any topic, however often they sit next to it. */
const GENERIC = new Set(
  `group field part parts way ways people issue issues level levels number country countries state states government
  governments world president minister official officials report reports time times area areas case cases thing things
  matter matters question questions member members point points side sides term terms place places kind kinds form forms
  need needs work works make made take taken give given use used well still even just like also other others more most
  come came comes push pushed call called calls include includes included including plan plans said says told want wants
  such many much every each next last first second third public national international political policy policies`.split(/\s+/),
);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The lexicon entry the user's words name: exact name first, then a name contained in the words (or vice versa). */
export function lexiconEntry(query: string): LexiconTopic | null {
  const q = squash(query);
  if (!q) return null;
  const exact = LEXICON.find((t) => t.names.some((n) => squash(n) === q) || squash(t.label) === q);
  if (exact) return exact;
  let best: { t: LexiconTopic; len: number } | null = null;
  for (const t of LEXICON)
    for (const n of t.names) {
      const s = squash(n);
      if (s.length >= 4 && q.includes(s) && (!best || s.length > best.len)) best = { t, len: s.length };
    }
  return best?.t ?? null;
}

/** The topic before corpus expansion. */
/** Words that only name a topic together with another word ("health care", "immigration reform"). */
const GENERIC_IN_PHRASE = new Set([
  'care', 'change', 'reform', 'reforms', 'rights', 'right', 'system', 'systems', 'law', 'laws', 'plan', 'plans',
  'crisis', 'control', 'affairs', 'relations', 'development', 'spending', 'program', 'programs', 'act', 'bill',
  'deal', 'market', 'markets', 'safety', 'protection', 'action', 'measures', 'matters', 'efforts', 'work',
  // Modifiers and heads that name many things ("social security" is no "national security", "the death penalty" no
  // report of a death).
  'security', 'social', 'public', 'national', 'federal', 'private', 'death',
  // ("tax returns" is no "return flight", "voting record" no "record high").
  'return', 'returns', 'record', 'records',
]);

/** "his health", "her taxes": the person's own thing, not the policy field of that name. */
const OWNED = /^(his|her|their)\s+(\S.*)$/i;

/**
 * The name a topic typed in lower case stands for ("wall street" → "Wall Street"): one of the names made of common
 * words the lexicon lists, or of the corpus's actors' names (`knownNames`), written with capitals. Null otherwise.
 */
export function writtenAsName(query: string, knownNames: string[] = []): string | null {
  const q = squash(query);
  if (query.trim().split(/\s+/).length < 2) return null;
  return [...PROPER_NAMES.map((n) => n.name), ...knownNames].find((n) => squash(n) === q && /\p{Lu}/u.test(n) && n.includes(' ')) ?? null;
}

/**
 * The topic a user's words name. `ownerNames` are the person's names (for "his health"); `knownNames` are actor
 * names the corpus knows, so that a name typed in lower case ("planned parenthood") is read as that name.
 */
export function resolveTopic(query: string, ownerNames: string[] = [], knownNames: string[] = []): TopicSpec {
  const owned = query.trim().match(OWNED);
  if (owned) return ownedTopic(query, owned[1].toLowerCase(), owned[2], ownerNames);
  const written = writtenAsName(query, knownNames);
  const entry = lexiconEntry(query);
  const own = contentWords(query).filter((w) => !['policy', 'policies', 'issue', 'issues', 'question'].includes(w));
  const seed = new Map<string, number>();
  // A phrase the lexicon knows ("health care") stands as a whole: its words alone ("health") mean other things.
  // So does a name ("Wall Street", "Planned Parenthood"): every word capitalised, its words alone are other things.
  // (Typed in lower case, a name the lexicon or the corpus knows is that name: "wall street" is no wall and no street.)
  const properName = own.length > 1 && (!!written || query.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w)));
  // ("foreign policy" is such a phrase even though 'policy' is dropped from the user's words: 'foreign' alone is
  // 'foreign workers', 'foreign-born'.)
  const knownPhrase = (contentWords(query).length > 1 && !!entry?.names.some((n) => squash(n) === squash(query))) || properName;
  // Words beyond the lexicon name the user typed ("China" in "trade with China") narrow the topic: they weigh less
  // than the topic's words, and the title keeps them.
  const name = entry && !knownPhrase ? containedName(query, entry) : null;
  const entryTerms = name ? weightedTerms(entry!.terms.map((term) => ({ term, weight: 1 }))) : [];
  const narrowing = (w: string) => !!name && !squash(name).includes(squash(w)) && topicScore(w, entryTerms).score === 0;
  // A phrase name inside the words ("health care" in "health care costs") stands as a whole, as when typed alone.
  const phraseName = name && contentWords(name).length > 1 ? name.toLowerCase() : null;
  if (phraseName) seed.set(phraseName, 1);
  for (const w of own) {
    if (knownPhrase) break;
    if (phraseName && !narrowing(w)) continue;
    // In a phrase ("health care", "climate change"), a common word alone says nothing of the topic: the phrase
    // stands for it instead ("doesn't care" is not about health care).
    if (own.length > 1 && GENERIC_IN_PHRASE.has(w)) continue;
    // The word and its singular ("ferries" → ferry, ferries); a gerund as a prefix ("beekeeping" → beekeep…);
    // a long word also by its first letters, for its family ("regulation" → regulat…: regulate, regulatory).
    const st = stem(w);
    // A gerund with a short stem stands as itself: "housing" is not "hous" (which matches no word).
    const gerund = w.endsWith('ing') && st !== w;
    const weight = narrowing(w) ? NARROWING_WEIGHT : 1;
    // A plural the lexicon lists as written stands as written: "jobs" (employment) is not "job" (a task done well,
    // an office).
    if (st !== w && w.endsWith('s') && entry?.terms.includes(w)) {
      seed.set(w, weight);
      continue;
    }
    seed.set(gerund ? (st.length >= 5 ? `${st}*` : w) : st.length >= 3 ? st : w, weight);
    if (w.length >= 8) seed.set(`${w.slice(0, Math.max(6, w.length - 3))}*`, weight);
  }
  const narrowed = own.some(narrowing);
  if (own.length > 1) seed.set(own.join(' '), 1);
  for (const t of entry?.terms ?? []) if (!seed.has(t)) seed.set(t, 0.8);
  for (const t of entry?.broad ?? []) if (!seed.has(t)) seed.set(t, BROAD_WEIGHT);
  // Names made of common words ("Wall Street") are not the topic, unless the user typed them.
  // (Nor unless the name belongs to the topic: Immigration and Customs Enforcement is no matter of trade, but one of
  // migration.)
  const seedTerms = weightedTerms([...seed].map(([term, weight]) => ({ term, weight })));
  const notTopic = PROPER_NAMES.filter(
    (n) => !(entry && n.topics.includes(entry.label)) && !squash(query).includes(squash(n.name)) && topicScore(n.name, seedTerms).score > 0,
  );
  const notIn = [...(entry?.notIn ?? []), ...notTopic.map((n) => n.name)];
  return {
    // The user's own word when it names the topic ("immigration"), else the lexicon's label.
    label:
      entry && !narrowed && (squash(query).length < 6 || !entry.names.some((n) => squash(n) === squash(query))) ? entry.label : (written ?? titleCase(query.trim())),
    query,
    lexicon: entry?.label ?? null,
    seed: [...seed].map(([term, weight]) => ({ term, weight })),
    expansion: [],
    ...(notIn.length ? { notIn } : {}),
    ...(written ? { isName: true } : {}),
  };
}

/**
 * The person's own thing ("his health", "her taxes"): a passage is on it only where the thing is theirs, under the
 * pronoun the user typed or the person's name ("his failing health", "Lund's health"); the lexicon's field of that
 * name (public health, tax policy) is another matter. Up to two words may stand between ("~" in a term).
 */
function ownedTopic(query: string, pronoun: string, rest: string, ownerNames: string[]): TopicSpec {
  const heads = resolveTopic(rest).seed.filter((t) => t.weight >= 1);
  const owners = [pronoun, ...new Set(ownerNames.flatMap((n) => [n, n.split(/\s+/).pop()!]).filter((n) => n.length > 1))].flatMap((n) =>
    n === pronoun ? [n] : n.endsWith('s') ? [`${n}'s`, `${n}’s`, `${n}'`, `${n}’`] : [`${n}'s`, `${n}’s`],
  );
  const seed = heads.flatMap((h) => owners.map((o) => ({ term: `${o} ~ ${h.term}`, weight: 1 })));
  // A field the lexicon names with the thing's word ("his health care plan") is not the thing.
  const notIn = LEXICON.flatMap((t) => t.names).filter((n) => n.includes(' ') && heads.some((h) => n.startsWith(`${h.term} `)));
  return { label: titleCase(query.trim()), query, lexicon: null, seed, expansion: [], ...(notIn.length ? { notIn } : {}) };
}

let lexiconTerms: { label: string; terms: WeightedTerm[] }[] | null = null;

/** The lexicon topics other than `except` whose words the text holds ("sugar subsidies" → Trade). */
export function otherLexiconTopics(text: string, except: string | null): string[] {
  lexiconTerms ??= LEXICON.map((t) => ({ label: t.label, terms: topicTerms(resolveTopic(t.label)) }));
  return lexiconTerms.filter((t) => t.label !== except && topicScore(text, t.terms).score > 0).map((t) => t.label);
}

/** Capitals on the words of a title, not on its small words after the first ("Trade with China"). */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'nor', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'versus']);
const titleCase = (s: string) => s.replace(/(^|\s)(\p{Ll}[\p{L}'’-]*)/gu, (m, sp: string, w: string) => (sp && SMALL_WORDS.has(w) ? m : sp + w[0].toUpperCase() + w.slice(1)));

/** The longest of the entry's names that the user's words contain ("trade" in "trade with China"). */
function containedName(query: string, entry: LexiconTopic): string | null {
  const q = squash(query);
  let best: string | null = null;
  for (const n of [entry.label, ...entry.names]) if (q.includes(squash(n)) && (!best || squash(n).length > squash(best).length)) best = n;
  return best;
}

/** An FTS query that finds passages with any seed term (prefix terms become FTS prefix queries). */
export function ftsQueryFor(topic: TopicSpec): string {
  // Broad words would pull in every report that merely mentions them.
  const parts = topic.seed.filter((t) => t.weight > BROAD_WEIGHT).map((t) => {
    // (An owned thing, "his ~ health", is found by the thing; whose it is is checked on the passage.)
    const raw = t.term.replace(/^.*~\s*/, '').replace(/\*$/, '');
    const ws = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!ws.length) return '';
    return ws.length > 1 ? `"${ws.join(' ')}"` : t.term.endsWith('*') ? `${ws[0]}*` : ws[0];
  });
  return [...new Set(parts.filter(Boolean))].join(' OR ');
}

/**
 * Related terms from the corpus: words over-represented in the sentences that hold seed terms compared with all
 * sentences given (PMI), seen in at least two topical sentences. Deterministic: ties break on the word.
 */
export function expandTopic(
  topic: TopicSpec,
  sentences: (string | { text: string; topical: boolean; doc?: string })[],
  exclude: string[] = [],
  max = 8,
): TopicSpec['expansion'] {
  const seedTerms = weightedTerms(topic.seed, topic.notIn);
  const skip = new Set(exclude.flatMap((e) => contentWords(e)).map(stem));
  for (const t of topic.seed) for (const w of contentWords(t.term.replace(/\*$/, ''))) skip.add(stem(w));
  const all = new Map<string, number>();
  const fg = new Map<string, number>();
  const fgDocs = new Map<string, Set<string>>();
  const capitalised = new Map<string, number>();
  const surface = new Map<string, string>();
  let nAll = 0;
  let nFg = 0;
  for (const item of sentences) {
    const s = typeof item === 'string' ? item : item.text;
    const topical = typeof item === 'string' ? topicScore(s, seedTerms).score > 0 : item.topical;
    const stems = new Set<string>();
    // Names (capitalised inside a sentence) are people and places, not what a topic is about.
    for (const m of s.matchAll(/(?<=\S\s+)(\p{Lu}[\p{Ll}]+)/gu)) {
      const st = stem(m[1].toLowerCase());
      capitalised.set(st, (capitalised.get(st) ?? 0) + 1);
    }
    for (const w of contentWords(s)) {
      if (w.length < 4 || /\d/.test(w) || isStopword(w)) continue;
      const st = stem(w);
      stems.add(st);
      const prev = surface.get(st);
      if (!prev || w.length < prev.length || (w.length === prev.length && w < prev)) surface.set(st, w);
    }
    nAll++;
    for (const st of stems) all.set(st, (all.get(st) ?? 0) + 1);
    if (topical) {
      nFg++;
      const doc = typeof item === 'string' ? String(nAll) : (item.doc ?? String(nAll));
      for (const st of stems) {
        fg.set(st, (fg.get(st) ?? 0) + 1);
        if (!fgDocs.has(st)) fgDocs.set(st, new Set());
        fgDocs.get(st)!.add(doc);
      }
    }
  }
  // Too few topical sentences say nothing reliable about which words go with the topic.
  if (nFg < 8 || nFg === nAll) return [];
  const out: TopicSpec['expansion'] = [];
  for (const [st, c] of fg) {
    if (c < Math.max(3, nFg / 12) || skip.has(st) || (fgDocs.get(st)?.size ?? 0) < 2) continue;
    if ((capitalised.get(st) ?? 0) * 2 > (all.get(st) ?? 0)) continue;
    const term = surface.get(st)!;
    if (GENERIC.has(term)) continue;
    if (topicScore(term, seedTerms).score > 0) continue; // already covered by a seed term
    const pmi = Math.log((c / nFg) / ((all.get(st) ?? c) / nAll));
    // A word seen only beside the topic has the highest PMI possible here, log(nAll / nFg); ask for most of that.
    if (pmi < Math.max(Math.log(1.25), 0.6 * Math.log(nAll / nFg))) continue;
    out.push({ term: st === term ? term : `${st}*`, weight: 0.5, pmi: Math.round(pmi * 1000) / 1000, count: c });
  }
  out.sort((a, b) => b.count * b.pmi - a.count * a.pmi || a.term.localeCompare(b.term));
  return out.slice(0, max);
}

/** Every term of the topic with its weight, ready to score passages. */
export function topicTerms(topic: TopicSpec): WeightedTerm[] {
  return weightedTerms([...topic.seed, ...topic.expansion], topic.notIn);
}
