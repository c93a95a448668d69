// Cyber operations (EuRepoC-style) from one document's events: the operation, its targets, who it is attributed
// to, who attributes it and how (official, unofficial, technical, demanded, declined), and the responses.
import type { CyberOperationRecord, EventRecord, Span } from '../../model/index.js';

type Attribution = CyberOperationRecord['attributions'][number];
type How = Attribution['how'];

/** Bodies whose word is a state's word: an attribution by them is official. */
const OFFICIAL_ACTOR = /^(state|agency):|government|ministry|department|administration|presidency|elys[eé]e|white-house|kremlin|foreign-office/;
/** Companies and researchers attribute on technical grounds. */
const TECHNICAL_ACTOR = /^(company):|researchers|microsoft|google|mandiant|crowdstrike|kaspersky|eset|symantec|recorded-future|proofpoint|palo-alto|trend-micro|cisco-talos|sentinelone|check-point/;
const TECHNICAL_TEXT = /\b(forensic|malware|indicators? of compromise|technical (analysis|evidence|report)|code overlap|infrastructure)\b/i;
const OFFICIAL_TEXT = /\b(officially|formally|publicly attributed|official attribution)\b/i;

const isThreatKey = (k: string | null) => !!k && k.startsWith('threat-actor:');

interface OpDraft {
  key: string;
  name: string;
  events: EventRecord[];
  targets: Map<string, string>;
  attributedTo: Map<string, string>;
  attributions: Attribution[];
  responses: CyberOperationRecord['responses'];
  span: Span;
}

/** How an attribution was made, from who makes it and how the text puts it. */
export function attributionHow(e: EventRecord): How {
  const k = e.actorKey ?? '';
  if (TECHNICAL_ACTOR.test(k) || TECHNICAL_TEXT.test(e.text)) return 'technical';
  if (OFFICIAL_ACTOR.test(k) || OFFICIAL_TEXT.test(e.text) || e.category === 'Sanction or legal action') return 'official';
  return 'unofficial';
}

/** Groups a document's cyber events into operations and attaches attributions and responses to them. */
export function buildOperations(text: string, events: EventRecord[]): CyberOperationRecord[] {
  const ops: OpDraft[] = [];
  const cyber = events.filter((e) => e.category === 'Cyber operation').sort((a, b) => a.span[0] - b.span[0]);
  const opAt = (at: number): OpDraft | null => {
    let best: OpDraft | null = null;
    for (const o of ops) if (o.span[0] <= at) best = o;
    return best ?? ops[0] ?? null;
  };
  const keyOf = (e: EventRecord) => {
    const named = /^[A-Z]/.test(e.trigger) && !/^target/i.test(e.trigger) ? e.trigger : null;
    return named ? `name:${named}` : e.targetKey ? `target:${e.targetKey}` : null;
  };
  // Operations are the ones with a name or a target; other mentions ("the intrusions") join the nearest before.
  const ordered = [...cyber.filter((e) => keyOf(e)), ...cyber.filter((e) => !keyOf(e))];
  for (const e of ordered) {
    const key = keyOf(e);
    let op = key ? ops.find((o) => o.key === key || (e.targetKey && o.targets.has(e.targetKey))) : null;
    if (!op && !key) op = opAt(e.span[0]);
    if (!op) {
      if (!key) continue;
      op = { key, name: operationName(e), events: [], targets: new Map(), attributedTo: new Map(), attributions: [], responses: [], span: e.span };
      ops.push(op);
    }
    op.events.push(e);
    if (e.target && e.targetKey) op.targets.set(e.targetKey, e.target);
    if (e.actor && e.actorKey) {
      op.attributedTo.set(e.actorKey, e.actor);
      const by = byOfAllegation(events, e);
      if (by) op.attributions.push({ by, how: 'unofficial', date: e.date, span: e.span, to: e.actor });
    }
  }
  // Operations that only anaphora point at ("the intrusions") still exist when someone attributes them.
  const related = events.filter((e) => isAttributionEvent(e) || isResponseEvent(e)).sort((a, b) => a.span[0] - b.span[0]);
  if (!ops.length && related.some(isAttributionEvent) && cyber.length) {
    const e = cyber[0];
    ops.push({ key: 'doc', name: operationName(e), events: [e], targets: new Map(), attributedTo: new Map(), attributions: [], responses: [], span: e.span });
  }
  if (!ops.length) return [];
  for (const e of related) {
    const op = opAt(e.span[0])!;
    if (isAttributionEvent(e)) {
      const how: How = e.category === 'Denial or rejection' ? 'declined' : e.category === 'Demand' || e.category === 'Appeal or call' ? 'demanded' : attributionHow(e);
      const to = e.category === 'Denial or rejection' ? e.target : e.target;
      op.attributions.push({ by: e.actor ?? 'unknown', how, date: e.date, span: e.span, to: to ?? null });
      if (to && e.targetKey && how !== 'declined') op.attributedTo.set(e.targetKey, to);
    }
    if (isResponseEvent(e)) {
      op.responses.push({ by: e.actor ?? 'unknown', category: e.category, text: e.text, date: e.date, span: e.span });
      // A legal act against a named culprit attributes the operation to it, officially.
      if (e.category === 'Sanction or legal action' && e.target && e.targetKey) {
        op.attributions.push({ by: e.actor ?? 'unknown', how: 'official', date: e.date, span: e.span, to: e.target });
        op.attributedTo.set(e.targetKey, e.target);
      }
    }
  }
  const out: CyberOperationRecord[] = [];
  for (const op of ops) {
    const dates = op.events.map((e) => e.date).filter((d) => d !== null);
    const date = dates.sort((a, b) => a!.value.localeCompare(b!.value))[0] ?? null;
    const rec: CyberOperationRecord = {
      name: op.name,
      targets: [...op.targets.values()],
      attributedTo: [...op.attributedTo.values()],
      attributions: dedupeAttributions(op.attributions),
      responses: op.responses,
      date,
      span: op.span,
    };
    out.push(rec);
    // A cyber operation with no actor in its sentence is the operation's: name the attributed actor, the most
    // specific first (a named threat actor before a state).
    const keys = [...op.attributedTo.keys()];
    const best = keys.find(isThreatKey) ?? keys[0];
    if (best) {
      const anchors = op.events.filter((e) => keyOf(e)).map((e) => e.sentence);
      for (const e of op.events) {
        if (e.actor) continue;
        // A mention that neither names nor targets the operation gets its actor only when it points back to it ("the
        // hacks", "these intrusions") or stands near it; "new cyberattacks", "election hacking" far on are talk.
        if (!keyOf(e) && !pointsBack(text, e) && !toldAsDone(text, e) && !anchors.some((k) => Math.abs(k - e.sentence) <= LEND_REACH)) continue;
        e.actor = op.attributedTo.get(best)!;
        e.actorKey = best;
        e.modality = 'reported';
      }
    }
  }
  return out;
}

/** Sentences around a mention that names or targets the operation within which a bare mention is still the same one. */
const LEND_REACH = 3;
/** A determiner that points back, then at most two modifiers: "the hacks", "these state-sponsored intrusions". */
const POINTS_BACK = /\b(?:the|these|those|this|that|such|its|their)\s+(?:(?:[\p{Lu}][\p{L}-]*|alleged|suspected|recent|latest|reported|same|earlier|[a-z-]+(?:ed|al|ic|ive|ous|ian|ese))\s+){0,2}$/iu;

/** Whether the text right before an event's trigger points back to something already told ("the intrusions"). */
function pointsBack(text: string, e: EventRecord): boolean {
  const at = e.triggerSpan?.[0];
  if (at === undefined) return true;
  return POINTS_BACK.test(text.slice(Math.max(0, at - 60), at));
}

/** A past passive right after the noun: "cyberattacks were launched", "the breach was carried out". */
const DONE_AFTER = /^\s+(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b/i;

/** Whether the mention is the subject of a past passive, so tells one act done, not cyberattacks in general. */
function toldAsDone(text: string, e: EventRecord): boolean {
  const end = e.triggerSpan?.[1];
  return end !== undefined && DONE_AFTER.test(text.slice(end, end + 50));
}

const isAttributionEvent = (e: EventRecord): boolean =>
  (e.category === 'Accusation or attribution' && e.polarity === 'asserted') ||
  (e.about === 'Accusation or attribution' && (e.category === 'Denial or rejection' || e.category === 'Demand' || e.category === 'Appeal or call'));

const isResponseEvent = (e: EventRecord): boolean =>
  e.category === 'Sanction or legal action' || e.category === 'Investigation' || (e.category === 'Denial or rejection' && e.about !== 'Accusation or attribution');

/** Who alleges an operation that a sentence reports ("cyberattacks they claim were organized by China"). */
function byOfAllegation(events: EventRecord[], e: EventRecord): string | null {
  if (e.modality !== 'reported') return null;
  const other = events.find((x) => x !== e && x.sentence === e.sentence && x.actor && x.category !== 'Cyber operation');
  return other?.actor ?? null;
}

function operationName(e: EventRecord): string {
  const noun = e.trigger.replace(/^(target|targeting|targeted)$/i, 'intrusions');
  const what = /^[A-Z]/.test(noun) ? noun : noun.toLowerCase();
  return e.target ? `${what} against ${e.target}` : what;
}

function dedupeAttributions(list: Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.by}|${a.how}|${a.to ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
