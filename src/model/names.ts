// The parts of a person's name that every stage agrees on: a generational suffix ("Jr.", "III") is no surname.

const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

/** The words of a person's name without a trailing generational suffix ("Joseph R. Biden Jr." → Joseph R. Biden). */
export function nameWords(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && GENERATIONAL.test(words[words.length - 1])) words.pop();
  if (words.length > 1) words[words.length - 1] = words[words.length - 1].replace(/,$/, '');
  return words;
}

/** Whether a person's name ends in a generational suffix ("Jr.", "III"). */
export const hasGenerationalSuffix = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && GENERATIONAL.test(words[words.length - 1]);
};

/** A person's surname: the last word of the name that is no generational suffix. */
export const surnameOf = (name: string): string => nameWords(name).pop() ?? '';
