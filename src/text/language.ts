// Language identification with fastText's lid.176 model (shipped inside fasttext.wasm.js, so it works offline).
// The model loads once, on first use; a failure to load leaves the language unknown rather than failing cleaning.
import { getLIDModel } from 'fasttext.wasm.js';

type Identifier = { identify(text: string): Promise<{ alpha2?: string | null; possibility: number }> };

let model: Promise<Identifier | null> | null = null;

function loadModel(): Promise<Identifier | null> {
  model ??= (async () => {
    try {
      const lid = await getLIDModel();
      await lid.load();
      return lid as unknown as Identifier;
    } catch {
      return null;
    }
  })();
  return model;
}

/** How much text to look at: enough for a confident answer (300 and 600 characters gave the same language on all
 * 1,026 seed, PolNeAR and benchmark-page documents), little enough to stay cheap: the cost is linear in it. */
const SAMPLE_CHARS = 300;
const MIN_CONFIDENCE = 0.5;

/** ISO 639-1 code of the text's language, or null when the text is too short or the model unsure. */
export async function detectLanguage(text: string): Promise<string | null> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  if ((sample.match(/\p{L}/gu) ?? []).length < 20) return null;
  const lid = await loadModel();
  if (!lid) return null;
  try {
    const result = await lid.identify(sample);
    return result.alpha2 && result.possibility >= MIN_CONFIDENCE ? result.alpha2 : null;
  } catch {
    return null;
  }
}
