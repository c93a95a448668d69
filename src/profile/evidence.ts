// Evidence gathering: which documents speak of the person on the topic (indexed look-ups only: actor keys, speaker
// keys, full-text search), then, per document, which sentences refer to the person and how, and how topical each is.
import type {
  DateValue,
  DocumentRecord,
  EventRecord,
  Extraction,
  QuoteRecord,
  StatementRecord,
} from '../model/index.js';
import type { Sourced, Store } from '../store/store.js';
import type { PersonRef } from './person.js';
import { directRefs, explicitGender, genderOf, hasPronoun, learnGender, pronounRefs, referrer, type Referrer, type RefKind, type SentenceRef } from './refer.js';
import { escapeRegExp } from '../text/regexp.js';
import { topicScore, type WeightedTerm } from './text.js';
import { rolesInSentence } from './roles.js';
import { expandTopic, ftsQueryFor, topicTerms, type TopicSpec } from './topic.js';

export interface SentenceView {
  doc: DocView;
  index: number;
  paragraph: number;
  span: [number, number];
  text: string;
  topic: number;
  /** Topic score with the surrounding paragraph and document taken into account ("these assaults" in a cyber story). */
  relevance: number;
  /** Bears on the topic: topic words of its own, or a topical neighbour in the same paragraph of a topical report. */
  onTopic: boolean;
  matched: string[];
  /** The strongest way the sentence refers to the person, or null. */
  ref: RefKind | null;
  refs: SentenceRef['at'];
  /** Actor keys mentioned in the sentence (from the extraction), in order of first mention. */
  actors: string[];
  /** A repeat of an earlier sentence (pull quote, scraped twice). */
  repeat: boolean;
}

export interface DocView {
  id: string;
  record: DocumentRecord;
  date: DateValue | null;
  extraction: Extraction;
  sentences: SentenceView[];
  /** Share of sentences that bear on the topic. */
  topicality: number;
  /** True when the person is named (or described) somewhere in the document. */
  aboutPerson: boolean;
}

/** Weight of a word the user added to a lexicon topic (topic.ts): such a word alone is weaker evidence of the topic. */
const NARROWING = 0.5;

export interface Evidence {
  person: PersonRef;
  referrer: Referrer;
  topic: TopicSpec;
  /** Every topic term (seed and corpus expansion), for ranking. */
  terms: WeightedTerm[];
  /** The user's words and the lexicon's: what decides whether a passage is on the topic at all. */
  seedTerms: WeightedTerm[];
  docs: DocView[];
  /** Every actor key that is the person or a body acting for them. */
  selfKeys: Set<string>;
  bodyKeys: Set<string>;
  quotes: Sourced<QuoteRecord>[];
  statements: Sourced<StatementRecord>[];
  events: Sourced<EventRecord>[];
  actorNames: Map<string, { name: string; type: string }>;
  stats: Record<string, number>;
}

export interface GatherOptions {
  /** Most documents read in full (the best-scoring ones). */
  maxDocuments?: number;
}

const REF_RANK: Record<RefKind, number> = { name: 5, alias: 4, description: 3, body: 2, pronoun: 1 };

export async function gatherEvidence(
  store: Store,
  person: PersonRef,
  topic: TopicSpec,
  opts: GatherOptions = {},
): Promise<Evidence> {
  const maxDocs = opts.maxDocuments ?? 30;
  const stats: Record<string, number> = {};
  const t0 = Date.now();
  const lap = (name: string) => (stats[`ms_${name}`] = Date.now() - t0);
  const docScore = new Map<string, number>();
  const bump = (id: string, by: number) => docScore.set(id, (docScore.get(id) ?? 0) + by);

  // The person's own records, by indexed key.
  const keys = person.keys;
  const [mentionLists, quoteLists, statementLists, eventLists] = await Promise.all([
    Promise.all(keys.map((k) => store.actorMentions(k))),
    Promise.all(keys.map((k) => store.quotes({ speakerKey: k }))),
    Promise.all(keys.map((k) => store.statements({ speakerKey: k }))),
    Promise.all(keys.map((k) => store.events({ actorKey: k }))),
  ]);
  lap('records');
  const personDocs = new Set<string>();
  for (const m of mentionLists.flat()) {
    personDocs.add(m.document.id);
    bump(m.document.id, Math.min(5, m.record.mentions.length));
  }
  const quotes = quoteLists.flat();
  const statements = statementLists.flat();
  const events = eventLists.flat();
  for (const q of quotes) {
    personDocs.add(q.document.id);
    bump(q.document.id, 2);
  }
  for (const s of [...statements, ...events]) {
    personDocs.add(s.document.id);
    bump(s.document.id, 1);
  }
  // Name search catches documents where extraction missed the person (or there is no actor record at all).
  const nameHits = await store.search(
    [person.name, ...person.aliases.filter((a) => a.includes(' '))].map((n) => `"${n.replace(/"/g, ' ')}"`).join(' OR '),
    200,
  );
  for (const h of nameHits) {
    personDocs.add(h.document.id);
    bump(h.document.id, 1);
  }
  stats.personDocuments = personDocs.size;
  lap('nameSearch');
  // Without recorded roles, the titles the text gives the person ("French President X") stand in.
  if (!person.roles.length) person.roles = rolesFromHits(person, nameHits.map((h) => h.text));
  const r = referrer(person);

  // Bodies acting for the person (their government, the Elysée …), looked up as actors by name.
  const bodyActors = r.bodyNames.length ? await store.findActors(r.bodyNames.map((n) => n.toLowerCase())) : [];
  const bodyKeys = new Set(bodyActors.filter((a) => a.type !== 'person' && !keys.includes(a.key)).map((a) => a.key));
  const bodyEvents = (await Promise.all([...bodyKeys].map((k) => store.events({ actorKey: k })))).flat();
  events.push(...bodyEvents.filter((e) => personDocs.has(e.document.id)));

  // Topical passages anywhere (FTS); their documents rank higher when the person is in them too.
  const topicHits = await store.search(ftsQueryFor(topic), 400);
  lap('topicSearch');
  const topicByDoc = new Map<string, number>();
  for (const h of topicHits) topicByDoc.set(h.document.id, (topicByDoc.get(h.document.id) ?? 0) + 1);
  stats.topicHits = topicHits.length;
  const ranked = [...personDocs]
    .map((id) => ({ id, score: (docScore.get(id) ?? 0) * (1 + Math.min(10, topicByDoc.get(id) ?? 0)) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  // Documents holding the person's own words on the topic come first (a quote is the strongest evidence); then by score.
  const seedTerms = topicTerms(topic);
  const quoteScore = new Map<string, number>();
  for (const q of quotes) {
    const t = topicScore(q.record.text, seedTerms).score;
    quoteScore.set(q.document.id, Math.max(quoteScore.get(q.document.id) ?? 0, t));
  }
  const must = [...quoteScore]
    .filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, Math.ceil(maxDocs / 2))
    .map(([id]) => id);
  // The search's top hits are cut by rank (and ranks differ between backends): the person's likeliest documents are
  // read and scored on where they name the person near the topic, so the choice rests on the text itself.
  const shortlist = ranked.slice(0, SHORTLIST).map((d) => d.id);
  const shortDocs = await Promise.all(shortlist.map((id) => store.getDocument(id)));
  const nearTopic = new Map<string, number>();
  shortDocs.forEach((doc, i) => {
    if (doc) nearTopic.set(shortlist[i], personNearTopic(doc, r, seedTerms));
  });
  lap('shortlist');
  const reranked = [...ranked].sort(
    (a, b) => (nearTopic.get(b.id) ?? 0) - (nearTopic.get(a.id) ?? 0) || b.score - a.score || a.id.localeCompare(b.id),
  );
  const chosen = [...new Set([...must, ...reranked.map((d) => d.id)])].slice(0, maxDocs);
  // A few topical documents without the person give the topic's background (context section).
  const background = [...topicByDoc]
    .filter(([id]) => !personDocs.has(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id);

  const records = await Promise.all([...chosen, ...background].map(async (id) => ({
    id,
    doc: await store.getDocument(id),
    x: await store.getExtraction(id),
  })));
  lap('load');
  renameToCurrent(await currentNames(store, records.map((x) => x.x)), records.map((x) => x.x));
  const loaded = records.map((x) => x.doc).filter((d): d is DocumentRecord => !!d);
  const follows = followingSentences(loaded, r);
  r.gender = learnGender(follows.map((x) => x.text));
  r.namedGender = explicitGender(r.firstName, r.gender, follows.filter((x) => x.fullName).map((x) => x.text));
  stats.gender = r.gender === 'm' ? 1 : r.gender === 'f' ? 2 : 0;
  const docs: DocView[] = [];
  const byId = new Map(records.map((x) => [x.id, x]));
  for (const { id, doc, x } of records) {
    if (!doc) continue;
    if (doc.kind === 'profile') continue; // a previous profile is not evidence
    if (doc.duplicateOf && (byId.has(doc.duplicateOf) || (await store.getDocument(doc.duplicateOf)))) continue;
    docs.push(viewDocument(doc, x, r, new Set(keys)));
  }
  stats.documentsRead = docs.length;
  lap('view');

  // The topic grows with the words the corpus uses around it; then every sentence is scored (seed terms once).
  const live = docs.flatMap((d) => d.sentences.filter((s) => !s.repeat));
  for (const s of live) {
    const t = topicScore(s.text, seedTerms);
    s.topic = t.score;
    s.matched = t.matched;
  }
  topic.expansion = expandTopic(
    topic,
    live.map((s) => ({ text: s.text, topical: s.topic > 0, doc: s.doc.id })),
    [person.name, ...person.aliases],
  );
  const extra = topicTerms({ ...topic, seed: [] });
  // (The topic's own words weigh more than a word the user added, NARROWING.)
  const seedWeight = new Map(seedTerms.map((t) => [t.term, t.weight]));
  const terms = topicTerms(topic);
  for (const d of docs) {
    let topical = 0;
    const seedScore = d.sentences.map((s) => s.topic);
    for (const s of d.sentences) {
      if (s.repeat) continue;
      if (s.topic > 0) topical++;
      // Corpus terms add weight (ranking) but never make a passage topical by themselves.
      const t = topicScore(s.text, extra);
      s.topic += s.topic > 0 ? t.score : t.score / 4;
      s.matched.push(...t.matched);
    }
    d.topicality = d.sentences.length ? topical / d.sentences.length : 0;
    // A sentence on the topic only by a word the user added to it ("China" in "trade with China") is on it in a report
    // on the topic or beside a sentence with the topic's own words, not in a report on something else (Hong Kong).
    const core = d.sentences.map((s, i) => (seedScore[i] > 0 && s.matched.some((m) => (seedWeight.get(m) ?? 0) > NARROWING) ? 1 : 0));
    const coreTopicality = d.sentences.length ? core.reduce((a: number, b) => a + b, 0) / d.sentences.length : 0;
    d.sentences.forEach((s, i) => {
      // Neighbours: the sentences around it (news paragraphs are often one sentence long).
      const near = [i - 1, i + 1].filter((j) => d.sentences[j] && Math.abs(d.sentences[j].paragraph - s.paragraph) <= 1);
      s.relevance = s.topic + 0.5 * Math.max(0, ...near.map((j) => d.sentences[j].topic)) + (d.topicality >= 0.25 ? 0.3 : 0);
      s.onTopic = seedScore[i] > 0 || (Math.max(0, ...near.map((j) => seedScore[j])) > 0 && d.topicality >= 0.25);
      if (s.onTopic && seedScore[i] > 0 && !core[i] && coreTopicality < 0.25 && !near.some((j) => core[j])) s.onTopic = false;
    });
  }
  lap('score');
  // Records in one order on every backend: by document (date, id), then by position in the text.
  const sorted = docs.sort((a, b) => compareDocs(a, b));
  const rank = new Map(sorted.map((d, i) => [d.id, i]));
  const keep = <T extends Sourced<{ span: [number, number] } & Record<string, unknown>>>(xs: T[]) =>
    xs
      .filter((x) => rank.has(x.document.id))
      .sort(
        (a, b) =>
          rank.get(a.document.id)! - rank.get(b.document.id)! ||
          a.record.span[0] - b.record.span[0] ||
          a.record.span[1] - b.record.span[1] ||
          String(a.record.category ?? '').localeCompare(String(b.record.category ?? '')) ||
          String(a.record.actorKey ?? a.record.speakerKey ?? '').localeCompare(String(b.record.actorKey ?? b.record.speakerKey ?? '')),
      );
  const actorNames = new Map<string, { name: string; type: string }>();
  for (const d of docs) for (const e of d.extraction.entities) if (!actorNames.has(e.key)) actorNames.set(e.key, { name: e.name, type: e.type });
  return {
    person,
    referrer: r,
    topic,
    terms,
    seedTerms,
    docs: sorted,
    selfKeys: new Set([...keys, ...bodyKeys]),
    bodyKeys,
    quotes: keep(quotes as any) as unknown as typeof quotes,
    statements: keep(statements as any) as unknown as typeof statements,
    events: keep(events as any) as unknown as typeof events,
    actorNames,
    stats,
  };
}

/** Documents of the person read in full before the best are chosen. */
const SHORTLIST = 120;

/**
 * The corpus's current name of each actor the records name, by key: a document stored early carries the name the
 * corpus knew then ("Donald Trump"), which a later document may have outgrown ("Donald J. Trump"). Looked up by the
 * records' own names (each is a name or alias of its actor), so only these actors are read.
 */
async function currentNames(store: Store, xs: Extraction[]): Promise<Map<string, string>> {
  const local = new Set<string>();
  for (const x of xs) for (const e of x.entities) local.add(e.name.toLowerCase());
  const found = local.size ? await store.findActors([...local]) : [];
  return new Map(found.map((a) => [a.key, a.name]));
}

/** Gives every record the current name of its actor, so one actor reads the same in every section and source. */
function renameToCurrent(names: Map<string, string>, xs: Extraction[]): void {
  const current = (key: string | null | undefined, name: string | null) => (key && names.get(key)) ?? name;
  for (const x of xs) {
    for (const e of x.entities) {
      const now = names.get(e.key);
      if (!now || now === e.name) continue;
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = now;
    }
    for (const q of x.quotes) q.speaker = current(q.speakerKey, q.speaker);
    for (const st of x.statements) st.speaker = current(st.speakerKey, st.speaker);
    for (const ev of x.events) {
      ev.actor = current(ev.actorKey, ev.actor);
      ev.target = current(ev.targetKey, ev.target);
      if (ev.actingForKey) ev.actingFor = current(ev.actingForKey, ev.actingFor ?? null);
    }
  }
}

/**
 * How much a document says about the person on the topic: topical sentences that name the person count 3, topical
 * sentences next to one that names them count 1 (capped, so a long report does not win by length alone).
 */
export function personNearTopic(doc: DocumentRecord, r: Referrer, seedTerms: WeightedTerm[]): number {
  const ss = doc.sentences;
  const names = ss.map((s) => {
    r.names.lastIndex = 0;
    return r.names.test(doc.text.slice(s.span[0], s.span[1]));
  });
  let score = 0;
  ss.forEach((s, i) => {
    if (s.repeatOf !== null) return;
    if (topicScore(doc.text.slice(s.span[0], s.span[1]), seedTerms).score <= 0) return;
    score += names[i] ? 3 : names[i - 1] || names[i + 1] ? 1 : 0;
  });
  r.names.lastIndex = 0;
  return Math.min(score, 30);
}

/** Oldest first; undated documents after dated ones; then by id (the same on every backend). */
export function compareDocs(a: DocView, b: DocView): number {
  const da = a.date?.value ?? '\uffff';
  const db = b.date?.value ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.id.localeCompare(b.id);
}

function viewDocument(doc: DocumentRecord, x: Extraction, r: Referrer, personKeys: Set<string>): DocView {
  const view: DocView = {
    id: doc.id,
    record: doc,
    date: doc.published ? { value: doc.published.value, precision: doc.published.precision } : null,
    extraction: x,
    sentences: [],
    topicality: 0,
    aboutPerson: false,
  };
  // Which actors each sentence mentions, and where the person is referred to by pronoun (extraction's coreference).
  const bySentence = new Map<number, string[]>();
  const personPronouns = new Set<number>();
  const otherPeople = new Map<number, boolean>();
  // Where extraction put the name of another person of the same surname (by document offset): a bare surname there
  // is theirs. (Only another first name counts: the same person under a second key is still the person.)
  const otherNameAt = new Set<number>();
  // Other people's names of several words (by document offset): a bare surname inside one is a word of their name
  // ("Omar" in "Omar Lamrani" for a profile of Ilhan Omar).
  const otherNames: [number, number][] = [];
  for (const e of x.entities)
    for (const m of e.mentions) {
      if (m.via !== 'pronoun' && m.via !== 'description' && !personKeys.has(e.key) && sameSurnameOtherPerson(r, e)) otherNameAt.add(m.span[0]);
      if (m.via !== 'pronoun' && m.via !== 'description' && !personKeys.has(e.key) && e.type === 'person' && /\s/.test(m.text)) otherNames.push(m.span);
      const list = bySentence.get(m.sentence) ?? [];
      if (!list.includes(e.key)) list.push(e.key);
      bySentence.set(m.sentence, list);
      if (personKeys.has(e.key) && m.via === 'pronoun') personPronouns.add(m.sentence);
      if (!personKeys.has(e.key) && e.type === 'person' && m.via !== 'pronoun') otherPeople.set(m.sentence, true);
    }
  let lastPerson: 'self' | 'other' | null = null;
  let lastPara = -1;
  let selfWasSubject = false;
  let subjectPronounGender: 'm' | 'f' | null = null;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.span[0], s.span[1]);
    const paragraphGap = s.paragraph - lastPara;
    if (s.paragraph !== lastPara && lastPara >= 0 && lastPerson === 'other') lastPerson = null;
    lastPara = s.paragraph;
    let refs = othersSurnamesDropped(r, text, s.span[0], directRefs(r, text), otherNameAt, otherNames);
    const actors = bySentence.get(s.index) ?? [];
    // A pronoun refers to the person when extraction says so, or when the person is the last one named before it.
    const pronounIsSelf =
      personPronouns.has(s.index) || (!refs.length && lastPerson === 'self' && !otherPeople.get(s.index) && !opensOnOtherName(text, r));
    if (pronounIsSelf && hasPronoun(text, r.gender ?? r.namedGender ?? null)) refs = [...refs, ...pronounRefs(r, text)].sort((a, b) => a.start - b.start);
    else if (!refs.length && selfWasSubject && paragraphGap <= 1) {
      // "Lund is panning the plan. He compares it to Berg's tax …": a sentence opening on "he"/"she" goes on about
      // the subject of the sentence before, whoever else it names later on. Only that opening pronoun is theirs.
      // (After "She …" about the person, a "He" is someone else even while the person's gender is unknown.)
      const opening = openingPronoun(text, r.gender ?? r.namedGender ?? subjectPronounGender);
      if (opening) refs = [opening];
    }
    // Only a subject the sentence names counts: a pronoun subject already rests on a guess, and chains of guesses
    // drift to someone else ("He declared … He noted he also captured Iowa").
    const subject = refs[0] && refs[0].kind !== 'body' && !refs[0].possessive && subjectLead(text.slice(0, refs[0].start)) ? refs[0] : null;
    selfWasSubject = !!subject && subject.kind !== 'pronoun';
    subjectPronounGender = subject?.kind === 'pronoun' ? genderOf(text.slice(subject.start, subject.end)) : null;
    if (refs.some((a) => a.kind === 'name' || a.kind === 'description')) lastPerson = 'self';
    else if (otherPeople.get(s.index) || namesAnotherPerson(text, r)) lastPerson = 'other';
    const ref = refs.length ? refs.map((a) => a.kind).sort((a, b) => REF_RANK[b] - REF_RANK[a])[0] : null;
    if (ref === 'name' || ref === 'description') view.aboutPerson = true;
    view.sentences.push({
      doc: view,
      index: s.index,
      paragraph: s.paragraph,
      span: s.span,
      text,
      topic: 0,
      relevance: 0,
      onTopic: false,
      matched: [],
      ref,
      refs,
      actors,
      repeat: s.repeatOf !== null,
    });
  }
  return view;
}

/** Another person of the person's surname: "Hillary Clinton" beside Bill Clinton; not "Bill J. Clinton" (him again). */
export function sameSurnameOtherPerson(r: Referrer, e: { type: string; name: string }): boolean {
  if (e.type !== 'person' || !r.firstName) return false;
  const parts = e.name.split(/\s+/);
  return parts.length > 1 && parts[parts.length - 1].toLowerCase() === r.surname.toLowerCase() && parts[0].toLowerCase() !== r.firstName.toLowerCase();
}

/**
 * The references left once bare surnames that extraction gave to someone else of that name are taken out: "which
 * Clinton also supports" in a story about Hillary Clinton is not Bill Clinton. (Extraction links a bare surname to the
 * full name the document used before it; the profile's own match knows only the surname.)
 */
export function othersSurnamesDropped(
  r: Referrer,
  text: string,
  sentenceStart: number,
  refs: SentenceRef['at'],
  otherNameAt: ReadonlySet<number>,
  otherNames: readonly (readonly [number, number])[] = [],
): SentenceRef['at'] {
  if (!otherNameAt.size && !otherNames.length) return refs;
  const surname = r.surname.toLowerCase();
  const insideOther = (start: number, end: number) => otherNames.some(([s, e]) => s <= start && end <= e && e - s > end - start);
  return refs.filter(
    (a) =>
      !(
        a.kind === 'name' &&
        text.slice(a.start, a.end).toLowerCase() === surname &&
        (otherNameAt.has(sentenceStart + a.start) || insideOther(sentenceStart + a.start, sentenceStart + a.end))
      ),
  );
}

/**
 * Words before a subject: none, or a title and capitalised words ("Former Florida Gov. Lund …", "But Lund …"); not
 * an opening quotation mark (the subject of quoted words is the speaker's to say).
 */
const SUBJECT_LEAD = /^[\s([—–-]*(?:(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Nn]ow|[Tt]hen|[Mm]eanwhile|[Ff]ormer|[Tt]he|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;
export const subjectLead = (lead: string) => SUBJECT_LEAD.test(lead) && !/[,;:]/.test(lead);

/** The subject pronoun a sentence opens with ("He’s comparing …", "She also said …"), of the person's gender if known. */
export function openingPronoun(text: string, gender: 'm' | 'f' | null): SentenceRef['at'][number] | null {
  // Not inside an opening quotation: there "he" is whom the speaker means (“He didn’t pay,” Lund said of Berg).
  const m = text.match(/^([\s([—–-]*)(he|she)(?=['’]|\s)/i);
  if (!m) return null;
  if (gender && genderOf(m[2]) !== gender) return null;
  const start = m[1].length;
  return { start, end: start + m[2].length, possessive: false, kind: 'pronoun' };
}

/**
 * The sentence opens on someone else's full name as its subject ("Jeb Berg was recasting a speech to expand on his
 * argument"): its he/his are that person's, even when extraction recorded no actor there.
 */
export function opensOnOtherName(text: string, r: Referrer): boolean {
  const m = text.match(/^\W*((?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z'’]+)\s+(?:was|is|has|had|said|says|will|would|did|does|also|then|told|added|wants|wanted)\b/);
  if (!m) return false;
  r.names.lastIndex = 0;
  return !r.names.test(m[1]) && !/^(?:The|This|That|These|Those|Last|Next|On|In|At|After|Before|When|While|But|And)\b/.test(m[1]);
}

/** Without actor records, a capitalised two-word name other than the person's suggests someone else is the subject. */
function namesAnotherPerson(text: string, r: Referrer): boolean {
  const m = text.match(/\b(?:[A-Z][a-z]+)\s+(?:[A-Z][a-z]+)\b(?=\s+(?:said|told|says|added|explained|noted|argued|stressed|warned))/);
  if (!m) return false;
  r.names.lastIndex = 0;
  return !r.names.test(m[0]);
}

/** Titles written next to the person's full name in passages that name them. */
function rolesFromHits(person: PersonRef, texts: string[]): string[] {
  const out = new Set<string>();
  const re = new RegExp(escapeRegExp(person.name), 'g');
  for (const t of texts) for (const m of t.matchAll(re)) for (const role of rolesInSentence(t, m.index!, m.index! + m[0].length)) out.add(role);
  return [...out].sort();
}

/** Sentences that follow, in the same paragraph, a sentence naming the person (where "he"/"she" most often means them). */
/** The sentences right after one naming the person (same or next paragraph); `fullName` when it wrote their first name too. */
function followingSentences(docs: DocumentRecord[], r: Referrer): { text: string; fullName: boolean }[] {
  const out: { text: string; fullName: boolean }[] = [];
  const first = r.firstName ? new RegExp(`(?<![\\p{L}])${escapeRegExp(r.firstName)}(?![\\p{L}])`, 'u') : null;
  for (const d of docs) {
    const ss = d.sentences;
    for (let i = 0; i + 1 < ss.length; i++) {
      if (ss[i + 1].paragraph !== ss[i].paragraph && ss[i + 1].paragraph !== ss[i].paragraph + 1) continue;
      const named = d.text.slice(ss[i].span[0], ss[i].span[1]);
      r.names.lastIndex = 0;
      if (!r.names.test(named)) continue;
      out.push({ text: d.text.slice(ss[i + 1].span[0], ss[i + 1].span[1]), fullName: !!first && first.test(named) });
    }
  }
  return out;
}
