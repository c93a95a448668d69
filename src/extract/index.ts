// Extraction: pure functions from a segmented document to actors, quotes, statements, dates and events.
import type { DocumentMeta, Extraction, Segmentation } from '../model/index.js';
import { emptyExtraction } from '../model/index.js';
import { findActors, learnPossessiveGenders, toEntityRecords } from './actors/index.js';
import { readDoubledApostrophes } from './doubled-apostrophes.js';
import { reviewKnownNames, reviewNestedNames } from './actors/known-names.js';
import { reviewLoneNames } from './actors/lone-names.js';
import { findDateMentions } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractStatements } from './statements/index.js';
import { extractEvents } from './events/index.js';

export interface ExtractionInput extends Segmentation {
  text: string;
  meta: DocumentMeta;
}

/** Everything onrecord finds in one cleaned, segmented document. Never touches the store or files. */
export function extractDocument(stored: ExtractionInput): Extraction {
  const out = emptyExtraction();
  // (Quotation marks written as two apostrophes are read as double marks; offsets are those of the stored text.)
  const input = { ...stored, text: readDoubledApostrophes(stored.text) };
  try {
    const index = findActors(input.text, input.sentences);
    reviewKnownNames(input.text, index);
    reviewNestedNames(input.text, index);
    reviewLoneNames(input.text, input.sentences, index);
    learnPossessiveGenders(input.text, input.sentences, index);
    out.dates = findDateMentions(input.text, input.sentences, input.meta?.published ?? null);
    out.quotes = extractQuotes(input, index, out.dates);
    out.statements = extractStatements(input, index, out.quotes, out.dates);
    // Last: attribution may add speakers the name pass left untyped ("Judicial Watch said").
    out.entities = toEntityRecords(index);
    const { events, operations } = extractEvents(input, { entities: out.entities, dates: out.dates, statements: out.statements });
    out.events = events;
    out.operations = operations;
  } catch (err) {
    // Extraction must never take ingest down: a document that trips a rule keeps what was found before it.
    if (process.env.ONRECORD_DEBUG) console.error(err);
  }
  return out;
}
