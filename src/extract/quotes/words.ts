// Word lists for reading speakers (data/quote-words.json): clause-opening conjunctions and the documents that
// carry someone's words, each list kept once and turned into regular-expression alternations here.
import { readFileSync } from 'node:fs';

type DocumentRole = 'speaks' | 'sentBy' | 'bodyOwn';
interface QuoteWords {
  clauseConjunctions: string[];
  documentNouns: Record<string, DocumentRole[]>;
  ownDocumentModifiers: string[];
  adVoices: string[];
  adNouns: string[];
  afterQuoteCues: string[];
  crowdVoices: { voices: string[]; carriers: string[]; links: string[] };
}
const data = JSON.parse(readFileSync(new URL('../../../data/quote-words.json', import.meta.url), 'utf8')) as QuoteWords;

/** "a|b|c" for use inside a group of a regular expression (the words hold no special characters but '-'). */
const alternation = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const nounsFor = (role: DocumentRole) => Object.keys(data.documentNouns).filter((n) => data.documentNouns[n].includes(role));

/** Conjunctions opening a clause with its own subject: "though", "when", "because" … */
export const CLAUSE_CONJUNCTIONS = alternation(data.clauseConjunctions);
/** Documents that speak for whoever issued them: "the statement said", "read the email". */
export const SPEAKING_DOCUMENTS = alternation(nounsFor('speaks'));
const SPEAKING_SET: ReadonlySet<string> = new Set(nounsFor('speaks'));
/** Documents whose sender, named after a participle, speaks through them: "an email sent out by Holt". */
export const SENT_DOCUMENTS = alternation(nounsFor('sentBy'));
/** Documents through which the body named before them speaks: "A State Department report said". */
export const BODY_DOCUMENTS = alternation(nounsFor('bodyOwn'));
/** Words between that body and its document: "an internal memo". */
export const OWN_DOCUMENT_MODIFIERS = alternation(data.ownDocumentModifiers);

/** Is `word` (any case, perhaps plural) a document that speaks for its issuer? */
export function isSpeakingDocument(word: string): boolean {
  const w = word.toLowerCase();
  return SPEAKING_SET.has(w) || (w.endsWith('s') && SPEAKING_SET.has(w.slice(0, -1)));
}

/** Who voices an ad: "narrator", "announcer", "voice-over". */
export const AD_VOICES = alternation(data.adVoices);
/** What an ad is called: "ad", "spot", "commercial" … */
export const AD_NOUNS = alternation(data.adNouns);

/** Verbs that tag a quote only right after it: "“…,” remembered Roy Verley", "“…,” Lund laughed." */
export const AFTER_QUOTE_CUES: ReadonlySet<string> = new Set(data.afterQuoteCues);

const CROWD_LINK = `\\s+(?:${alternation(data.crowdVoices.links).replace(/ /g, '\\s+')})\\s*[,:]?\\s*$`;
/** Right before a quote, what a crowd chants: "to chants of ", "amid cries of ". Nobody's words the cue beside them reports. */
export const CROWD_VOICE_BEFORE = new RegExp(`\\b(?:${alternation(data.crowdVoices.voices)})${CROWD_LINK}`, 'i');
/** Right before a quote, what carries written words: "a sign reading ", "shirts that read ". Its holder's words, if anyone's. */
export const CARRIER_BEFORE = new RegExp(`\\b(?:${alternation(data.crowdVoices.carriers)})${CROWD_LINK}`, 'i');
