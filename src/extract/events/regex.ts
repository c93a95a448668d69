// Matching helpers for the hot loops: String.prototype.matchAll copies its regex on every call (once per
// sentence here), so the rules keep one module-level global regex each and walk it with exec.

/** Every match of a global regex in a text, in order — what `text.matchAll(re)` gives, without copying `re`. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it as matchAll does.
    if (m[0] === '') re.lastIndex = stepOver(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function stepOver(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? at + 2 : at + 1;
}
