// STIX 2.1 bundle of what onrecord knows about cyber operations: actors (identity, intrusion-set, threat-actor),
// operations (campaign), who attributes them to whom (relationship attributed-to, with who says so and how),
// what they target (relationship targets), the responses (note), and the documents (report).
// Pure: same input, same bundle. Ids are UUIDv5 from names, so exports are stable across runs and machines.
import { createHash } from 'node:crypto';
import type { ActorSummary, CyberOperationRecord, DateValue, DocumentRecord, EventRecord } from '../model/index.js';
import { threatActorOf } from '../extract/events/actors.js';

export type StixDocument = Pick<DocumentRecord, 'id' | 'title' | 'published' | 'url' | 'outlet'>;
export type StixActor = Pick<ActorSummary, 'key' | 'name' | 'type' | 'aliases'>;
/** An event or operation with the id of the document it comes from. */
export type StixEvent = EventRecord & { docId: string };
export type StixOperation = CyberOperationRecord & { docId: string };

export interface StixOptions {
  /** Timestamp for created/modified (ISO). Default: the latest document date, so a re-export is identical. */
  timestamp?: string;
}

export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [k: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Namespace for onrecord's UUIDv5 ids (a fixed random UUID). */
const NAMESPACE = 'b7d2c1e4-5a0f-4c3e-9d7a-2f6e8a1b3c5d';

/** RFC 4122 version-5 UUID of a name in a namespace. */
export function uuidv5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const stixId = (type: string, name: string): string => `${type}--${uuidv5(`${type}|${name}`)}`;

/** An ISO timestamp for a date of any precision (start of the period). */
export function stixTime(d: DateValue | null | undefined): string | null {
  if (!d) return null;
  const v = d.precision === 'year' ? `${d.value}-01-01` : d.precision === 'month' ? `${d.value}-01` : d.value;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : null;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function toStixBundle(
  docs: StixDocument[],
  entities: StixActor[],
  events: StixEvent[],
  operations: StixOperation[],
  options: StixOptions = {},
): StixBundle {
  const stamp =
    options.timestamp ??
    docs
      .map((d) => stixTime(d.published))
      .filter((t): t is string => !!t)
      .sort()
      .pop() ??
    EPOCH;
  const objects = new Map<string, StixObject>();
  const base = (type: string, idName: string) => ({ type, spec_version: '2.1' as const, id: stixId(type, idName), created: stamp, modified: stamp });
  const put = (o: StixObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o);
    return o.id;
  };

  const system = put({ ...base('identity', 'onrecord'), name: 'onrecord', identity_class: 'system', description: 'Knowledge base built from news and official texts by onrecord.' });

  // Actors by key and by name (events and operations name actors; entities may not list them all).
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const byName = new Map<string, StixActor>();
  for (const e of entities) {
    byName.set(e.name.toLowerCase(), e);
    for (const a of e.aliases) if (!byName.has(a.toLowerCase())) byName.set(a.toLowerCase(), e);
  }
  const actorOf = (name: string, key?: string | null): StixActor =>
    (key ? byKey.get(key) : undefined) ?? byName.get(name.toLowerCase()) ?? { key: key ?? `unknown:${slug(name)}`, name, type: key?.startsWith('threat-actor:') ? 'threat-actor' : 'organisation', aliases: [] };

  /** The SDO an actor is: a named threat actor is an intrusion set; everyone else an identity. */
  const identityRef = (a: StixActor): string => {
    if (a.type === 'threat-actor') return intrusionSetRef(a);
    const cls = a.type === 'person' ? 'individual' : a.type === 'group' ? 'group' : 'organization';
    const sectors = a.type === 'state' || a.type === 'agency' ? ['government'] : undefined;
    return put({ ...base('identity', a.key), name: a.name, identity_class: cls, ...(sectors ? { sectors } : {}), ...(a.aliases.length ? { x_onrecord_aliases: a.aliases } : {}), x_onrecord_actor_type: a.type, x_onrecord_key: a.key, created_by_ref: system });
  };
  const intrusionSetRef = (a: StixActor): string => {
    // Known aliases (APT31 = Zirconium = Judgment Panda …) join the ones the corpus used.
    const known = threatActorOf(a.name)?.aliases ?? [];
    const aliases = [...new Set([...a.aliases, ...known])].filter((x) => x !== a.name);
    return put({ ...base('intrusion-set', a.key), name: a.name, aliases: aliases.length ? aliases : [a.name], x_onrecord_key: a.key, created_by_ref: system });
  };
  /** What an operation is attributed to: an intrusion set for a named group, a threat actor for a state or others. */
  const attributedRef = (a: StixActor): string => {
    if (a.type === 'threat-actor') return intrusionSetRef(a);
    const types = a.type === 'state' || a.type === 'agency' ? ['nation-state'] : ['unknown'];
    return put({ ...base('threat-actor', a.key), name: a.name, threat_actor_types: types, ...(a.aliases.length ? { aliases: a.aliases } : {}), x_onrecord_key: a.key, created_by_ref: system });
  };

  // Named threat actors are intrusion sets even when no operation names them.
  for (const e of entities) if (e.type === 'threat-actor') intrusionSetRef(e);

  const perDoc = new Map<string, Set<string>>();
  const cite = (docId: string, ...ids: string[]) => {
    const set = perDoc.get(docId) ?? new Set<string>();
    for (const i of ids) set.add(i);
    perDoc.set(docId, set);
  };

  for (const op of operations) {
    const campaignId = put({
      ...base('campaign', `${op.docId}|${op.name}`),
      name: op.name,
      description: `Cyber operation: ${op.name}.`,
      ...(stixTime(op.date) ? { first_seen: stixTime(op.date) } : {}),
      x_onrecord_document: op.docId,
      x_onrecord_span: op.span,
      created_by_ref: system,
    });
    cite(op.docId, campaignId);
    for (const t of op.targets) {
      const target = identityRef(actorOf(t, keyFor(events, op.docId, t)));
      const rel = put({ ...base('relationship', `${campaignId}|targets|${target}`), relationship_type: 'targets', source_ref: campaignId, target_ref: target, created_by_ref: system });
      cite(op.docId, target, rel);
    }
    for (const at of op.attributions) {
      const by = identityRef(actorOf(at.by, keyFor(events, op.docId, at.by)));
      cite(op.docId, by);
      // Declining to attribute is no attribution: kept on the campaign, never as an attributed-to relationship.
      if (at.how === 'declined' || !at.to) {
        const o = objects.get(campaignId)!;
        const list = (o.x_onrecord_declined_by as string[] | undefined) ?? [];
        if (at.how === 'declined' && !list.includes(at.by)) o.x_onrecord_declined_by = [...list, at.by];
        continue;
      }
      const to = attributedRef(actorOf(at.to, keyFor(events, op.docId, at.to)));
      const rel = put({
        ...base('relationship', `${campaignId}|attributed-to|${to}|${at.by}|${at.how}`),
        relationship_type: 'attributed-to',
        source_ref: campaignId,
        target_ref: to,
        description: `Attributed to ${at.to} by ${at.by} (${at.how}).`,
        confidence: at.how === 'official' ? 85 : at.how === 'technical' ? 70 : at.how === 'unofficial' ? 40 : 15,
        x_onrecord_attributed_by: at.by,
        x_onrecord_attributed_by_ref: by,
        x_onrecord_how: at.how,
        ...(stixTime(at.date) ? { start_time: stixTime(at.date) } : {}),
        x_onrecord_span: at.span,
        created_by_ref: system,
      });
      cite(op.docId, to, rel);
    }
    op.responses.forEach((r) => {
      const by = identityRef(actorOf(r.by, keyFor(events, op.docId, r.by)));
      const note = put({
        ...base('note', `${campaignId}|response|${r.by}|${r.category}|${r.span.join('-')}`),
        abstract: `Response: ${r.category} by ${r.by}`,
        content: r.text,
        authors: ['onrecord'],
        object_refs: [campaignId, by],
        x_onrecord_response_category: r.category,
        x_onrecord_response_by: r.by,
        ...(r.date ? { x_onrecord_date: r.date.value } : {}),
        x_onrecord_span: r.span,
        created_by_ref: system,
      });
      cite(op.docId, by, note);
    });
  }

  // Actors that events name as actors or targets, so every document report cites who acts in it.
  for (const e of events) {
    if (e.actor) cite(e.docId, e.category === 'Cyber operation' && e.actorKey?.startsWith('threat-actor:') ? intrusionSetRef(actorOf(e.actor, e.actorKey)) : identityRef(actorOf(e.actor, e.actorKey)));
  }

  for (const d of docs) {
    const refs = [...(perDoc.get(d.id) ?? [])].sort();
    const published = stixTime(d.published) ?? stamp;
    put({
      ...base('report', d.id),
      name: d.title ?? `Document ${d.id}`,
      report_types: ['threat-report'],
      published,
      object_refs: refs.length ? refs : [system],
      ...(d.url ? { external_references: [{ source_name: d.outlet ?? 'source', url: d.url }] } : {}),
      x_onrecord_document: d.id,
      created_by_ref: system,
    });
  }
  const sorted = [...objects.values()];
  return { type: 'bundle', id: `bundle--${uuidv5(`bundle|${sorted.map((o) => o.id).sort().join(',')}`)}`, objects: sorted };
}

/** The key events of one document give a name (actor or target), to find the entity behind it. */
function keyFor(events: StixEvent[], docId: string, name: string): string | null {
  for (const e of events) {
    if (e.docId !== docId) continue;
    if (e.actor === name && e.actorKey) return e.actorKey;
    if (e.target === name && e.targetKey) return e.targetKey;
  }
  return null;
}
