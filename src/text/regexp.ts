// Building regular expressions from word lists (data files, lexicons): one escape, one alternation rule.

/** Escapes a string for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The escaped words as one alternation, longest first so that a longer entry wins over its prefix. */
export const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
