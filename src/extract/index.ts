// Extraction: pure functions from a segmented document to actors, quotes, statements, dates and events.
import type { DocumentMeta, Extraction, Segmentation } from '../model/index.js';
import { emptyExtraction } from '../model/index.js';

export interface ExtractionInput extends Segmentation {
  text: string;
  meta: DocumentMeta;
}

/** Everything onrecord finds in one cleaned, segmented document. Never touches the store or files. */
export function extractDocument(input: ExtractionInput): Extraction {
  void input;
  return emptyExtraction();
}
