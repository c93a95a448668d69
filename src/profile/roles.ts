// Titles and roles as the text gives them, next to a person's name.

export const ROLE_WORDS =
  /\b(president|prime minister|premier|chancellor|minister|secretary|senator|ambassador|envoy|lawmaker|deputy|mp|governor|mayor|king|queen|commissioner|director|chair|chairman|chairwoman|head|leader|spokes\w*|general|chief|ceo|founder|correspondent|expert|analyst)\b/i;

/** A standing in a race or a poll ("poll leader", "chief rival") is not an office that gives authority over anything. */
const NOT_AN_OFFICE = /\b(?:poll|polls|race|delegate|delegates|primary|rival|opponent|challenger|contender|front-?runner|frontrunner)\b/i;

/**
 * A title names an office when its head, the last word before "of/for/to …", is a role word: "Secretary of State"
 * is a secretary, "French Ambassador for Digital Affairs" an ambassador, but "chief rival" is a rival.
 */
export function isOffice(title: string): boolean {
  const head = title.trim().split(/\s+(?:of|for|to|on|at|in)\s+/i)[0].trim().split(/\s+/).pop() ?? '';
  return ROLE_WORDS.test(head) && !NOT_AN_OFFICE.test(title);
}

const OPENERS =
  /^(amid|amidst|after|before|during|when|while|as|in|on|at|since|under|with|without|for|from|by|to|yesterday|today|meanwhile|but|and|so|then|also|former|then-|both|if|though|although|unlike|like|despite|following|according)$/i;

/** Titles written before a name ("French Ambassador for Digital Affairs Henri Verdier") or after it (", chair of …,"). */
export function rolesInSentence(text: string, nameStart: number, nameEnd: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, nameStart - 90), nameStart);
  const m = before.match(/((?:(?:\p{Lu}[\p{L}'’.-]*|for|of|the|and|on)\s+){1,8})$/u);
  if (m) {
    let title = m[1].trim().replace(/^(?:(?:for|of|the|and|on)\s+)+/i, '');
    // A capitalised sentence opener ("Amidst President Xi") is not part of the title.
    const first = title.split(/\s+/)[0];
    if (OPENERS.test(first) && title.includes(' ')) title = title.slice(first.length).trim();
    // A title has few words before its head ("Former French President"); more is a headline or a list of names.
    const head = title.search(ROLE_WORDS);
    const modifiers = head < 0 ? 99 : title.slice(0, head).trim().split(/\s+/).filter(Boolean).length;
    if (head >= 0 && modifiers <= 3 && /^\p{Lu}/u.test(title)) out.push(title.replace(/['’]s$/, ''));
  }
  const after = text.slice(nameEnd, nameEnd + 120);
  const a = after.match(/^,\s+((?:the\s+|a\s+)?[^,;.()]{3,90}?)(?:,|\.|;|$)/);
  if (a && ROLE_WORDS.test(a[1]) && !/\b(said|says|told|who|which|that)\b/i.test(a[1])) out.push(a[1].trim());
  return out;
}

