// Who is speaking at a cue: the actor named right before the cue verb ("Smith said"), right after it
// ("said Smith"), or a pronoun resolved to the nearest compatible person named as a subject earlier.
import type { SentenceRecord, Span } from '../../model/index.js';
import { type ActorIndex, type ActorMention, type Gender, addAdHocActor, labelsAThing, roleQualifierAfter } from '../actors/index.js';
import { SPEECH_VERBS, firstNameGender, fullNameFirstGender, isCommonWord, isFunctionWord, isPlaceName, lexiconTag } from '../actors/lexicon.js';
import { type Description, descriptionEnding, isAgeNoun, descriptionStarting, holdsRole, isGenericPerson, isPersonRole, isPersonRoleOrPlural, namesGroup, residentPlaces, SIDE_GROUPS } from './roles.js';
import { partitionPoint } from '../search.js';
import { escapeRegExp } from '../../text/regexp.js';
import { wordCount } from './scan.js';
import { AD_NOUNS, AD_VOICES, BODY_DOCUMENTS, CLAUSE_CONJUNCTIONS, OWN_DOCUMENT_MODIFIERS, SENT_DOCUMENTS, SPEAKING_DOCUMENTS } from './words.js';

export interface SpeakerContext {
  text: string;
  index: ActorIndex;
  sentences: SentenceRecord[];
  /** [open, close) of every quoted segment: names inside quotes never speak. */
  quoted: Span[];
  /** Resolutions already made in this document (pronouns, descriptions, sentence candidates), by position. */
  memo?: Map<string, unknown>;
}

export interface SpeakerHit {
  actor: number | null;
  span: Span;
  via: ActorMention['via'];
  /** Gender an unresolved description implies ("a spokeswoman"). */
  gender?: Gender;
  /** Role noun of an unresolved description. */
  head?: string;
}

/**
 * The text as the speaker rules read it: the comma of a company's legal suffix after its name ("Dräger, Inc.,",
 * "Fennick Labs, Ltd.,") becomes a space, so that "Steve Menet, SVP of Sales for Dräger, Inc., says" keeps one
 * appositive between its commas. Same length as the text, so every offset stays valid.
 */
export function speakerText(text: string): string {
  // (The comma is found first and the letter before it checked after: a look-behind opening the pattern was tried
  // at every position of the text, a quarter of all extraction time.)
  return text.replace(LEGAL_SUFFIX_COMMA, (comma, at: number) => (nameEndsAt(text, at) ? ' ' : comma));
}
/** A name's last word ends right before `at`: a run of letters and . & ' ’ - holding a letter. */
function nameEndsAt(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && NAME_CHAR.test(text[k]); k--) if (LETTER.test(text[k])) return true;
  return false;
}
const NAME_CHAR = /[\p{L}.&'’\-]/u;
const LETTER = /\p{L}/u;
const LEGAL_SUFFIX_COMMA = /,(?=\s*(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|Plc|L\.P|N\.A|S\.A|AG|GmbH|N\.V|B\.V)\b\.?\s*[,)])/g;

const PRONOUN = /^(he|she|they|He|She|They)$/;
/** Words that may stand between a subject and its speech verb: "Smith also said", "Cruz (R-Texas) told". */
const SKIPPABLE =
  /^\s*(?:(?:\([^()“”"]{0,60}\)|[a-z]{2,}ed\s+and|,\s*[^,“”"«»;]{1,110}?,|also|later|then|again|recently|previously|once|further|has|had|have|would|will|was|is|repeatedly|often|earlier|just|simply|quickly|finally|publicly|privately|flatly|reportedly|afterward|afterwards|subsequently|separately|similarly|[a-z]{3,}ly|herself|himself|themselves|last\s+\w+|on\s+\w+day|\w+day|(?:is|was|were)\s+quoted\s+as|(?:went|goes|go|going)\s+on\s+to|during\s+(?:a|an|the|his|her|their)\s+\w+(?:\s+\w+)?|on\s+Twitter|in\s+a\s+\w+(?:\s+\w+)?|who\s+\w+\s+\w+|,?\s*who)\s*)*$/;
/** From a name to a later owner, an appositive opened by another owner: ", Teresa’s husband and ", ", her deputy and ". */
const OWNER_APPOSITIVE = /^\s*,\s*(?:\p{Lu}[\p{L}.\-]*['’]s?|his|her|their)\s+[\p{Ll}\s-]{2,40}\s(?:and|&)\s+$/u;
/** The nearest earlier name that owns no one, when `m` (a possessive) sits in its appositive after another owner. */
function ownerInAppositive(ctx: SpeakerContext, earlier: ActorMention[], m: ActorMention, between: string): boolean {
  const head = earlier.findLast((x) => !x.possessive);
  return !!head && ctx.index.actors[head.actor].type === 'person' && OWNER_APPOSITIVE.test(ctx.text.slice(head.span[1], m.span[0])) && /,\s*$/.test(between);
}
/** From a name to the owner opening its appositive: a comma, perhaps a title or two ("Mrs. ", "Vice President "). */
const TITLED_OWNER_OPENING = /^\s*,\s*(?:\p{Lu}\p{Ll}*\.?\s+){0,2}$/u;
/** Only a comma (after a party label, perhaps) between a subject and its verb: "Holt (D-Ore.), said". */
const STRAY_COMMA = /^\s*(?:\([^()“”"]{1,20}\)\s*)?,\s*$/;
/** A verb with its subject after it ("And Trump, said Moss, never forgets"): then the name before is no subject. */
const INVERTED_AFTER = /^\p{L}+\s+(?!\p{Lu}\p{Ll}+day\b)\p{Lu}/u;
/** Text before a name that leaves the name opening its clause: nothing, or a comma, then perhaps titles ("Gov. ", "Lt. Gen. "). */
const opensClause = (before: string): boolean => /(?:^|,)\s*(?:\p{Lu}\p{L}{0,9}\.?\s+){0,3}$/u.test(before);
/** A lower-case role noun and "for", "to" or "of" right before a name: "spokesman for ", "aide to the ". */
const ROLE_FOR_BEFORE = /\b(\p{L}\p{Ll}{2,})\s+(?:for|to|of)\s+(?:the\s+)?(?:(?:former|presumptive|then|fellow)\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;
/** The participle of whoever got hold of a document, right before a name: "obtained by ", "reviewed by the ". */
const OBTAINED_BY = /\b(?:obtained|seen|reviewed|viewed|acquired)\s+by\s+(?:the\s+)?$/i;
/** A document and the participle of whoever put it out, right before a name: "an email sent out by ". */
const DOCUMENT_BY = new RegExp(String.raw`\b(?:${SENT_DOCUMENTS})s?\s+(?:(?:sent|issued|released|posted|written|signed|put|published|circulated|paid\s+for)\s+(?:out\s+)?)by\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$`, 'u');
/** A longer appositive after a name that opens its clause: "Harry Bond, 30, of Raleigh, N.C., who was polled, said". */
const LONG_APPOSITIVE = /^,[^“”"«»;!?]{1,160},\s*$/;

/** Between a name and a cue, a clause with a subject pronoun of its own opened by a conjunction (", though at a
 * briefing he used sharper words, saying"): the name belongs to the earlier clause and is not the cue's subject. */
const OWN_CLAUSE_CHUNK = new RegExp(String.raw`^\s*,\s*(?:${CLAUSE_CONJUNCTIONS})\s[^,;“”"«»]*\b(?:he|she|they|we)\s+\p{Ll}`, 'u');
/** "…, the crowd cheered when she told": a pronoun right before the cue, after a conjunction, is the cue's subject. */
const PRONOUN_SUBJECT_BEFORE_CUE = new RegExp(String.raw`\b(?:${CLAUSE_CONJUNCTIONS})\s+(?:he|she|they|we)\s*$`);

/** Verbs a question's "who" follows ("asked who", "no matter who"). */
const QUESTION_VERB = /^(?:ask|asks|asked|asking|know|knows|knew|wonder|wonders|wondered|decide|decides|decided|tell|told|see|saw|matter|matters|question|questions|questioned|about|over)$/i;
/** A relative clause still open before a mention, and the word it is opened on: "farmers who know ". */
const RELATIVE_OPEN = /(\p{L}[\p{L}-]*)\s+(?:who|whom)\s+[^,;:“”"«»()]*$/u;

/**
 * Whether a mention sits in a relative clause on a common noun ("voters who listened to Mr. Clinton", "Farmers who
 * know Dorsey"): the noun is lower-case, or opens the sentence, and is no name.
 */
function insideRelativeOnNoun(ctx: SpeakerContext, lo: number, m: ActorMention): boolean {
  const from = Math.max(lo, m.span[0] - 100);
  const r = RELATIVE_OPEN.exec(ctx.text.slice(from, m.span[0]));
  if (!r) return false;
  const at = from + r.index;
  // ("the debate grew heated over who supported which bill", "asked who …": a question's who, on no noun.)
  if (isFunctionWord(r[1].toLowerCase()) || QUESTION_VERB.test(r[1])) return false;
  if (ctx.index.mentions.some((x) => x.span[0] <= at && at < x.span[1])) return false;
  return /^\p{Ll}/u.test(r[1]) || !/\S/.test(ctx.text.slice(lo, at).replace(/[“”"«»]/g, ''));
}

export const insideQuote = (ctx: SpeakerContext, span: Span) => ctx.quoted.some(([a, b]) => span[0] >= a && span[1] <= b);

const SPEAKING_TYPES = new Set(['person', 'organisation', 'agency', 'company', 'media', 'state', 'group', 'threat-actor']);

export function mentionsBetween(ctx: SpeakerContext, lo: number, hi: number): ActorMention[] {
  const ms = ctx.index.mentions;
  const a = partitionPoint(ms.length, (i) => ms[i].span[0] < lo);
  const out: ActorMention[] = [];
  for (let i = a; i < ms.length && ms[i].span[0] < hi; i++) {
    if (ms[i].span[1] <= hi && !insideQuote(ctx, ms[i].span)) out.push(ms[i]);
  }
  return out;
}

const toHit = (ctx: SpeakerContext, m: ActorMention): SpeakerHit | null =>
  SPEAKING_TYPES.has(ctx.index.actors[m.actor].type) ? { actor: m.actor, span: m.span, via: m.via } : null;

const DOCUMENT_ISSUER_TYPES = new Set(['organisation', 'agency', 'company', 'media', 'group']);
/** Between a body's name and its cue: one of its documents ("… report ", "… internal memo also "). */
const OWN_DOCUMENT_THEN_CUE = new RegExp(String.raw`^\s+(?:(?:${OWN_DOCUMENT_MODIFIERS})\s+)?(?:${BODY_DOCUMENTS})\s+(?:also\s+|later\s+)?$`);

/** The subject of a verb at `pos`, looking left no further than `lo`. */
const OBJECT_BEFORE = /\b(?:to|for|at|into|against|on|in|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}$/u;

/** Text after a possessive: a person noun ("right-hand woman", "campaign manager") then the rest of the clause. */
function possessedPersonThenVerb(between: string): boolean {
  const m = /^['’]?s?\s+([^,;:“”"«»()]*)/u.exec(between);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < 3 && k < words.length - 1; k++) {
    if (!/^[\p{Ll}\-]+$/u.test(words[k])) return false;
    if ((isPersonRole(words[k]) || isGenericPerson(words[k])) && /^\p{Ll}/u.test(words[k + 1])) return true;
  }
  return false;
}

const PLACE_TYPES = new Set(['state', 'place']);
/** A lower-case noun then a preposition, right before a name: "ambassador to ", "envoy for the ". */
const ROLE_THEN_PREPOSITION = /\b\p{Ll}{3,}\s+(?:to|for|of|at|from|in)\s+(?:the\s+(?:\p{Ll}{3,}\s+)?)?$/u;

/** From a speech verb to the subject of its reported clause: "said that after legal review ", "told reporters ". */
const REPORTED_CLAUSE_OPENING = /^\s+(?:that\s+)?(?:[^,;:“”"«».!?]{0,40},?\s+)?$/u;

export function subjectBefore(ctx: SpeakerContext, pos: number, lo: number): SpeakerHit | null {
  const { text } = ctx;
  // "in a statement to Wired explaining …": a name after "to", "for", "at" …, before a participle (not "footage of Trump saying"), is no subject.
  if (/^\p{L}+ing\b/u.test(text.slice(pos, pos + 20)) && OBJECT_BEFORE.test(text.slice(Math.max(lo, pos - 80), pos))) return null;
  const ms = mentionsBetween(ctx, lo, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const between = text.slice(m.span[1], pos);
    if (between.length > 160) break;
    // "A State Department report said", "a 2014 House committee review found": a body's own document speaks for it.
    // (Not a country's: "the Russia report" is about Russia.)
    if (DOCUMENT_ISSUER_TYPES.has(ctx.index.actors[m.actor].type) && !m.possessive && OWN_DOCUMENT_THEN_CUE.test(between) && /\b(?:[Aa]n?|[Tt]he|[Ii]ts|\d{4})\s+$/.test(text.slice(Math.max(lo, m.span[0] - 12), m.span[0]))) return toHit(ctx, m);
    // "In his initial Instagram announcement, …": a body's name labelling a thing is not the clause's subject.
    if (ctx.index.actors[m.actor].type !== 'person' && labelsAThing(text, m.span)) continue;
    if (m.possessive) {
      if (/^['’]?s?\s*$/.test(between)) return null;
      // "Ryan's office said in a statement": an official's office gives the official's own position.
      if (OFFICE_OF.test(between) && ctx.index.actors[m.actor].type === 'person') return toHit(ctx, m);
      // "Clinton's economic plan promises", "Holt's proposal says": a plan speaks for whoever put it forward.
      if (OWN_PLAN_OF.test(between) && PLAN_OWNER_TYPES.has(ctx.index.actors[m.actor].type)) return toHit(ctx, m);
      // "Dan Reyes, Holt's deputy political director, said", "Ann Lee, who was Holt's chief strategist, said": the
      // owner sits in an earlier name's appositive, and that name is the subject.
      // (…also after another owner in that appositive: "Patrick Hayden, Teresa’s husband and Tor’s editor in chief, said".)
      // (…and an owner with a title: "Ann Lee, Mrs. Holt's chief of staff, said", "…, President Holt's former aide, …".)
      if (i > 0 && ctx.index.actors[ms[i - 1].actor].type === 'person' && ((TITLED_OWNER_OPENING.test(text.slice(ms[i - 1].span[1], m.span[0])) && /,\s*$/.test(between)) || insideAppositive(text, lo, m) || ownerInAppositive(ctx, ms.slice(0, i), m, between))) continue;
      // "Clinton's right-hand woman rallied supporters, saying": someone of theirs, unnamed; no earlier name.
      if (possessedPersonThenVerb(between)) return { actor: null, span: [m.span[0], pos], via: 'description' };
      continue;
    }
    // "A letter from the league obtained by The Associated Press warns": whoever got hold of a document is not its voice.
    if (OBTAINED_BY.test(text.slice(Math.max(lo, m.span[0] - 30), m.span[0]))) continue;
    // "a fundraising email sent out by Holt on Tuesday warned": the sender of the document speaks through it.
    if (DOCUMENT_BY.test(text.slice(Math.max(lo, m.span[0] - 60), m.span[0])) && /^[^,;:“”"«».!?]{0,30}$/.test(between) && wordCount(between) <= 4) return toHit(ctx, m);
    // "China's ambassador to Britain accused": a country or place after a noun and its preposition only
    // qualifies that noun, which (or whoever owns it) is the subject.
    if (PLACE_TYPES.has(ctx.index.actors[m.actor].type) && ROLE_THEN_PREPOSITION.test(text.slice(Math.max(lo, m.span[0] - 40), m.span[0])) && SKIPPABLE.test(between)) continue;
    // Nearer names may sit inside an appositive ("Kander, who is running against Roy Blunt, said").
    if (SKIPPABLE.test(between)) {
      // "Farmers who know Dorsey said", "some voters who listened to Mr. Clinton said": a name inside a relative
      // clause on a common noun; that noun, unnamed, is the subject.
      if (!between.includes(',') && insideRelativeOnNoun(ctx, lo, m)) {
        return { actor: null, span: [m.span[0], pos], via: 'description' };
      }
      if (between.includes(',') && OWN_CLAUSE_CHUNK.test(between)) continue;
      // "a spokesman for Clinton said", "one of the prosecutors for Petraeus said": the unnamed role holder speaks,
      // unless the role is an earlier name's appositive ("Jo Ames, lawyer for Clinton said").
      const role = ROLE_FOR_BEFORE.exec(text.slice(Math.max(lo, m.span[0] - 40), m.span[0]));
      // (A spokesperson for a body gives the body's own words, and stays the body's.)
      const spokes = /^spokes|^representative/.test(role?.[1] ?? '') && ctx.index.actors[m.actor].type !== 'person';
      // (A capitalised role is a title, "Secretary of State Mike Pompeo"; only a group word may open the sentence.)
      const side = SIDE_GROUPS.has(role?.[1].toLowerCase() ?? '');
      if (role && !spokes && wordCount(between) <= 3 && (side || (/^\p{Ll}/u.test(role[1]) && isPersonRoleOrPlural(role[1])))) {
        if (i > 0 && !ms[i - 1].possessive && /^\s*,[^,;:“”"«»]*$/.test(text.slice(ms[i - 1].span[1], m.span[0] - role[0].length + role[1].length)) && ctx.index.actors[ms[i - 1].actor].type === 'person') return toHit(ctx, ms[i - 1]);
        return { actor: null, span: [m.span[0] - role[0].length, m.span[1]], via: 'description' };
      }
      // "Maria Lund, president of Field & Stream, a Boston agency, said": a name inside an earlier name's
      // appositive is not the subject.
      if (i > 0 && insideRoleAppositive(text, lo, m)) continue;
      // "Sen. Marco Rubio of Florida, who mused": the place qualifies the person before it.
      const owner = i > 0 ? ms[i - 1] : null;
      if (owner && !owner.possessive && ctx.index.actors[owner.actor].type === 'person' && /^\s+(?:of|from)\s+(?:the\s+)?$/.test(text.slice(owner.span[1], m.span[0]))) {
        return toHit(ctx, owner);
      }
      // "Pompeo said that after legal review Washington had concluded …": a capital or country standing for its
      // government inside a person's reported speech; the person who reports it speaks.
      if (ctx.index.actors[m.actor].type === 'state') {
        const from = Math.max(lo, m.span[0] - 60);
        for (const w of text.slice(from, m.span[0]).matchAll(/\p{L}+/gu)) {
          if (!SPEECH_VERBS.has(w[0]) || !REPORTED_CLAUSE_OPENING.test(text.slice(from + w.index! + w[0].length, m.span[0]))) continue;
          const reporter = subjectBefore(ctx, from + w.index!, lo);
          if (reporter?.actor != null && ctx.index.actors[reporter.actor].type === 'person') return reporter;
          break;
        }
      }
      return toHit(ctx, m);
    }
    // A name that ends a person's appositive names its noun: "Gia Vian, the editor of the city's daily, Il Corriere,
    // said" — the person speaks.
    if (/^\s*,\s*$/.test(between) && namesAppositiveNoun(ctx, ms.slice(0, i), m)) continue;
    // A name set off by commas right before the verb: "Sanders's campaign manager, Jeff Weaver, said".
    if (/^\s*,\s*$/.test(between) && /,\s*$/.test(text.slice(Math.max(lo, m.span[0] - 3), m.span[0]))) return toHit(ctx, m);
    // A stray comma between a person opening the clause and the verb: "After the vote, Gov. Ann Holt (D-Ore.), said".
    if (STRAY_COMMA.test(between) && i === ms.length - 1 && ctx.index.actors[m.actor].type === 'person' && opensClause(text.slice(lo, m.span[0])) && !INVERTED_AFTER.test(text.slice(pos, pos + 40))) return toHit(ctx, m);
    if (LONG_APPOSITIVE.test(between) && !/\S/.test(text.slice(lo, m.span[0]).replace(/[“”"«»,.]/g, ''))) return toHit(ctx, m);
    // An appositive the writer did not close before the cue: "Nate Silver, the polling guru who founded the site tweeted".
    // (Not past a clause with its own pronoun subject: "In Norman, the crowd cheered when she told".)
    // (Nor a name that is a preposition's object in an opening phrase: "In an interview with Fox News, a veteran
    // diplomat said".)
    if (/^,\s*(?:the|a|an)\s[^,“”"«»;()]{1,100}$/.test(between) && i === ms.length - 1 && !PRONOUN_SUBJECT_BEFORE_CUE.test(between) && !isObject(text, m, lo)) return toHit(ctx, m);
  }
  // "His office put out a statement saying …": the official the pronoun refers to.
  const office = /\b(?:His|his|Her|her)(?=\s+(?:press\s+)?office\s)/.exec(text.slice(Math.max(lo, pos - 80), pos));
  if (office && OFFICE_OF.test(text.slice(Math.max(lo, pos - 80) + office.index + office[0].length, pos))) {
    const at = Math.max(lo, pos - 80) + office.index;
    const hit = resolvePronoun(ctx, office[0].toLowerCase() === 'his' ? 'he' : 'she', at);
    const owner = officeOwnerNear(ctx, at, office[0].toLowerCase() === 'his' ? 'm' : 'f', hit?.actor ?? null);
    return { ...hit!, actor: owner ?? hit!.actor, span: [at, at + office[0].length] };
  }
  // "Her economic plan promises …": the one the pronoun refers to put the plan forward.
  const ownPlan = OWN_PLAN_BEFORE.exec(text.slice(Math.max(lo, pos - 60), pos));
  if (ownPlan && !/\p{L}/u.test(text.slice(lo, pos - ownPlan[0].length).replace(/^.*[,;:]/su, '').replace(/\b(?:[Bb]ut|[Aa]nd|[Ss]o|[Ss]till|[Mm]eanwhile|[Ll]ater|[Tt]hen)\b/g, ''))) {
    const at = pos - ownPlan[0].length;
    const hit = resolvePronoun(ctx, ownPlan[1].toLowerCase() === 'his' ? 'he' : 'she', at);
    if (hit?.actor != null) return { ...hit, span: [at, at + ownPlan[1].length] };
  }
  // "His campaign said", "her re-election campaign has argued": the candidate the pronoun refers to (a campaign's
  // words are given to its candidate, as an office's are to the official). Not "his campaign spokesman said".
  const ownCampaign = OWN_CAMPAIGN_BEFORE.exec(text.slice(Math.max(lo, pos - 60), pos));
  if (ownCampaign && !/\p{L}/u.test(text.slice(lo, pos - ownCampaign[0].length).replace(/^.*[,;:]/su, '').replace(/\b(?:[Bb]ut|[Aa]nd|[Ss]o|[Ss]till|[Mm]eanwhile|[Ll]ater|[Tt]hen)\b/g, '')) && !ownCampaign[2].split(/\s+/).some((w) => w && isPersonRoleOrPlural(w))) {
    const at = pos - ownCampaign[0].length;
    const hit = resolvePronoun(ctx, ownCampaign[1].toLowerCase() === 'his' ? 'he' : 'she', at);
    if (hit?.actor != null) return { ...hit, span: [at, at + ownCampaign[0].trimEnd().length] };
  }
  // (Or past an aside in commas: "and he, once again, pledged".)
  const pm = /\b(he|she|they|it|He|She|They|It)((?:\s+\S+){0,3}?|\s*,[^,;:“”"«»]{1,40},)\s*$/.exec(text.slice(lo, pos));
  if (pm && SKIPPABLE.test(pm[2])) {
    const at = lo + pm.index;
    // "Lapp … said she thinks “…”": the pronoun is the subject of the outer speech verb, whose subject speaks.
    const outer = /\b(\p{L}+)\s+(?:that\s+)?$/u.exec(text.slice(lo, at));
    if (outer && SPEECH_VERBS.has(outer[1])) {
      const hit = subjectBefore(ctx, lo + outer.index, lo);
      if (hit?.actor != null) return hit;
    }
    const hit = resolvePronoun(ctx, pm[1].toLowerCase(), at);
    // "“…,” he told Hannity": the one spoken to is not the one speaking; the next likeliest person is.
    const p = pm[1].toLowerCase();
    const told = hit?.actor != null && (p === 'he' || p === 'she') ? addresseeAfter(ctx, pos) : null;
    if (told !== null && told === hit!.actor) return { ...hit!, actor: antecedent(ctx, at, p === 'he' ? 'm' : 'f', (a) => a !== told) };
    return hit;
  }
  // A description: "the Vermont senator said" refers back to someone; "a senior official said" names no one.
  if (/\b\d[\d.,]*\s*(?:percent|per cent|%)\s*$/.test(text.slice(lo, pos))) return { actor: null, span: [pos, pos], via: 'description' };
  const board = EDITORIAL_BOARD.exec(text.slice(Math.max(lo, pos - 60), pos));
  if (board) return editorialVoice(ctx, pos - board[0].length + board[0].search(/[Tt]he\s/), pos);
  const doc = DOCUMENT_BEFORE.exec(text.slice(Math.max(lo, pos - 60), pos));
  if (doc) return documentIssuer(ctx, doc[1].toLowerCase(), pos - doc[0].length);
  const voice = AD_VOICE_BEFORE.exec(text.slice(Math.max(lo, pos - 60), pos));
  // (Only a maker named before the ad: "she released a web ad …, followed by a clip of McCain saying" is not McCain's.)
  if (voice) return documentIssuer(ctx, `(?:${AD_NOUNS})`, pos - voice[0].length, false);
  // "the Trump campaign said", "Rubio's campaign said": the campaign speaks as an organisation of its own.
  const camp = CAMPAIGN_BEFORE.exec(text.slice(Math.max(lo, pos - 80), pos));
  if (camp) {
    const start = pos - camp[0].length + camp[0].indexOf(camp[1]);
    return adHoc(ctx, start, start + camp[1].length);
  }
  const resident = RESIDENT_BEFORE.exec(text.slice(Math.max(lo, pos - 60), pos));
  if (resident && residentPlaces(resident[1])) return resolveResident(ctx, resident[1], pos - resident[0].length + resident[0].search(/[Tt]he\s/), pos);
  const desc = descriptionBeforeCue(ctx, lo, pos);
  if (desc) return resolveDescription(ctx, desc, pos);
  // A capitalised name the actor pass did not type ("Judicial Watch said", "Spencer, 54, of Ohio, said").
  const nm = NAME_BEFORE.exec(text.slice(Math.max(lo, pos - 80), pos));
  if (nm && !STOP_NAME.test(nm[1]) && !OBTAINED_BY.test(text.slice(Math.max(lo, pos - nm[0].length - 30), pos - nm[0].length))) {
    const start = pos - nm[0].length;
    return adHoc(ctx, start, start + nm[1].length);
  }
  const clause = text.slice(lo, pos);
  const ap = CLAUSE_NAME.exec(clause);
  if (ap && !STOP_NAME.test(ap[1]) && (SKIPPABLE.test(ap[2]) || LONG_APPOSITIVE.test(ap[2]))) {
    const start = lo + ap.index + ap[0].indexOf(ap[1]);
    return adHoc(ctx, start, start + ap[1].length);
  }
  return null;
}

/**
 * "…, in Sen. David Vitter’s (R-La.) case, terrorist threats. His office said": an official named just before only
 * as an owner (possessive), in this sentence or the one before, owns the office, when the pronoun's usual referent
 * (a subject further back) is not named there at all.
 */
function officeOwnerNear(ctx: SpeakerContext, at: number, want: Gender, resolved: number | null): number | null {
  const s = ctx.index.sentenceOf(at);
  const from = ctx.sentences[Math.max(0, s - 1)]?.span[0] ?? at;
  const ms = mentionsBetween(ctx, from, at);
  const owners = ms.filter((m) => m.possessive && compatible(ctx, m.actor, want));
  if (!owners.length) return null;
  const owner = owners[owners.length - 1].actor;
  if (owner === resolved || (resolved !== null && ms.some((m) => m.actor === resolved && !m.possessive))) return null;
  return owner;
}

/** A plan someone puts forward, which speaks for them: "plan", "proposal", "platform" (data: none; a short closed list). */
const PLAN_NOUNS = '(?:plan|proposal|platform|agenda|blueprint|manifesto|budget|website)';
/** After an owner's name: "'s economic plan ", "'s proposal also ". */
const OWN_PLAN_OF = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${PLAN_NOUNS}\s+(?:also\s+|further\s+)?$`, 'u');
/** "Her economic plan ", "his tax proposal also ", opening the clause (checked by the caller). */
const OWN_PLAN_BEFORE = new RegExp(String.raw`\b(His|his|Her|her)\s+(?:[\p{Ll}\-]+\s+){0,2}${PLAN_NOUNS}\s+(?:also\s+|further\s+)?$`, 'u');
const PLAN_OWNER_TYPES = new Set(['person', 'organisation', 'agency', 'company', 'group']);

/** After an owner ("Ryan's", "his"): their office, then at most a few lower-case words before the cue ("office put out a statement"). */
const OFFICE_OF = /^(?:['’]s?)?\s+(?:press\s+)?office\s+(?:\p{Ll}+\s+){0,5}$/u;

/** "the editorial board writes", "the paper's editorial board wrote": the newspaper speaks. */
const EDITORIAL_BOARD = /(?:^|[\s,(“”"])[Tt]he\s+(?:(?:paper|newspaper|magazine)['’]s\s+)?editorial\s+board\s+(?:also\s+|recently\s+|later\s+|then\s+)?$/;

/** The outlet an editorial board speaks for: the last news outlet named before it (within eight sentences). */
function editorialVoice(ctx: SpeakerContext, start: number, end: number): SpeakerHit {
  const sentence = ctx.index.sentenceOf(start);
  const from = ctx.sentences[Math.max(0, sentence - MAX_SENTENCES_BACK)]?.span[0] ?? 0;
  const outlet = mentionsBetween(ctx, from, start).filter((m) => ctx.index.actors[m.actor].type === 'media').pop();
  return { actor: outlet?.actor ?? null, span: [start, end], via: 'description' };
}

/** Verbs whose object is the person spoken to: "told Hannity", "replied to Ryan". */
const ADDRESSING_CUE = /^(?:told|tells|asked|asks|reminded|assured|warned|replied\s+to|responded\s+to|answered)\s+(?:\p{Lu}\p{L}*\.\s+)?$/u;

/** The person named as the one spoken to right after the cue at `pos` ("told Hannity"), or null. */
function addresseeAfter(ctx: SpeakerContext, pos: number): number | null {
  if (!/^(?:t|a|r|w)/.test(ctx.text.slice(pos, pos + 1))) return null;
  const next = mentionsBetween(ctx, pos, pos + 40)[0];
  if (!next || next.possessive || ctx.index.actors[next.actor].type !== 'person') return null;
  return ADDRESSING_CUE.test(ctx.text.slice(pos, next.span[0])) ? next.actor : null;
}

/** A candidate's campaign named in speaker position (group 1): "the Clinton campaign", "Rubio's presidential campaign". */
const CAMPAIGN = String.raw`(?!(?:His|Her|Their|Its|Our|This|That|The|A|An)\b)(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?(?:['’]s?)?\s+(?:presidential\s+|re-?election\s+|Senate\s+)?campaign)`;
/** Before the cue, perhaps past an aside on where it spoke ("The Holt campaign, in a memo to donors, said"). */
const CAMPAIGN_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(?:[Tt]he\s+)?${CAMPAIGN}(?:\s*,\s+(?:in|on|at|through|via|by)\s[^,;:“”"«»()]{1,60},)?\s+(?:also\s+|later\s+|then\s+)?$`, 'u');
/** Opening a clause, then a comma or the next word: "The Holt campaign worded it more carefully:" (not "One campaign video"). */
const CAMPAIGN_OPENING = new RegExp(String.raw`^(?:[Tt]he\s+)?(?!(?:One|Another|Each|Every|Some|No|Any)\s)${CAMPAIGN}(?:\s*,|\s+(\p{Ll}+))`, 'u');
/** The campaign opening `clause` as its subject (group 1), or null: the next word must be a verb, adverb or
 * preposition, not a noun the campaign qualifies ("campaign video", "campaign manager"). */
function campaignOpening(clause: string): RegExpExecArray | null {
  const m = CAMPAIGN_OPENING.exec(clause);
  if (!m || !m[2]) return m;
  return /ed$/.test(m[2]) || /Verb|PastTense|PresentTense|Copula|Adverb|Preposition|Modal|Auxiliary/.test(String(lexiconTag(m[2]) ?? '')) ? m : null;
}
const CAMPAIGN_AFTER = new RegExp(String.raw`^(?:the\s+)?${CAMPAIGN}\s*$`, 'u');

/** "His campaign ", "her presidential campaign also ": a candidate's own campaign named by a pronoun, before its cue. */
const OWN_CAMPAIGN_BEFORE = /\b(His|his|Her|her)\s+(?:presidential\s+|re-?election\s+)?campaign\s+((?:\p{Ll}+\s+){0,3})$/u;

/** The same campaign putting out a document: "his campaign sent out a fundraising ", "her campaign's ". */
const OWN_CAMPAIGN_DOCUMENT = /\b(His|his|Her|her)\s+(?:presidential\s+|re-?election\s+)?campaign(?:['’]s\s+|\s+(?:\p{Ll}+\s+){0,5})$/u;

/** The voice of an ad, whose words are its maker's: "a narrator says", "said the announcer", "a voice-over in the ad states". */
const AD_VOICE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(?:${AD_VOICES})(?:\s+in\s+the\s+(?:${AD_NOUNS}))?\s+(?:also\s+|then\s+)?$`, 'u');
const AD_VOICE_AFTER = new RegExp(String.raw`^(?:the|an?)\s+(?:\p{Ll}+\s+)?(?:${AD_VOICES})(?:\s+in\s+the\s+(?:${AD_NOUNS}))?\s*$`, 'u');

/** Documents that speak for whoever issued them: "the statement said", "read the email". */
const DOCUMENT_BEFORE = new RegExp(String.raw`(?:^|\s)[Tt]he\s+(?:[\p{L}\-]+\s+){0,2}?(${SPEAKING_DOCUMENTS})\s+(?:also\s+|then\s+|further\s+|(?:went|goes)\s+on\s+to\s+)?$`, 'u');
const DOCUMENT_AFTER = new RegExp(String.raw`^the\s+(?:[\p{L}\-]+\s+){0,2}?(${SPEAKING_DOCUMENTS})\s*$`, 'u');
/** A speaking document at the start of the text, up to its noun: "the campaign's statement". */
const DOCUMENT_AHEAD = new RegExp(String.raw`^the\s+(?:[\p{L}\-]+\s+){0,2}?(?=(?:${SPEAKING_DOCUMENTS})s?\b)`, 'iu');

/**
 * The issuer of a document named earlier: in the nearest sentence (within three) that mentions the same kind
 * of document, the speaker or subject right before that word ("Cook provided a written statement"), else the
 * first one after it ("In a statement, the business mogul announced") unless `issuerAfter` is false.
 */
/** The document itself as the speaker of its sentence: "statement read", "letter continued". */
const DOCUMENT_SPEAKS = /^\p{L}+\s+(?:also\s+|then\s+|further\s+)?(?:read|reads|said|says|continued|continues|concluded|concludes|added|adds|stated|states|noted|notes)\b/u;

function documentIssuer(ctx: SpeakerContext, noun: string, pos: number, issuerAfter = true): SpeakerHit {
  const span: Span = [pos, pos];
  // "read the statement, which was attributed to Miller": the document names its issuer itself.
  const named = issuerNamedAfter(ctx, pos);
  if (named !== null) return { actor: named, span, via: 'description' };
  const sentence = ctx.index.sentenceOf(pos);
  const re = new RegExp(`\\b${noun}s?\\b`, 'gi');
  // A sentence that names the document but no one ("“…,” the statement read.") passes the search further back;
  // sentences wholly inside the document's quoted words do not count.
  let left = 3;
  let mentioned = false;
  for (let s = sentence; s >= 0 && left >= 0; s--) {
    const sent = ctx.sentences[s];
    const hi = s === sentence ? pos : sent.span[1];
    if (s !== sentence && /\p{L}/u.test(blankQuotes(ctx, sent.span[0], sent.span[1]))) left--;
    const slice = ctx.text.slice(sent.span[0], hi);
    let at = -1;
    for (let m = re.exec(slice); m; m = re.exec(slice)) if (!insideQuote(ctx, [sent.span[0] + m.index, sent.span[0] + m.index + 1])) at = sent.span[0] + m.index;
    re.lastIndex = 0;
    if (at < 0) continue;
    mentioned = true;
    const cands = sentenceCandidates(ctx, s, hi).filter((c) => c.rank < 2 && c.actor !== null);
    const before = cands.filter((c) => c.pos < at).pop();
    // ("According to the statement, Kelly met with Trump": who the document's words are about is not its issuer.)
    const according = ACCORDING_BEFORE.test(ctx.text.slice(Math.max(sent.span[0], at - 40), at));
    const after = according || !issuerAfter ? undefined : cands.find((c) => c.pos > at);
    // "a separate statement issued by the Sanders campaign": the issuer after "by", before anyone else named later.
    const pick = before ?? (s === sentence ? undefined : issuerBy(ctx, at, sent.span[1])) ?? after;
    if (!pick && according) {
      // "Fox News confirmed that Kelly met Trump. According to the statement, …": the one who just spoke issued it.
      const spoke = s > 0 ? sentenceCandidates(ctx, s - 1, ctx.sentences[s - 1].span[1]).filter((c) => c.rank === 0 && c.actor !== null) : [];
      if (spoke.length === 1) return { actor: spoke[0].actor, span, via: 'description' };
      continue;
    }
    if (!pick && DOCUMENT_SPEAKS.test(ctx.text.slice(at, at + 40)) && !sentenceCandidates(ctx, s, hi).some((c) => c.rank < 2)) {
      left = 3;
      continue;
    }
    // "On Saturday, his campaign sent out a fundraising email": the candidate the pronoun refers to.
    const own = pick ? null : OWN_CAMPAIGN_DOCUMENT.exec(ctx.text.slice(Math.max(sent.span[0], at - 80), at));
    if (own) {
      const hit = resolvePronoun(ctx, own[1].toLowerCase() === 'his' ? 'he' : 'she', at - own[0].length);
      return { actor: hit?.actor ?? null, span, via: 'description' };
    }
    return { actor: pick?.actor ?? null, span, via: 'description' };
  }
  // "On Thursday, the state party announced she was not coming. “…,” the release said.": no sentence names the
  // document, so the one who just made an announcement, in the writer's sentence right before, put it out.
  if (!mentioned && !sentenceCandidates(ctx, sentence, pos).some((c) => c.rank < 2)) {
    let s = sentence - 1;
    while (s >= 0 && !/\p{L}/u.test(blankQuotes(ctx, ctx.sentences[s].span[0], ctx.sentences[s].span[1]))) s--;
    const announcer = s >= 0 ? bodyBeforeSpeechVerb(ctx, s) : null;
    if (announcer !== null) return { actor: announcer, span, via: 'description' };
  }
  return { actor: null, span, via: 'description' };
}

/** The one organisation, agency, company, outlet or group right before a speech verb in sentence s ("the Republican
 * Party of Wyoming announced"), else null. */
function bodyBeforeSpeechVerb(ctx: SpeakerContext, s: number): number | null {
  const sent = ctx.sentences[s];
  let found: number | null = null;
  for (const m of mentionsBetween(ctx, sent.span[0], sent.span[1])) {
    if (m.possessive || !DOCUMENT_ISSUER_TYPES.has(ctx.index.actors[m.actor].type)) continue;
    const verb = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(\p{Ll}+)/u.exec(ctx.text.slice(m.span[1], m.span[1] + 30));
    if (!verb || !SPEECH_VERBS.has(verb[1])) continue;
    if (found !== null && found !== m.actor) return null;
    found = m.actor;
  }
  return found;
}

const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the|a|an|this|that)\s+(?:[\p{L}\-]+\s+){0,2}$/iu;

/** After a document noun: who issued it ("the statement, which was attributed to Miller", "a statement issued by X"). */
const ISSUED_BY = /^[\p{L}\-]*s?,?\s+(?:(?:which|that)\s+(?:was|were|is|had\s+been|has\s+been)\s+)?(?:attributed\s+to|issued\s+by|released\s+by|signed\s+by|sent\s+(?:out\s+)?by|put\s+out\s+by|posted\s+by|written\s+by|paid\s+for\s+by)\s+(?:the\s+)?(?:\p{Lu}\p{L}{0,4}\.\s+)?$/u;

/** The speaking actor named as the issuer right after the document noun at or after `at`, within the sentence. */
function issuerAfterNoun(ctx: SpeakerContext, at: number, end: number): number | null {
  const next = mentionsBetween(ctx, at, Math.min(end, at + 90)).find((m) => m.span[0] > at && !m.possessive);
  if (!next || !SPEAKING_TYPES.has(ctx.index.actors[next.actor].type)) return null;
  return ISSUED_BY.test(ctx.text.slice(at, next.span[0])) ? next.actor : null;
}

function issuerNamedAfter(ctx: SpeakerContext, pos: number): number | null {
  const m = DOCUMENT_AHEAD.exec(ctx.text.slice(pos, pos + 60));
  if (!m) return null;
  const sent = ctx.sentences[ctx.index.sentenceOf(pos)];
  return issuerAfterNoun(ctx, pos + m[0].length, sent?.span[1] ?? pos + 200);
}

function issuerBy(ctx: SpeakerContext, at: number, end: number): Candidate | undefined {
  const actor = issuerAfterNoun(ctx, at, end);
  return actor === null ? undefined : { actor, pos: at, rank: 1 };
}

/** A description ending right before a cue, perhaps with skippable words between ("the senator also said"). */
function descriptionBeforeCue(ctx: SpeakerContext, lo: number, pos: number): Description | null {
  const { text } = ctx;
  const cuts = [pos];
  const re = /[\s,]+/g;
  const window = text.slice(Math.max(lo, pos - 120), pos);
  const base = pos - window.length;
  for (let m = re.exec(window); m; m = re.exec(window)) cuts.push(base + m.index);
  cuts.sort((a, b) => b - a);
  for (const cut of cuts.slice(0, 24)) {
    // Skipped words with a name in them ("top executives, Michael Sexton, subsequently") hold the real subject.
    if (cut < lo || !SKIPPABLE.test(text.slice(cut, pos)) || /\p{Lu}/u.test(text.slice(cut, pos))) continue;
    const d = descriptionEnding(text.slice(lo, cut), lo);
    if (!d) continue;
    // Only a description that is the clause's subject: not "… coming from a candidate who promised".
    if (!/(?:^|[,;:—–(“”"]|\b(?:and|but|while|as|when|because|that|after|before|since|though|although))\s*$/.test(text.slice(lo, d.start))) return null;
    return namesGroup(d) ? null : d;
  }
  return null;
}

const CLAUSE_NAME = /^[\s“”"]*((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])(?![\p{L}'’])(,.*)$/su;

const NAME_BEFORE = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])\s*$/u;
/** The capitalised name ending a speaker phrase: "pollster Frank Luntz", "Luntz". */
const NAME_AFTER = /^\s*(?:[\p{Ll}\-]+\s+){0,3}((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])\s*$/u;
const STOP_NAME = /^(?:The|A|An|This|That|It|He|She|They|We|I|You|But|And|Or|So|Then|There|Here|Also|Later|Now|When|While|Asked|Speaking|Officials?|Critics|Others|Some|Many|Most|Republicans|Democrats|Reporters)$/;

const TITLE_ABBREVIATION = '(?:Capt|Cmdr|Sgt|Adm|Maj|Gen|Col|Lt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Rev)';
const TITLE_CUT_OFF = new RegExp(`\\b${TITLE_ABBREVIATION}\\.?$`);
const TITLES_LEADING = new RegExp(`^(?:${TITLE_ABBREVIATION}\\.\\s+)+`);

/** An actor for a capitalised name the actor pass left untyped, made only when it stands in speaker position. */
function adHoc(ctx: SpeakerContext, a: number, b: number): SpeakerHit | null {
  if (insideQuote(ctx, [a, b])) return null;
  // A title cut off from its name ("Coast Guard Capt") names no one.
  if (TITLE_CUT_OFF.test(ctx.text.slice(a, b))) return null;
  // "Capt. Lena Moss": the title is no part of the name, which the actor pass may know already.
  const titles = TITLES_LEADING.exec(ctx.text.slice(a, b));
  if (titles && a + titles[0].length < b) {
    a += titles[0].length;
    const known = ctx.index.mentions.find((m) => m.span[0] === a && m.span[1] === b);
    if (known) return { actor: known.actor, span: [a, b], via: 'name' };
  }
  // A role noun alone, capitalised or not ("one bank CEO told me", "Prosecutors alleged"), names no one.
  const word = ctx.text.slice(a, b);
  if (!/\s/.test(word) && isPersonRoleOrPlural(word)) return null;
  const id = addAdHocActor(ctx.index, ctx.text, [a, b]);
  return id === null ? null : { actor: id, span: [a, b], via: 'name' };
}

/**
 * The subject of the clause a participle cue hangs on ("Weaver …, telling reporters, “…”"): the first speaking
 * actor of the clause that is not an object or a possessive, or a leading pronoun.
 */
/** Between a qualifying name and the person it qualifies: a few lower-case words ending in a role, perhaps a title
 * ("hopeful Sen. ", "consultant "); not a verb ("went after "). */
const ROLE_BEFORE_NAME = /^\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}(\p{Ll}[\p{Ll}\-]*)\s+(?:\p{Lu}\p{Ll}{1,4}\.\s+)?$/u;
function rolesBeforeName(between: string): boolean {
  const m = ROLE_BEFORE_NAME.exec(between);
  return !!m && (isPersonRoleOrPlural(m[1]) || m[1] === 'hopeful');
}

/** "Republican Presidential hopeful Sen. Ted Cruz", "McConnell spokesman Don Stewart": a name before a role word
 * and another person's name only qualifies that person. */
function qualifiesNextPerson(ctx: SpeakerContext, ms: ActorMention[], k: number): boolean {
  const next = ms[k + 1];
  return !!next && ctx.index.actors[next.actor].type === 'person' && rolesBeforeName(ctx.text.slice(ms[k].span[1], next.span[0]));
}

/** A name opening a subordinate clause closed by a comma before `pos` ("after Holt suffered a concussion, Marr
 * emailed …"): that clause's subject, not the main clause's. */
function opensSubordinate(text: string, m: ActorMention, pos: number): boolean {
  return SUBORDINATOR_THEN_NAME.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0])) && /^[^,;:“”"«»]*\s\p{Ll}[^,;:“”"«»]*,/u.test(text.slice(m.span[1], pos));
}
const SUBORDINATOR_THEN_NAME = /\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Oo]nce|[Uu]ntil|[Ss]ince|[Aa]s)\s+(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;

/** "The Sierra Club was blunt:": a body's name with its article opening the clause is its subject, not an object. */
const bodyOpeningClause = (ctx: SpeakerContext, m: ActorMention, lo: number): boolean =>
  DOCUMENT_ISSUER_TYPES.has(ctx.index.actors[m.actor].type) && /^[\s“”"]*[Tt]he\s+$/.test(ctx.text.slice(lo, m.span[0]));

export function clauseSubject(ctx: SpeakerContext, pos: number, lo: number): SpeakerHit | null {
  const head = ctx.text.slice(lo, pos);
  // "Over the years, she said, …": an opening adverbial may come before the pronoun.
  const leadAt = openingClause(blankQuotes(ctx, lo, pos)) || (/^\s*[A-Z][a-z]+,\s+/.exec(head)?.[0].length ?? 0);
  const lm = /^(he|she|He|She)\b/.exec(head.slice(leadAt).trimStart());
  // "On CBS‘ Face the Nation the day before, she stated", "At a briefing, however, he used …": a pronoun after an
  // opening phrase longer than openingClause knows.
  // ("he's said", "she'd told": the pronoun with its auxiliary's clitic.)
  const lp = lm ? null : /^([^,;:.!?“”"«»]{1,80}?,\s+(?:\p{Ll}+,\s+)?)(he|she|He|She)(?:['’](?:s|d|ll))?\s+\p{Ll}/u.exec(head);
  const lead = lm
    ? { index: leadAt + (head.slice(leadAt).length - head.slice(leadAt).trimStart().length), 0: lm[0], 1: lm[1] }
    : lp
      ? { index: lp[1].length, 0: lp[2], 1: lp[2] }
      : null;
  const ms = mentionsBetween(ctx, lo, pos);
  const first = ms.find(
    (m, k) =>
      !m.possessive &&
      !opensSubordinate(ctx.text, m, pos) &&
      (!isObject(ctx.text, m, lo) || bodyOpeningClause(ctx, m, lo)) &&
      !isModifier(ctx.text, m) &&
      SPEAKING_TYPES.has(ctx.index.actors[m.actor].type) &&
      !qualifiesNextPerson(ctx, ms, k),
  );
  if (lead && (!first || first.span[0] > lo + lead.index + lead[0].length)) {
    return resolvePronoun(ctx, lead[1].toLowerCase(), lo + lead.index + lead[0].length - lead[1].length);
  }
  // "The retired neurosurgeon has provided no details …, saying …": a description opening the clause.
  const start = lo + leadAt + (head.slice(leadAt).length - head.slice(leadAt).trimStart().length);
  const d = descriptionStarting(ctx.text.slice(start, pos), start);
  if (d && d.definite && !d.possessed && (!first || first.span[0] >= d.end) && /^\s*\p{Ll}/u.test(ctx.text.slice(d.end, d.end + 20))) {
    return resolveDescription(ctx, d, d.end);
  }
  // "A Holt campaign official later walked back the comments, saying …": an indefinite description opening the
  // clause is its subject, someone unnamed (a name inside it only qualifies it). (Not with a name after it, which may
  // be the subject of a clause nearer the cue: "One official said Reid quieted the room, telling …".)
  if (d && !d.definite && !d.possessed && !d.plural && !ms.some((m) => m.span[0] >= d.end) && /^\s*\p{Ll}/u.test(ctx.text.slice(d.end, d.end + 20))) {
    return { actor: null, span: [d.start, d.end], via: 'description', gender: d.gender ?? undefined, head: d.head };
  }
  // "The Holt campaign, in a memo to donors, worded it more carefully:": a campaign opening the clause, with no
  // one else named in it, is its subject.
  const camp = first ? null : campaignOpening(ctx.text.slice(start, pos));
  // (Not past a clause with a pronoun subject of its own: "The Sanders campaign was the first time she had …".)
  if (camp && !/\b(?:he|she|they|we|I)\b/.test(ctx.text.slice(start + camp[0].length, pos))) {
    const a = start + camp[0].indexOf(camp[1]);
    return adHoc(ctx, a, a + camp[1].length);
  }
  return first ? toHit(ctx, first) : null;
}

const NP_END = /[,.;:!?(—–“”"«]|\s(?:in|on|at|during|while|who|when|after|before|as|to|from|last|this|earlier|about|of|for|with|because|but|and)\s/;

/** The subject after an inverted cue ("said Brad Smith, president of …"), up to the end of its noun phrase. */
const INDEFINITE_START = /^(?:a|an|one|another)\s/i;
const QUALIFIER_TYPES = new Set(['person', 'state', 'place']);
/** The noun phrase ends on a person noun other than a spokesperson, representative or official (who speak for their body): "one district GOP leader". */
function memberHead(np: string): boolean {
  const last = /(\p{Ll}[\p{Ll}\-]*)\s*$/u.exec(np)?.[1];
  return !!last && !/^(?:spokes|representative|official)/.test(last) && (isPersonRoleOrPlural(last) || isGenericPerson(last));
}

/** A preposition opening the words after a cue: what or whom the speech is about or for, never who speaks. */
const TOPIC_OR_ADDRESSEE_AFTER_CUE = /^(?:of|about|to|toward|towards|regarding|concerning)\s/;

/** What may follow a name set beside a description: the end of the tag, more apposition, or its qualifiers. */
const AFTER_APPOSITIVE_NAME = /^(?:\s*[,.;:)—–]|\s+(?:of|from|at|who|whose)\s|\s*$)/;

/** Before a name set beside a description: titles ("Dr. ") or a role noun ("actress "), which the name may carry. */
const ROLE_OR_TITLE_BEFORE_NAME = /^(?:(?:\p{Lu}\p{Ll}{1,4}\.\s+)+|(?:\p{Ll}[\p{Ll}\-]*\s+){1,2})$/u;

/** The comma closing a description, perhaps after a place or body it belongs to ("his friend at Lehigh, "); never
 * after a role ("a spokesman for the governor, Jane Roe" may name the governor). */
const DESCRIPTION_TAIL_THEN_COMMA = /^(?:\s+(?:at|of|from|in|with)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*)?,\s+/u;

/** A person named right after the comma ending a description: ", Jane Roe" closed by a comma, stop or "of …". */
function nameBesideDescription(ctx: SpeakerContext, end: number, hi: number): SpeakerHit | null {
  const comma = DESCRIPTION_TAIL_THEN_COMMA.exec(ctx.text.slice(end, hi));
  if (!comma) return null;
  const at = end + comma[0].length;
  const m = mentionsBetween(ctx, at, hi)[0];
  if (!m || m.possessive || ctx.index.actors[m.actor].type !== 'person' || m.via === 'pronoun' || m.via === 'description') return null;
  const before = ctx.text.slice(at, m.span[0]);
  if (before && !(ROLE_OR_TITLE_BEFORE_NAME.test(before) && (/^\p{Lu}/u.test(before) || isPersonRole(before.trim().split(/\s+/).pop()!)))) return null;
  return AFTER_APPOSITIVE_NAME.test(ctx.text.slice(m.span[1], hi)) ? toHit(ctx, m) : null;
}

export function subjectAfter(ctx: SpeakerContext, pos: number, hi: number): SpeakerHit | null {
  const { text } = ctx;
  const rest = text.slice(pos, hi);
  const lead = /^\s*/.exec(rest)![0].length;
  const pm = /^(he|she|they)\b/i.exec(rest.slice(lead));
  if (pm) return resolvePronoun(ctx, pm[1].toLowerCase(), pos + lead);
  // "said of Sanders:", "wrote about the senator:", "said to Holt": the one spoken of or to is no subject.
  if (TOPIC_OR_ADDRESSEE_AFTER_CUE.test(rest.slice(lead))) return null;
  // Dots of titles and initials ("Rep.", "W.") do not end the noun phrase.
  const masked = maskTitleOf(rest.slice(lead).replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|St|Jr|Sr|Lt|Gen|Col|Prof|Rev|Sgt|Capt|Adm|Maj|\p{Lu})\./gu, (m) => `${m.slice(0, -1)}_`));
  const endRel = masked.search(NP_END);
  const end = endRel < 0 ? hi : pos + lead + endRel;
  // "said the Minister for Foreign Affairs, Ann Linde.": a person named in apposition right after the title.
  const titled = titledThenNamed(ctx, rest.slice(lead), pos + lead, end, hi);
  if (titled) return titled;
  const doc = DOCUMENT_AFTER.exec(text.slice(pos + lead, end));
  if (doc) return documentIssuer(ctx, doc[1].toLowerCase(), pos + lead);
  if (AD_VOICE_AFTER.test(text.slice(pos + lead, end))) return documentIssuer(ctx, `(?:${AD_NOUNS})`, pos + lead, false);
  const camp = CAMPAIGN_AFTER.exec(text.slice(pos + lead, end));
  if (camp) return adHoc(ctx, pos + lead + camp[0].indexOf(camp[1]), pos + lead + camp[0].indexOf(camp[1]) + camp[1].length);
  const resident = RESIDENT_AFTER.exec(text.slice(pos + lead, end));
  if (resident && residentPlaces(resident[1])) return resolveResident(ctx, resident[1], pos + lead, pos + lead + resident[0].length);
  // "said the Vermont senator", "said one district GOP leader": names inside the description only qualify it.
  const found = descriptionStarting(text.slice(pos + lead, end), pos + lead);
  const d = found && !namesGroup(found) ? found : null;
  // "said another leading advocate, Jane Roe of …", "said his best friend, John Doe, who …": the name set beside
  // the description is the speaker it describes.
  const named = found && !found.plural ? nameBesideDescription(ctx, found.end, hi) : null;
  if (named) return named;
  // "said a spokesman for committee Democrats": the unnamed spokesman speaks, not the group after "for".
  if (d && (!d.definite || d.possessed) && /^\s+(?:for|of|at|with|from|to)\s/.test(text.slice(d.end, d.end + 6))) return resolveDescription(ctx, d, d.end);
  let ms = mentionsBetween(ctx, pos, end + 1).filter((m) => m.span[1] <= end + 1 && !(d && m.span[0] >= d.start && m.span[1] <= d.end));
  // "said a former U.S. law enforcement official", "said a Trump supporter": after an indefinite article, a person
  // or country named before more lower-case words only qualifies the unnamed speaker. (An organisation's member
  // or aide, "a Republican National Committee member", still speaks for it.)
  // …nor does a body name a member who speaks as themselves ("said one district GOP leader", "said a longtime GOP
  // data expert", "a prominent Republican National Committee member who supports Trump"); its spokesperson or
  // representative still speaks for it ("said a WeWork spokesperson").
  const memberOnly = memberHead(text.slice(pos + lead, end));
  if (INDEFINITE_START.test(rest.slice(lead))) ms = ms.filter((m) => m.possessive || !(QUALIFIER_TYPES.has(ctx.index.actors[m.actor].type) || memberOnly) || !/^\s+\p{Ll}/u.test(text.slice(m.span[1], m.span[1] + 3)));
  for (let i = ms.length - 1; i >= 0; i--) if (!ms[i].possessive) return toHit(ctx, ms[i]);
  if (d) return resolveDescription(ctx, d, d.end);
  const nm = NAME_AFTER.exec(text.slice(pos + lead, end));
  if (nm && !STOP_NAME.test(nm[1]) && !/['’]s?$/.test(nm[1])) {
    const start = pos + lead + nm[0].indexOf(nm[1]);
    return adHoc(ctx, start, start + nm[1].length);
  }
  return null;
}

/**
 * "Minister for Foreign Affairs Ann Linde", "Secretary of State Ann Linde": a capitalised title whose role noun takes
 * "of" or "for" and a capitalised body runs on to the name; its "of"/"for" is masked so the noun phrase does not end
 * there ("Ann Holt of Texas" is left alone: "Holt" is no role).
 */
function maskTitleOf(s: string): string {
  return s.replace(/^((?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,2}(\p{Lu}[\p{L}\-]*))\s(of|for)\s(?=(?:the\s)?\p{Lu})/u, (m, head: string, noun: string, prep: string) =>
    isPersonRole(noun.toLowerCase()) ? `${head}_${prep}_` : m,
  );
}

/**
 * After an inverted cue, a title with "the", then a comma and a person's name ending the clause: "said the Minister for
 * Foreign Affairs, Ann Linde." The name is the speaker.
 */
function titledThenNamed(ctx: SpeakerContext, rest: string, from: number, end: number, hi: number): SpeakerHit | null {
  if (!/^the\s+(?:\p{Lu}[\p{L}\-]*\s+){0,2}\p{Lu}[\p{L}\-]*(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^,.;:]*)?,\s*$/u.test(ctx.text.slice(from, Math.min(end + 2, hi)))) return null;
  const roleNoun = /^the\s+(?:\p{Lu}[\p{L}\-]*\s+){0,2}(\p{Lu}[\p{L}\-]*)/u.exec(rest)?.[1]?.toLowerCase();
  if (!roleNoun || !isPersonRole(roleNoun)) return null;
  const m = mentionsBetween(ctx, end, Math.min(hi, end + 60)).find((x) => !x.possessive && ctx.index.actors[x.actor].type === 'person');
  if (!m || !/^,\s*$/.test(ctx.text.slice(end, m.span[0])) || !/^\s*(?:[.,;:!?]|$)/.test(ctx.text.slice(m.span[1], m.span[1] + 2))) return null;
  return toHit(ctx, m);
}

/** "the Texan said", "the former Floridian added": a noun for someone from a place, ending the speaker phrase. */
const RESIDENT_BEFORE = /(?:^|[\s,;:—–(“”"])[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+){0,2}(\p{Lu}\p{Ll}+)\s+(?:also\s+|later\s+|then\s+)?$/u;
/** "said the Texan", "said the 62-year-old Briton". */
const RESIDENT_AFTER = /^[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+){0,2}(\p{Lu}\p{Ll}+)\s*$/u;

/** The words around a mention up to the next or previous name ("Texas Gov. ⟨Rick Perry⟩", "⟨Ann Holt⟩ (R-Tex.)"). */
function placeWindow(ctx: SpeakerContext, m: ActorMention, limit: number): string {
  const ms = ctx.index.mentions;
  const i = ms.indexOf(m);
  const lo = Math.max(0, m.span[0] - 25, i > 0 ? ms[i - 1].span[1] : 0);
  const hi = Math.min(limit, m.span[1] + 30, i >= 0 && i + 1 < ms.length ? ms[i + 1].span[0] : limit);
  // (Only the words that belong to this name: "Ann Holt of Texas and Gov. ⟨Ed Lund⟩" does not tie Lund to Texas.)
  const before = ctx.text.slice(lo, m.span[0]).split(/[,;]|\band\b/).pop()!;
  return before + ctx.text.slice(m.span[0], Math.max(m.span[0], hi));
}

/**
 * "the Texan" → the most salient earlier person tied to that place (named with it: "Sen. Ann Holt of Texas",
 * "R-Tex.", "the Texas governor"), else the only such person of the document, else no one. The demonym is never a
 * name of its own.
 */
function resolveResident(ctx: SpeakerContext, noun: string, start: number, end: number): SpeakerHit {
  const span: Span = [start, end];
  const places = residentPlaces(noun)!;
  const key = `r${start}`;
  const cache = memo(ctx);
  if (!cache.has(key)) {
    const re = new RegExp(`(?:^|[^\\p{L}])(?:${places.map((p) => p.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
    const tied = (x: number) => {
      const a = ctx.index.actors[x];
      if (a.type !== 'person') return false;
      if (a.roles.some((r) => re.test(r.text))) return true;
      return a.mentions.some((m) => m.span[1] <= start && re.test(placeWindow(ctx, m, start)));
    };
    const from = ctx.sentences[ctx.index.sentenceOf(start)]?.span[0] ?? start;
    const gender: Gender = /woman$/i.test(noun) ? 'f' : /man$/i.test(noun) ? 'm' : null;
    let actor = antecedent(ctx, from, gender, tied, MAX_SENTENCES_BACK, noun.toLowerCase());
    if (actor === null) {
      const holders = new Set<number>();
      for (const m of ctx.index.mentions) {
        if (m.span[0] >= from) break;
        if (compatible(ctx, m.actor, gender) && tied(m.actor)) holders.add(m.actor);
      }
      if (holders.size === 1) actor = [...holders][0];
    }
    cache.set(key, actor);
  }
  return { actor: cache.get(key) as number | null, span, via: 'description' };
}

/**
 * Gender of an actor, from first names, titles and the pronouns used near its mentions. A person whose name opens on a
 * first name of one gender ("Hillary Clinton", "Donald Trump") keeps it here when the actor pass has counted pronouns
 * for the other gender (in an article about two rivals, the sentences naming only one of them are full of the other's
 * he or she), unless the text itself goes on from that person with the other pronoun ("Walz approaches it more
 * diplomatically. She said …" for a Marty who is a woman).
 */
export function genderOf(ctx: SpeakerContext, actor: number): Gender {
  const a = ctx.index.actors[actor];
  if (a.type !== 'person' || a.gender === null) return a.gender;
  const first = /^(\p{Lu}\p{Ll}+)\s+\S/u.exec(a.name)?.[1];
  const g = first ? fullNameFirstGender(first) : null;
  if ((g !== 'm' && g !== 'f') || g === a.gender) return a.gender;
  const key = `g${actor}`;
  const cache = memo(ctx);
  if (!cache.has(key)) cache.set(key, pronounFollows(ctx, actor, a.gender) ? a.gender : g);
  return cache.get(key) as Gender;
}

/** Does a sentence opening on the person (after an opening phrase at most) come right before one of its paragraph
 * opening on a he or she of gender `g`, with no other person named in the first (save as an owner)? */
function pronounFollows(ctx: SpeakerContext, actor: number, g: 'm' | 'f'): boolean {
  const re = g === 'm' ? /^[\s“”"]*He\b/ : /^[\s“”"]*She\b/;
  for (const m of ctx.index.actors[actor].mentions) {
    const s = ctx.index.sentenceOf(m.span[0]);
    const sent = ctx.sentences[s];
    const next = ctx.sentences[s + 1];
    if (!sent || !next || next.paragraph !== sent.paragraph || m.possessive || insideQuote(ctx, m.span)) continue;
    const lead = blankQuotes(ctx, sent.span[0], m.span[0]);
    if (!/^[\s“”"]*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(lead.slice(openingClause(lead)))) continue;
    // (An owner in their appositive, "Marty Quinn, the senator's campaign manager,", is no other candidate.)
    if (mentionsBetween(ctx, sent.span[0], sent.span[1]).some((x) => x.actor !== actor && !x.possessive && ctx.index.actors[x.actor].type === 'person')) continue;
    if (re.test(blankQuotes(ctx, next.span[0], next.span[1]))) return true;
  }
  return false;
}

/** A person (or an unnamed subject, actor null) standing as a sentence's subject or speaker. */
interface Candidate {
  actor: number | null;
  pos: number;
  /** 0: subject of a speech verb ("Smith said", "said Smith"); 1: subject of the sentence; 2: any other person. */
  rank: 0 | 1 | 2;
  /** Gender of an unnamed subject ("his wife"), which blocks only pronouns it agrees with. */
  gender?: Gender;
  /** Role noun of an unnamed subject ("a reporter"): it blocks only a description with the same head (or a generic one: "the woman"). */
  head?: string;
  /** The person a question was put to ("asked Sanders"): they answer next, whoever asked. */
  addressee?: boolean;
  /** …with the question written out after them ("asked Sanders whether …"): they outrank the one who asked. */
  question?: boolean;
  /** The speaker of a verb of asking ("Conroy asked"): the one asked outranks them. */
  asks?: boolean;
  /** An unnamed subject that may be no person at all ("An economic downturn, he said"): it blocks descriptions only. */
  thing?: boolean;
}

const MAX_SENTENCES_BACK = 8;
const MAX_PARAGRAPHS_BACK = 3;

function memo(ctx: SpeakerContext): Map<string, unknown> {
  return (ctx.memo ??= new Map());
}

/**
 * Who the sentence is about, in order of salience: speakers of its speech verbs, then its subject, then other
 * people; only text before `hi` counts. A leading he/she is resolved in turn (the chain of reference), and an
 * unnamed leading subject ("One voter, …, showed up") stands as a candidate with no actor, so nothing earlier is
 * taken for it.
 */
function sentenceCandidates(ctx: SpeakerContext, s: number, hi: number): Candidate[] {
  const sent = ctx.sentences[s];
  const lo = sent.span[0];
  hi = Math.min(hi, sent.span[1]);
  const key = `c${s}:${hi}`;
  const cache = memo(ctx);
  if (cache.has(key)) return cache.get(key) as Candidate[];
  cache.set(key, []); // re-entry while computing (a chain through this same sentence) finds nothing
  const { text } = ctx;
  const out: Candidate[] = [];
  const head = blankQuotes(ctx, lo, Math.min(hi, lo + 240));
  const introEnd = lo + openingClause(head);
  const words = /[\p{L}][\p{L}'’\-]*/gu;
  const slice = text.slice(lo, hi);
  for (let m = words.exec(slice); m; m = words.exec(slice)) {
    const at = lo + m.index;
    if (!SPEECH_VERBS.has(m[0]) || insideQuote(ctx, [at, at + m[0].length])) continue;
    let hit = subjectBefore(ctx, at, lo);
    // Inverted only right after a quote or a comma, and never with a participle: "…,” said Smith", not "…, telling Mic".
    if (!hit && /[,”"]\s*$/.test(text.slice(lo, at)) && !/ing$/.test(m[0]) && !/^(?:told|tells|tell)$/.test(m[0])) {
      hit = subjectAfter(ctx, at + m[0].length, sent.span[1]);
    }
    if (!hit || (hit.actor === null && hit.via !== 'description')) continue;
    const inIntro = hit.span[0] < introEnd;
    if (hit.actor === null) {
      // An unnamed speaker counts when the speech is the sentence's own: next to a quote, or closing the sentence.
      const main = /[”"]\s*,?\s*$/.test(text.slice(lo, hit.span[0])) || /[”"]\s*,?\s*$/.test(text.slice(lo, at)) || wordsIn(text.slice(at, sent.span[1])) <= 5;
      if (main && !inIntro) out.push({ actor: null, pos: hit.span[0], rank: 0, gender: hit.gender, head: hit.head });
    } else out.push({ actor: hit.actor, pos: hit.span[0], rank: inIntro || inThatClause(ctx, lo, hit.span[0]) ? 2 : 0, asks: ASKING_VERB.test(m[0]) || undefined });
  }
  const lead = leadSubject(ctx, introEnd, head.slice(introEnd - lo));
  if (lead) out.push({ ...lead, rank: 1 });
  // "With Ann Holt, there is never a dull day.": a main clause on an empty 'there' or 'it' leaves the person of
  // the opening phrase as what the sentence is about.
  const topicIntro = !lead && introEnd > lo && TOPIC_OPENING.test(head) && EMPTY_SUBJECT.test(head.slice(introEnd - lo));
  const ms = mentionsBetween(ctx, lo, hi);
  for (const [k, m] of ms.entries()) {
    if (!SPEAKING_TYPES.has(ctx.index.actors[m.actor].type) || m.possessive) continue;
    // (Nor the subject of a clause after "that" when the sentence already has one: "Carson turned on the Post,
    // pointing out that the paper's Robert Costa had reported …" is about Carson.)
    const subject =
      m.span[0] >= introEnd &&
      !isObject(text, m, lo) &&
      !isModifier(text, m) &&
      !qualifiesNextPerson(ctx, ms, k) &&
      !insideAppositive(text, lo, m) &&
      !(out.some((c) => c.rank === 1 && c.pos < m.span[0]) && THAT_CLAUSE_BEFORE.test(text.slice(Math.max(lo, m.span[0] - 40), m.span[0])));
    // "A reporter asked Sanders how he felt. He replied: …": the one asked is who answers next.
    const asked = /\b(?:asked|asks|pressed|questioned)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(Math.max(lo, m.span[0] - 40), m.span[0]));
    // "Conroy asked Sanders whether …": the one a question is put to answers it, before the one asking.
    const question = asked && QUESTION_AFTER_ADDRESSEE.test(text.slice(m.span[1], Math.min(hi, m.span[1] + 120)));
    const topic = topicIntro && m.span[0] < introEnd && ctx.index.actors[m.actor].type === 'person';
    out.push({ actor: m.actor, pos: m.span[0], rank: subject || asked || topic ? 1 : 2, addressee: asked || undefined, question: question || undefined });
  }
  cache.set(key, out);
  return out;
}

/** After the one asked, the question itself: "whether …", "how …", "about …", or the quoted question ("asked Holt, “…?”"),
 * perhaps past an appositive (", the board's chair,"). */
const ASKING_VERB = /^(?:asked|asks|pressed|questioned)$/;
const QUESTION_AFTER_ADDRESSEE = /^(?:\s*,[^,;:“”"«»]{1,80},)?\s*(?:(?:whether|if|how|what|why|when|where|who|which|about)\b|[,:]?\s*[“"])/;

/** An opening phrase that names what the sentence is about: "With Ann Holt, …", "For the governor, …". */
const TOPIC_OPENING = /^[\s“”"]*(?:With|For)\s/;
/** A main clause whose subject is an empty 'there' or 'it' ("there's no chance", "it is hard to say"). */
const EMPTY_SUBJECT = /^\s*(?:there|it)(?:['’]s\b|\s+(?:is|was|are|were|will|would|may|might|has|had|seems|seemed)\b)/i;

/** Right before a name: "that" opening a clause, perhaps with a possessive or title ("that the paper's ", "that Sen. "). */
const THAT_CLAUSE_BEFORE = /\bthat\s+(?:the\s+)?(?:[\p{L}.\-]+['’]s?\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Is `pos` the subject of a clause after "that", with a subject of the sentence's own before it? ("Harlow
 * said that the paper's Kostas had reported …": Kostas speaks only inside what Harlow said.) */
function inThatClause(ctx: SpeakerContext, lo: number, pos: number): boolean {
  if (!THAT_CLAUSE_BEFORE.test(ctx.text.slice(Math.max(lo, pos - 40), pos))) return false;
  // ("He said that he … and noted that Sanders himself has acknowledged …": a he or she who speaks first.)
  if (PRONOUN_SPEAKS.test(blankQuotes(ctx, lo, pos))) return true;
  return mentionsBetween(ctx, lo, pos).some((x) => !x.possessive && SPEAKING_TYPES.has(ctx.index.actors[x.actor].type) && !isObject(ctx.text, x, lo) && !isModifier(ctx.text, x));
}

/** A he, she or they with a verb of saying: a speaker named by pronoun. */
const PRONOUN_SPEAKS = /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:\p{Ll}+ly\s+)?(?:said|says|noted|notes|added|adds|argued|argues|told|tells|explained|insisted|wrote|writes|stressed|acknowledged)(?![\p{L}])/u;

/** The person whose possessive opens sentence s ("Taylor Swift's first six albums were …"), after titles at most, when
 * what they own is a thing. */
function openingOwner(ctx: SpeakerContext, s: number): number | null {
  const lo = ctx.sentences[s].span[0];
  const first = mentionsBetween(ctx, lo, Math.min(ctx.sentences[s].span[1], lo + 120))[0];
  if (!first?.possessive || ctx.index.actors[first.actor].type !== 'person') return null;
  if (!/^[\s“”"]*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(ctx.text.slice(lo, first.span[0]))) return null;
  // (Not when what they own is a person: "Trump's Indiana chairman, Rex Early, said …" is about the chairman.)
  const owned = ctx.text.slice(first.span[1], first.span[1] + 40).match(/[\p{L}-]+/gu) ?? [];
  return owned.slice(0, 4).some((w) => isPersonRoleOrPlural(w) || isGenericPerson(w)) ? null : first.actor;
}

/** Does position `pos` lie in the opening adverbial or subordinate clause of sentence s? */
function introOf(ctx: SpeakerContext, s: number, pos: number): boolean {
  const lo = ctx.sentences[s].span[0];
  return pos < lo + openingClause(blankQuotes(ctx, lo, Math.min(ctx.sentences[s].span[1], lo + 240)));
}

const wordsIn = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Text from lo to hi with quoted passages blanked (so "“…,” he said" leads with "he"). */
function blankQuotes(ctx: SpeakerContext, lo: number, hi: number): string {
  let head = ctx.text.slice(lo, hi);
  for (const [a, b] of ctx.quoted) {
    if (b <= lo || a >= hi) continue;
    const x = Math.max(a, lo) - lo;
    const y = Math.min(b, hi) - lo;
    head = head.slice(0, x) + ' '.repeat(y - x) + head.slice(y);
  }
  return head;
}

/** Initials ("U.N.", "D.C.") and titles ("Mr.", "Sen.") whose dots end no sentence. */
const ABBREVIATION_DOTS = /\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Gen|Lt|Col|Capt|Prof|Rev)\.(?=\s+\p{Lu})/gu;
/** Length of an opening adverbial or subordinate clause ("On Tuesday, ", "Filling in for Sanders at …, "), or 0. */
export function openingClause(head: string): number {
  // (The dots of initials and titles end no clause: "When he assumed office as U.N. secretary general in 2007, he …".)
  if (head.includes('.')) head = head.replace(ABBREVIATION_DOTS, (m) => m.replace(/\./g, '_'));
  // A conjunction ("And Obama, for all …, seems") is skipped alone; an adverbial runs to its comma ("Eight years
  // ago, he …").
  const short = /^[\s,.“”"‘’'—–-]*(?:(?:And|But|So|Yet|Or)\s+(?![\p{Ll}]+,))?(?:(?:In|On|At|By|For|From|With|Without|Under|Over|Within|After|Before|During|Later|Earlier|Still|Now|Then|However|Meanwhile|Instead|Also|Last|This|Today|Yesterday|Separately|Again|Finally|Indeed|Nevertheless|Nonetheless|Moreover|Similarly|Likewise|Afterward|Previously|Recently|Speaking|Asked|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in|on|at|after|still|then|however|meanwhile|later|(?:\p{Lu}[\p{L}\p{N}-]*\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|later|earlier|before|after)|(?:Years|Months|Weeks|Days|Decades)\s+(?:ago|later|earlier|before|after))\b(?:\s+[\p{L}\p{N}’'.]+){0,5},\s+)?/u.exec(head)!;
  if (short[0].trim()) return short[0].length;
  const long = /^[\s“”"‘’'—–-]*(?:When|While|After|Before|Although|Though|If|As|Since|Because|Despite|Unlike|Like|Asked|In response to|In reply to|Following|Amid|\p{Lu}\p{Ll}+ing)\b[^,;:.!?]{0,150},\s+/u.exec(head);
  return long ? long[0].length : short[0].length;
}

/** A name set off inside someone else's appositive or relative clause ("Phillips, who lost her daughter Jessica Ghawi, …"). */
function insideAppositive(text: string, lo: number, m: ActorMention): boolean {
  const before = text.slice(lo, m.span[0]);
  return /,\s*(?:who|whose|which|whom)\b[^,]*$/.test(before) || NOUN_APPOSITIVE.test(before);
}
/** ", a spokeswoman for …", ", the company's …": an appositive noun phrase still open. */
const NOUN_APPOSITIVE = /,\s*(?:the|a|an|his|her)\s[^,]*$/;

/** A name inside another's descriptive appositive: "Maria Lund, president of Field & Stream, …", "…, a spokeswoman for Acme, …",
 * "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says" (a role in title case). */
function insideRoleAppositive(text: string, lo: number, m: ActorMention): boolean {
  const before = text.slice(lo, m.span[0]);
  if (NOUN_APPOSITIVE.test(before) || /,\s*(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|for|at)\s[^,]*$/u.test(before)) return true;
  const t = TITLE_CASE_ROLE_APPOSITIVE.exec(before);
  return !!t && t[1].trim().split(/\s+/).some((w) => isPersonRole(w));
}
/** ", Senior Vice President of Sales for ", ", Chief Executive of ": title-case words (one a role noun) after a comma,
 * then "of", "for" or "at", perhaps a department in title case and another "for", right before the name. */
const TITLE_CASE_ROLE_APPOSITIVE = /,\s*((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:of|for|at)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}&-]*\s+){1,3}(?:for|at|of)\s+(?:the\s+)?)?$/u;

/** From a person's name to a later name: an appositive noun phrase closed by its comma (", the editor of the
 * city's daily, "), so that the later name stands in apposition to that noun. */
const CLOSED_NOUN_APPOSITIVE = /^\s*,\s*(?:the|a|an)\s[^,;:“”"«»()]{3,100},\s*$/;
function namesAppositiveNoun(ctx: SpeakerContext, earlier: ActorMention[], m: ActorMention): boolean {
  return earlier.some((x) => !x.possessive && x.span[1] >= m.span[0] - 110 && ctx.index.actors[x.actor].type === 'person' && CLOSED_NOUN_APPOSITIVE.test(ctx.text.slice(x.span[1], m.span[0])));
}

/** The subject opening the main clause, when it is a pronoun or a description, resolved: "He had protested …", "The actress said …". */
function leadSubject(ctx: SpeakerContext, at: number, rest: string): { actor: number | null; pos: number; gender?: Gender; head?: string; thing?: boolean } | null {
  const lead = /^\s*/.exec(rest)![0].length;
  rest = rest.slice(lead);
  at += lead;
  const pm = /^(he|she|He|She|It)\b/.exec(rest);
  if (pm) {
    const hit = resolvePronoun(ctx, pm[1].toLowerCase(), at);
    const p = pm[1].toLowerCase();
    // An unresolved "It" (often "It is …") blocks no one.
    if (p === 'it') return hit?.actor != null ? { actor: hit.actor, pos: at } : null;
    return { actor: hit?.actor ?? null, pos: at, gender: p === 'he' ? 'm' : 'f' };
  }
  if (ctx.index.mentions.some((x) => x.span[0] === at)) return null;
  // "Brown, the governor, hinted …": a name the actor pass left untyped, set off by a role appositive.
  const nm = /^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}),\s+/u.exec(rest);
  if (nm && !STOP_NAME.test(nm[1]) && !(/^\S+$/.test(nm[1]) && (isCommonWord(nm[1]) || isFunctionWord(nm[1]))) && descriptionStarting(rest.slice(nm[0].length), at + nm[0].length)) {
    const hit = adHoc(ctx, at, at + nm[1].length);
    if (hit?.actor != null && ctx.index.actors[hit.actor].type === 'person') return { actor: hit.actor, pos: at };
  }
  const d = descriptionStarting(rest, at);
  if (d && /^\s*(?:,|\p{Ll})/u.test(ctx.text.slice(d.end, d.end + 20))) {
    // "One voter, Guadalupe Ortiz, 35, showed up …": the description is named right after it.
    const comma = /^\s*,\s*/.exec(ctx.text.slice(d.end, d.end + 8));
    const named = comma ? ctx.index.mentions.find((x) => x.span[0] === d.end + comma[0].length && x.via === 'name') : undefined;
    if (named && ctx.index.actors[named.actor].type === 'person' && /^\s*,/.test(ctx.text.slice(named.span[1], named.span[1] + 3))) return { actor: named.actor, pos: at };
    // "But his wife, Jane, offered …": a lone first name the actor pass left untyped names the described person.
    const first = comma && !named ? firstNameAt(ctx, d.end + comma[0].length) : null;
    if (first !== null) return { actor: first, pos: at };
    // "No other secretary of state had …": no one at all, so no unnamed person stands in the way.
    if (/^[Nn]o\s/.test(rest)) return null;
    // "The moderators were ready to move on, but Christie …": people in the plural are no he or she (they still stand
    // in the way of a description).
    if (d.plural) return { actor: null, pos: at, head: d.head, thing: true };
    if (!d.definite || d.possessed) return { actor: null, pos: at, gender: d.gender, head: d.head };
    return { actor: resolveDescription(ctx, d, d.end)?.actor ?? null, pos: at, gender: d.gender };
  }
  // Any other indefinite subject ("Another Muslim who worshiped here …", "One ad …") is someone or something
  // unnamed, unless a name follows it in commas ("A spokesman for the firm, Ann Lee, said").
  if (/^(?:A|An|Another|One|Some)\s+(?!of\b)/.test(rest) && !/^[^,.;:!?]{0,80},\s*\p{Lu}/u.test(rest)) return { actor: null, pos: at, thing: true };
  return null;
}

/**
 * A lone first name set off by commas at `at` ("his wife, Jane, …"): the one person of the document with that first
 * name ("Jane Sanders", named later), else a person of that name alone. Null when the word is no first name.
 */
function firstNameAt(ctx: SpeakerContext, at: number): number | null {
  const m = /^(\p{Lu}\p{Ll}+),/u.exec(ctx.text.slice(at, at + 24));
  if (!m || insideQuote(ctx, [at, at + 1])) return null;
  const g = firstNameGender(m[1]);
  if (g !== 'm' && g !== 'f') return null;
  const same = ctx.index.actors.map((a, i) => [a, i] as const).filter(([a]) => a.type === 'person' && a.name.startsWith(`${m[1]} `));
  if (same.length === 1) return same[0][1];
  if (same.length > 1) return null;
  const hit = adHoc(ctx, at, at + m[1].length);
  return hit?.actor != null && ctx.index.actors[hit.actor].type === 'person' ? hit.actor : null;
}

/** What a pronoun or description can refer to: a person of a gender (null: either), or 'thing' for "it" (an organisation). */
type Want = Gender | 'thing';

function compatible(ctx: SpeakerContext, actor: number, want: Want): boolean {
  const a = ctx.index.actors[actor];
  if (want === 'thing') return a.type !== 'person' && SPEAKING_TYPES.has(a.type);
  return a.type === 'person' && (want === null || genderOf(ctx, actor) === null || genderOf(ctx, actor) === want);
}

/**
 * Walks back from `pos` sentence by sentence (at most 8 sentences, 3 paragraphs) and takes the most salient
 * compatible person: the speaker of a speech verb, else the subject, preferring a known gender to an unknown
 * one. A sentence whose subject is an unnamed person of that kind ends the search with no one. Other people
 * (objects, names in appositives) are used only when no subject is found.
 */
function antecedent(
  ctx: SpeakerContext,
  pos: number,
  want: Want,
  accept: (actor: number) => boolean = () => true,
  maxBack = MAX_SENTENCES_BACK,
  head?: string,
  objects = true,
): number | null {
  const sentence = ctx.index.sentenceOf(pos);
  const paragraph = ctx.sentences[sentence]?.paragraph ?? 0;
  let fallback: number | null = null;
  // A nearer speaker known as the other gender ("“…,” Reynolds says. ¶ “…,” she says."): the text or the name's
  // gender is at odds, and a person of unknown gender further back is no safer a pick than no one.
  let otherGenderSpoke: number | null = null;
  for (let s = sentence; s >= 0 && s >= sentence - maxBack; s--) {
    const sent = ctx.sentences[s];
    if (paragraph - sent.paragraph > MAX_PARAGRAPHS_BACK) break;
    if (sent.repeatOf !== null && s !== sentence) continue;
    // A photo caption ("Tom Baker walks his dog on Saturday. (Photo: Jane Smith/The Herald)") sits outside the story:
    // the "he added" after it goes on from the story's last speaker, not from the person pictured.
    if (s !== sentence && sent.paragraph !== ctx.sentences[sentence]?.paragraph && captionParagraph(ctx, s)) continue;
    const cands = sentenceCandidates(ctx, s, s === sentence ? pos : sent.span[1]);
    // (Only across a paragraph break from that speaker: within its paragraph the pronoun may well be someone else there.)
    const spokeBefore = otherGenderSpoke !== null && otherGenderSpoke > sent.paragraph;
    // (A speaker of a quote: a sentence holding quoted words, not a scare-quoted word: "Reines asked the “reporter” …".)
    const quoting = () => ctx.quoted.some(([a, b]) => a < sent.span[1] && b > sent.span[0] && b - a > 24);
    if (otherGenderSpoke === null && head === undefined && (want === 'm' || want === 'f') && quoting()) {
      if (cands.some((c) => c.rank === 0 && c.actor !== null && ctx.index.actors[c.actor].type === 'person' && genderOf(ctx, c.actor) !== null && genderOf(ctx, c.actor) !== want)) otherGenderSpoke = sent.paragraph;
    }
    // "Conroy asked Sanders whether …. “…,” he said": the one asked answers, when no one but the asker speaks there.
    const answerer = cands.find((c) => c.question && c.actor !== null && compatible(ctx, c.actor, want) && accept(c.actor));
    if (answerer && cands.every((c) => c.rank !== 0 || c.asks)) return spokeBefore && genderOf(ctx, answerer.actor!) === null ? null : answerer.actor;
    for (const rank of [0, 1] as const) {
      const ranked = cands.filter((c) => c.rank === rank);
      // An unnamed subject ("one voter") blocks, unless a named one comes first.
      const usable = ranked.filter((c) => c.actor !== null && compatible(ctx, c.actor, want) && accept(c.actor));
      const exact = usable.filter((c) => want === null || want === 'thing' || genderOf(ctx, c.actor!) === want);
      const pick = rank === 0 ? (exact.length ? exact[exact.length - 1] : usable[usable.length - 1]) : usable[0];
      const blocker = ranked.find(
        (c) =>
          c.actor === null &&
          want !== 'thing' &&
          (want === null || !c.gender || c.gender === want) &&
          (!head || !c.head || c.head === head || isGenericPerson(head)) &&
          (!c.thing || !!head),
      );
      if (pick && (!blocker || pick.pos < blocker.pos || rank === 0 || pick.addressee)) return spokeBefore && genderOf(ctx, pick.actor!) === null ? null : pick.actor;
      if (blocker) return null;
    }
    // The nearest sentence naming a compatible person only as an object ("Footage of Al-Awlaki appears.") still
    // names the likeliest referent.
    if (fallback === null && want !== 'thing' && objects) {
      // "Taylor Swift's albums were bought by a firm owned by Scooter Braun. … she said": the owner of the thing the
      // sentence opens on is more its topic than a name inside a relative clause (for he/she, not descriptions).
      const owner = head === undefined ? openingOwner(ctx, s) : null;
      if (owner !== null && compatible(ctx, owner, want) && accept(owner)) return owner;
      const other = cands.find((c) => c.rank === 2 && c.actor !== null && compatible(ctx, c.actor, want) && accept(c.actor));
      // …unless that sentence opened with a clause of its own ("As the Post's Ishaan Tharoor wrote, …").
      if (other) {
        // (Not from the writer's own question: "Don't Republicans risk more liberal nominees than Obama? “…,” he said"
        // goes on from the last speaker, not from a name the question compares.)
        if (!cands.some((c) => c.rank === 1) && !introOf(ctx, s, other.pos) && !writersQuestion(ctx, s)) return other.actor;
        // "Clinton appeared, courtesy of Wes Nakagiri, a delegate who … “…,” he said": when no subject of an
        // earlier sentence can be a he (or a she), the person it brings in is the one meant, not an earlier subject.
        if (head === undefined && want !== null && s !== sentence && !introOf(ctx, s, other.pos) && !writersQuestion(ctx, s) && cands.every((c) => c.rank === 2 || !couldBe(ctx, c, want))) return other.actor;
        fallback = other.actor;
      } else if (head === undefined && s === sentence - 1 && !cands.some((c) => c.rank < 2) && !sentenceCandidates(ctx, sentence, pos).length) {
        // "… without Ban's nearly decade-long persistence. ¶ When he assumed office, …": the sentence just before, when
        // it names one compatible person only as an owner and no person as its subject (and the pronoun's own sentence
        // names no one before it), names the likeliest referent.
        const owners = new Set(mentionsBetween(ctx, sent.span[0], s === sentence ? pos : sent.span[1]).filter((m) => m.possessive && compatible(ctx, m.actor, want) && accept(m.actor)).map((m) => m.actor));
        if (owners.size === 1) fallback = [...owners][0];
      }
    }
  }
  return fallback;
}

/** Is sentence s a question the writer asks (it ends on "?" outside any quotation)? */
function writersQuestion(ctx: SpeakerContext, s: number): boolean {
  const sent = ctx.sentences[s];
  return !!sent && /\?\s*$/.test(blankQuotes(ctx, sent.span[0], sent.span[1]));
}

/** A picture's credit ending a paragraph: "(Photo: Jane Smith/The Herald)", "Photograph: Ann Lee/Reuters", "(AP Photo/…)",
 * "Getty Images". */
const PICTURE_CREDIT = /(?:\((?:AP\s+|AFP\s+)?(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()]{0,80}\)|\b(?:Photo|Photograph|Image|Picture)s?(?:\s+by|\s*:)\s+[^.!?“”"]{1,80}|\bGetty\s+Images)\s*\.?\s*$/;

/** Is sentence s in a short paragraph that ends on a picture's credit (a photo caption)? */
function captionParagraph(ctx: SpeakerContext, s: number): boolean {
  const p = ctx.sentences[s].paragraph;
  const key = `cap${p}`;
  const cache = memo(ctx);
  if (!cache.has(key)) {
    let a = s;
    let b = s;
    while (a > 0 && ctx.sentences[a - 1].paragraph === p) a--;
    while (b + 1 < ctx.sentences.length && ctx.sentences[b + 1].paragraph === p) b++;
    const span: Span = [ctx.sentences[a].span[0], ctx.sentences[b].span[1]];
    cache.set(key, span[1] - span[0] <= 400 && PICTURE_CREDIT.test(ctx.text.slice(span[0], span[1])));
  }
  return cache.get(key) as boolean;
}

/** Could a sentence's subject or speaker be the he (or she) sought? Not a body, nor a person of the other gender. */
function couldBe(ctx: SpeakerContext, c: Candidate, want: 'm' | 'f'): boolean {
  if (c.actor === null) return !c.thing && (!c.gender || c.gender === want);
  const a = ctx.index.actors[c.actor];
  return a.type === 'person' && (genderOf(ctx, c.actor) === null || genderOf(ctx, c.actor) === want);
}

/**
 * he/she → the most salient compatible person before it (see antecedent). `they` → see theyReferent: most often
 * plural speakers, who are rarely one actor.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number): SpeakerHit | null {
  const span: Span = [pos, pos + pronoun.length];
  const key = `p${pos}`;
  const cache = memo(ctx);
  if (pronoun === 'they') {
    if (!cache.has(key)) {
      cache.set(key, null);
      cache.set(key, theyReferent(ctx, pos));
    }
    return { actor: cache.get(key) as number | null, span, via: 'pronoun' };
  }
  if (!cache.has(key)) {
    cache.set(key, null);
    // "it said": an organisation named as a subject or speaker in the last few sentences.
    const want = pronoun === 'it' ? 'thing' : pronoun === 'he' ? 'm' : 'f';
    cache.set(key, pronoun === 'it' ? antecedent(ctx, pos, 'thing', () => true, 3) : (subordinateSubject(ctx, pos, want) ?? antecedent(ctx, pos, want)));
  }
  return { actor: cache.get(key) as number | null, span, via: 'pronoun' };
}

/** Right before the outlet a source spoke to: "confirmed to ", "told ", "said in an interview with ". */
const SPOKEN_TO_BEFORE = /\b(?:(?:said|says|confirmed|confirms|explained|wrote|writes|stated|described|admitted|told|tells|speaking|spoke|talking|talked)\s+(?:to|with)|told|tells|interview\s+with)\s+(?:the\s+)?$/;
/** A body that may be spoken of as "they" ("Acme have denied it. “…,” they said"). */
const PLURAL_BODY_TYPES = new Set(['organisation', 'agency', 'company', 'media', 'group']);

/**
 * "they" in a quote's tag → one actor only when the sentence before the quote names exactly one that fits, as its
 * subject: a body ("Big Machine have twice denied doing anything wrong. “…,” they said in a statement") or a person
 * whom the text gives no he or she (singular they: "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they
 * said in an email"). The pronoun's own sentence must hold nothing before it but the quote; a subject joined to
 * another ("Lino and her team"), a person known as he or she, an unnamed subject ("Officials"), or any other actor
 * that fits in that sentence (an object: "Acme sued Bolt") leaves the speaker unnamed.
 */
function theyReferent(ctx: SpeakerContext, pos: number): number | null {
  const k = ctx.index.sentenceOf(pos);
  const own = ctx.sentences[k];
  const prev = ctx.sentences[k - 1];
  if (!own || !prev || own.paragraph - prev.paragraph > 1 || prev.repeatOf !== null) return null;
  if (/[\p{L}\p{N}]/u.test(blankQuotes(ctx, own.span[0], pos))) return null;
  const { text } = ctx;
  const lo = prev.span[0];
  // (The sentence before must not itself be quoted speech.)
  if (ctx.quoted.some(([a, b]) => a <= lo && b >= prev.span[1] - 1)) return null;
  const cands = sentenceCandidates(ctx, k - 1, prev.span[1]);
  const main = cands.filter((c) => c.rank < 2);
  if (!main.length || main.some((c) => c.actor === null)) return null;
  const actors = new Set(main.map((c) => c.actor!));
  if (actors.size !== 1) return null;
  const actor = [...actors][0];
  const a = ctx.index.actors[actor];
  const fits = (x: number) => {
    const t = ctx.index.actors[x];
    return PLURAL_BODY_TYPES.has(t.type) || (t.type === 'person' && t.gender === null);
  };
  if (!fits(actor)) return null;
  // The subject opens the main clause (after a short opening phrase at most) and stands alone: not joined to
  // another ("Lino and her team", "Acme, with its partners,"), not an owner ("Acme's lawyers").
  const subj = ctx.index.mentions.filter((m) => m.actor === actor && m.span[0] >= lo && m.span[1] <= prev.span[1]);
  const first = subj[0];
  if (!first || first.possessive) return null;
  const introEnd = lo + openingClause(blankQuotes(ctx, lo, Math.min(prev.span[1], lo + 240)));
  if (!/^[\s“”"]*(?:(?:[Tt]he|\p{Lu}[\p{L}.’'\-]*)\s+)*$/u.test(text.slice(introEnd, first.span[0]).replace(/^[^,]{0,40},\s+/, ''))) return null;
  if (/^\s*(?:,\s*)?(?:and|or|&|with|plus|along)\b/i.test(text.slice(first.span[1], first.span[1] + 12))) return null;
  // No other actor that fits anywhere in that sentence, save a body inside the person's own appositive (their
  // employer, "Kym Lino, a spokesperson for Instagram,") and the outlet spoken to ("confirmed to WIRED").
  const others = ctx.index.mentions.filter((m) => m.span[0] >= lo && m.span[1] <= prev.span[1] && m.actor !== actor && fits(m.actor));
  const employer = new Set(
    others
      .filter((m) => a.type === 'person' && ctx.index.actors[m.actor].type !== 'person' && m.span[0] > first.span[1] && /^,\s*[^,;:.!?“”"]{0,80}$/.test(text.slice(first.span[1], m.span[0])))
      .map((m) => m.actor),
  );
  const spokenTo = (m: (typeof others)[number]) => ctx.index.actors[m.actor].type === 'media' && SPOKEN_TO_BEFORE.test(text.slice(Math.max(lo, m.span[0] - 30), m.span[0]));
  if (others.some((m) => !employer.has(m.actor) && !spokenTo(m))) return null;
  // …nor a capitalised name the actor pass left untyped ("Acme sued Bolt Media"), which might be one.
  let rest = text.slice(first.span[1], prev.span[1]);
  for (const m of ctx.index.mentions) if (m.span[0] >= first.span[1] && m.span[1] <= prev.span[1]) rest = rest.slice(0, m.span[0] - first.span[1]) + ' '.repeat(m.span[1] - m.span[0]) + rest.slice(m.span[1] - first.span[1]);
  if (/(?<![.!?]\s*|[“"]\s*)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)\b)\p{Lu}/u.test(rest)) return null;
  return actor;
}

/**
 * "When Ghani announced the exchange, he said …": a pronoun opening the main clause right after a subordinate
 * clause refers to that clause's subject, when it is a compatible person (not an object: "After X met Y, he …").
 */
function subordinateSubject(ctx: SpeakerContext, pos: number, want: Want): number | null {
  const sent = ctx.sentences[ctx.index.sentenceOf(pos)];
  if (!sent) return null;
  const lo = sent.span[0];
  const introEnd = lo + openingClause(blankQuotes(ctx, lo, Math.min(sent.span[1], lo + 240)));
  if (introEnd === lo || /\S/.test(ctx.text.slice(introEnd, pos))) return null;
  // "As for Trump, he said …": the person the clause turns to.
  if (/^[\s“”"]*(?:As\s+for|As\s+to)\s/.test(ctx.text.slice(lo, introEnd))) {
    const topic = mentionsBetween(ctx, lo, introEnd).filter((x) => !x.possessive);
    return topic.length === 1 && compatible(ctx, topic[0].actor, want) ? topic[0].actor : null;
  }
  if (!/^[\s“”"]*(?:When|While|After|Before|As|Since|Because|Although|Though|If|Once|Until)\s/.test(ctx.text.slice(lo, introEnd))) return null;
  const m = mentionsBetween(ctx, lo, introEnd).find((x) => !x.possessive && !isObject(ctx.text, x, lo) && !isModifier(ctx.text, x));
  return m && compatible(ctx, m.actor, want) ? m.actor : null;
}

/** Role words of an actor, from its titles and appositives. */
const holds = (ctx: SpeakerContext, actor: number, head: string) => {
  const a = ctx.index.actors[actor];
  return holdsRole(a.roleWords, a.roles.map((r) => r.text), head);
};

/**
 * A definite description in speaker position ("the Vermont senator said") → the person it refers back to: the
 * most salient earlier person who holds that role, else the only person of the document who does, else (when no
 * one is known to hold it) the most salient person. Indefinite ones ("a senior official") and someone's aide
 * ("his spokesman") name no one: actor null.
 */
export function resolveDescription(ctx: SpeakerContext, d: Description, pos: number): SpeakerHit | null {
  const span: Span = [d.start, pos];
  if (!d.definite || d.possessed || d.plural) return { actor: null, span, via: 'description', gender: d.gender, head: d.head };
  // "the senior Cruz adviser", "the Clinton aide": a person's name inside the phrase makes it that person's staff,
  // unnamed, like "his adviser".
  if (mentionsBetween(ctx, d.start, d.end).some((m) => m.via !== 'description' && m.via !== 'pronoun' && ctx.index.actors[m.actor].type === 'person')) return { actor: null, span, via: 'description', gender: d.gender, head: d.head };
  const key = `d${d.start}`;
  const cache = memo(ctx);
  if (!cache.has(key)) {
    cache.set(key, null);
    cache.set(key, describedPerson(ctx, d));
  }
  const actor = cache.get(key) as number | null;
  return { actor, span, via: 'description', gender: d.gender };
}

function describedPerson(ctx: SpeakerContext, d: Description): number | null {
  // An age says nothing of a role: "the 56-year-old" is someone only when one person was just written about.
  if (isAgeNoun(d.head)) return onlyPersonBefore(ctx, d.start, AGE_SENTENCES_BACK);
  // Capitalised modifiers ("the Vermont senator") should be found near the person's earlier mentions or roles.
  const named = d.modifiers.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Former|Retired|Late|Then|New|Top|Senior|Chief)$/.test(w));
  const qualified = (actor: number) => {
    const a = ctx.index.actors[actor];
    const near = a.mentions.filter((m) => m.span[1] <= d.start).map((m) => ctx.text.slice(Math.max(0, m.span[0] - 40), Math.min(d.start, m.span[1] + 60)));
    const texts = [...a.roleWords, ...a.roles.map((r) => r.text), ...near].join(' ');
    return named.every((w) => texts.includes(w));
  };
  // A description does not point back to someone named earlier in its own sentence ("After meeting Smith, the senator said").
  const from = ctx.sentences[ctx.index.sentenceOf(d.start)]?.span[0] ?? d.start;
  // "the former president": not someone the article titles as holding that role now ("President Obama"), unless it
  // also calls them former.
  const former = d.modifiers.some((w) => /^(?:former|ex)$/i.test(w));
  const sitting = (x: number) => former && holds(ctx, x, d.head) && !calledFormer(ctx, x, d.start);
  for (const strict of named.length ? [true, false] : [false]) {
    const fits = (x: number) => holds(ctx, x, d.head) && (!strict || qualified(x)) && !sitting(x);
    const withRole = antecedent(ctx, from, d.gender, fits, MAX_SENTENCES_BACK, d.head);
    if (withRole !== null) return otherHolderSince(ctx, withRole, d.head, d.start) ? justWrittenOther(ctx, from, d, withRole) : withRole;
    const holders = new Set<number>();
    for (const m of ctx.index.mentions) {
      if (m.span[0] >= from) break;
      if (compatible(ctx, m.actor, d.gender) && fits(m.actor)) holders.add(m.actor);
    }
    const [only] = holders;
    if (holders.size === 1) return otherHolderSince(ctx, only, d.head, d.start) ? justWrittenOther(ctx, from, d, only) : only;
    if (holders.size > 1) return null;
    // "The Florida senator" when no senator is known to be from Florida: the person just written about, rather
    // than some other senator.
    if (strict) {
      const near = antecedent(ctx, from, d.gender, (x) => !holdsOtherPlace(ctx, x, named), 2, d.head);
      if (near !== null) return near;
    }
  }
  // No one is known to hold the role: the description renames the person the text is about, when it names a
  // role at all ("the retired neurosurgeon"); "the insider", "the woman" are someone the article did not name.
  if (isGenericPerson(d.head)) return null;
  // ("“Would that be you?” Reyes asked. “It would,” the senator said.": the one asking is not the one who answers.)
  const asker = askerJustBefore(ctx, from);
  return antecedent(ctx, from, d.gender, (x) => x !== asker && !sitting(x), 4, d.head, false);
}

/**
 * Is someone else written as holding the role between the actor's last mention before `pos` and `pos`: "The senator
 * from Florida appeared …" when the actor is "Cruz, the senator from Texas"? Then a later "the senator" may be either.
 */
function otherHolderSince(ctx: SpeakerContext, actor: number, head: string, pos: number): boolean {
  const a = ctx.index.actors[actor];
  let last = 0;
  for (const m of a.mentions) if (m.span[1] <= pos && m.span[1] > last) last = m.span[1];
  const between = ctx.text.slice(last, pos);
  if (!between.includes(head)) return false;
  const re = new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}\\-]+\\s+)?${escapeRegExp(head)}\\b`, 'gu');
  for (const m of between.matchAll(re)) {
    const place = roleQualifierAfter(between, m.index! + m[0].length);
    if (place && !a.roles.some((r) => r.text.includes(place))) return true;
  }
  return false;
}

/** The person the two sentences before were about, if not `holder`: the other holder of a role written of as someone else's. */
function justWrittenOther(ctx: SpeakerContext, from: number, d: Description, holder: number): number | null {
  return antecedent(ctx, from, d.gender, (x) => x !== holder, 2, d.head, false);
}

/** Is the actor written as a former holder somewhere before `pos` ("former President Carter", "Carter, a former
 * president,")? */
function calledFormer(ctx: SpeakerContext, actor: number, pos: number): boolean {
  const a = ctx.index.actors[actor];
  if (a.roles.some((r) => r.span[0] < pos && /\b(?:former|ex-)/i.test(r.text))) return true;
  return a.mentions.some((m) => m.span[0] < pos && /\b(?:former|ex-)\s*(?:\p{L}+\.?\s+){0,3}$/iu.test(ctx.text.slice(Math.max(0, m.span[0] - 40), m.span[0])));
}

/** Who asked the question quoted right before the quote holding `from` ("“…?” Reyes asked. “…”"), if anyone. */
function askerJustBefore(ctx: SpeakerContext, from: number): number | null {
  const { text } = ctx;
  // The answer may run over several sentences before its cue: start from its opening mark.
  const own = ctx.quoted.find(([a, b]) => a <= from && from <= b + 2);
  const start = own ? own[0] : from;
  const lo = Math.max(0, start - 200);
  if (!text.slice(lo, start).includes('?')) return null;
  const m = mentionsBetween(ctx, lo, start).findLast(
    (x) =>
      /\?\s*[”"]\s*,?\s*$/.test(text.slice(Math.max(lo, x.span[0] - 12), x.span[0])) &&
      ASKED_THEN_ANSWER.test(text.slice(x.span[1], start + 1)),
  );
  return m ? m.actor : null;
}
/** After the asker's name: the verb of asking, then only the end of that sentence before the answer opens. */
const ASKED_THEN_ANSWER = /^\s+(?:asked|asks|wondered|inquired|queried)[.,]?\s*[“"]?$/;

const AGE_SENTENCES_BACK = 2;

/** The one person named in the sentence before `pos` and the `back` sentences before it, else null. */
function onlyPersonBefore(ctx: SpeakerContext, pos: number, back: number): number | null {
  const from = ctx.sentences[Math.max(0, ctx.index.sentenceOf(pos) - back)]?.span[0] ?? pos;
  let only: number | null = null;
  for (const m of ctx.index.mentions) {
    if (m.span[0] >= pos) break;
    if (m.span[0] < from || ctx.index.actors[m.actor].type !== 'person') continue;
    if (only !== null && only !== m.actor) return null;
    only = m.actor;
  }
  return only;
}

/** Is the person tied to another place than the description names ("Sen. Joni Ernst, R-Iowa" for "the Florida senator")? */
function holdsOtherPlace(ctx: SpeakerContext, actor: number, named: string[]): boolean {
  // (Only place names count: "the Senate minority leader" names no state for Harry Reid (D-Nev.) to differ from.)
  const places = named.filter((w) => isPlaceName(w));
  if (!places.length) return false;
  const a = ctx.index.actors[actor];
  const near = a.mentions.map((m) => ctx.text.slice(m.span[1], m.span[1] + 30)).join(' ');
  const tag = /\(?[RDI]-([A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)/u.exec(near);
  return !!tag && !places.some((w) => tag[1].startsWith(w.slice(0, 3)));
}

/** A name used as a modifier ("the 2014 Senate victories", "the Trump campaign") is not a subject. */
function isModifier(text: string, m: ActorMention): boolean {
  if (labelsAThing(text, m.span)) return true;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.span[1], m.span[1] + 30));
  if (!next || SPEECH_VERBS.has(next[1])) return false;
  return /Noun|Plural|Singular/.test(lexiconTag(next[1]) ?? '');
}

/** A mention right after a preposition or an object-taking verb is not a subject. */
function isObject(text: string, m: ActorMention, lo = 0): boolean {
  // Only the mention's own sentence counts: "… with Hillary Clinton. Sanders is …" leaves Sanders a subject.
  const before = text.slice(Math.max(lo, m.span[0] - 24), m.span[0]);
  if (/\b(?:the|a|an|this|that|his|her|their|its|our|in|of)\s+$/i.test(before)) return true;
  // ("On CBS‘ Face the Nation, she said", "Like Reyes, the other candidates said": a preposition opening the
  // sentence is capitalised.)
  return /\b(?:with|to|by|for|against|about|from|of|on|at|into|onto|toward|towards|behind|among|between|upon|than|and|met|meet|meets|called|told|tell|tells|telling|asked|asking|thanked|attacked|criticized|criticised|praised|including|like|unlike|despite|besides|beyond|alongside|as|shows|showed|depicts|depicted|portrays|portrayed|With|By|For|Like|Unlike|Despite|Besides|Beyond|Alongside|Against|From|On|At|Into|Toward|Towards|Among|Between|Upon)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(before);
}
