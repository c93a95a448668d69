// Whether two actor names denote the same actor, leniently: "U.S." = "United States", "Macron" = "Emmanuel Macron",
// "NATO" = "North Atlantic Treaty Organization", "legislators" = "lawmakers". Used by evaluation and filters.
import { countryOf, groupNoun } from './actors.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'and', 's']);

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !STOP.has(w))
    .map((w) => groupNoun(w) ?? w);
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

export function actorsMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ca = countryOf(a);
  const cb = countryOf(b);
  if (ca && cb) return ca === cb;
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  // Acronym of the other's capitalised words.
  const acr = (x: string, y: string) => /^[A-Z]{2,}$/.test(x.replace(/\./g, '')) && initials(y) === x.replace(/\./g, '');
  if (acr(a.trim(), b) || acr(b.trim(), a)) return true;
  // A surname alone for a person's full name.
  const one = ta.length === 1 ? ta : tb.length === 1 ? tb : null;
  const many = ta.length === 1 ? tb : ta;
  if (one && many.length >= 2 && many.length <= 3 && many[many.length - 1] === one[0] && /^[A-Z]/.test((ta.length === 1 ? a : b).trim())) return true;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const inter = [...sa].filter((w) => sb.has(w)).length;
  return inter / new Set([...ta, ...tb]).size >= 0.6;
}
