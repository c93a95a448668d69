// Dates a document from its lead when the lead ties a weekday to an anniversary of a known event
// ("on Monday, a day after world leaders commemorated the 100-year anniversary of the end of World War I").
// Only a weekday that agrees with the computed date is trusted; anything else gives no date.
import { readFileSync } from 'node:fs';
import type { DateValue } from '../model/index.js';

interface HistoricEvent {
  date: string;
  names: string[];
}

const EVENTS: HistoricEvent[] = JSON.parse(readFileSync(new URL('../../data/historic-dates.json', import.meta.url), 'utf8')).events;
const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const NAMES = EVENTS.flatMap((e) => e.names.map((n) => ({ name: norm(n), date: e.date }))).sort((a, b) => b.name.length - a.name.length);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINAL_WORDS: Record<string, number> = {
  tenth: 10, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, 'seventy-fifth': 75, eightieth: 80, ninetieth: 90, hundredth: 100, 'one hundredth': 100,
};
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const ANNIVERSARY =
  /\b(?:(\d{1,3})(?:st|nd|rd|th)?[- ](?:year[- ])?anniversary|((?:one )?hundredth|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|ninetieth) anniversary|(centenary|centennial|bicentenary|bicentennial))\s+of\s+(?:the\s+)?([^,.;:()]+)/gi;
const OFFSET = /\b(?:(a|one|two|three|four|five|six|seven|\d) days?|the day) (after|before)\b[^.;]*$/i;
const WEEKDAY = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;

function eventDate(phrase: string): string | null {
  const p = norm(phrase);
  const hit = NAMES.find((n) => p === n.name || p.startsWith(n.name + ' '));
  return hit?.date ?? null;
}

function addDays(iso: string, days: number): Date {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** A day-precision date for one sentence, if it names a weekday that an anniversary (and offset) confirms. */
export function dateFromAnniversary(sentence: string): DateValue | null {
  const weekday = WEEKDAY.exec(sentence);
  if (!weekday) return null;
  for (const m of sentence.matchAll(ANNIVERSARY)) {
    const years = m[1] ? Number(m[1]) : m[2] ? ORDINAL_WORDS[m[2].toLowerCase()] : /^bi/i.test(m[3]) ? 200 : 100;
    const base = eventDate(m[4]);
    if (!years || !base) continue;
    const year = Number(base.slice(0, 4)) + years;
    const anniversary = `${year}${base.slice(4)}`;
    const before = sentence.slice(0, m.index);
    const off = OFFSET.exec(before);
    const n = off ? (off[1] ? (COUNT_WORDS[off[1].toLowerCase()] ?? Number(off[1])) : 1) : 0;
    const date = addDays(anniversary, off?.[2].toLowerCase() === 'before' ? -n : n);
    if (WEEKDAYS[date.getUTCDay()] !== weekday[1].toLowerCase()) continue;
    return { value: date.toISOString().slice(0, 10), precision: 'day' };
  }
  return null;
}

/** The first confirmed anniversary date in the lead paragraphs of a text. */
export function dateFromLead(paragraphs: string[]): DateValue | null {
  for (const p of paragraphs.slice(0, 3)) {
    for (const s of p.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      const d = dateFromAnniversary(s);
      if (d) return d;
    }
  }
  return null;
}
