// Turns whatever a user typed into FTS5 queries that cannot fail to parse. The first form keeps the user's
// phrases and AND/OR/NOT; the later ones are more literal fallbacks (all words, then any word).

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_]*/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

const quoteTerm = (w: string) => `"${w.replace(/"/g, '""')}"`;

/** Candidate FTS5 MATCH strings for a user query, strictest first; empty when the query has no words. */
export function ftsQueries(input: string): string[] {
  const structured: string[] = [];
  // Phrases in balanced double quotes stay phrases; an unbalanced quote is just punctuation.
  const parts = input.split('"');
  const balanced = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    if (balanced && i % 2 === 1) {
      const words = part.match(WORD);
      if (words) structured.push(quoteTerm(words.join(' ')));
      return;
    }
    for (const raw of part.split(/\s+/)) {
      if (OPERATORS.has(raw)) {
        structured.push(raw);
        continue;
      }
      const words = raw.match(WORD);
      if (!words) continue;
      const prefix = raw.endsWith('*') && words.length === 1;
      structured.push(words.length > 1 ? quoteTerm(words.join(' ')) : quoteTerm(words[0]) + (prefix ? '*' : ''));
    }
  });
  // Operators must sit between terms.
  const cleaned: string[] = [];
  for (const t of structured) {
    const op = OPERATORS.has(t);
    const prevOp = cleaned.length === 0 || OPERATORS.has(cleaned[cleaned.length - 1]);
    if (op && prevOp) continue;
    cleaned.push(t);
  }
  while (cleaned.length && OPERATORS.has(cleaned[cleaned.length - 1])) cleaned.pop();
  const words = input.match(WORD) ?? [];
  if (!words.length) return [];
  const all = words.map(quoteTerm).join(' ');
  const any = words.map(quoteTerm).join(' OR ');
  return [...new Set([cleaned.join(' '), all, any].filter(Boolean))];
}
