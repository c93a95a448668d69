// Required properties of the STIX 2.1 objects onrecord emits (STIX 2.1 specification, sections 2-5), as zod
// schemas: no maintained STIX schema package is available, so this checks the parts of the spec we rely on.
import { z } from 'zod';

const TYPE = /^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
export const stixIdOf = (type?: string) => z.string().regex(new RegExp(`^${type ?? '[a-z0-9-]+'}--${UUID}$`));
/** RFC 3339 timestamp in UTC, as STIX requires ("Z", optional fraction). */
export const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/);
const customKeys = (o: Record<string, unknown>) => Object.keys(o).every((k) => /^[a-z0-9_]{3,250}$/.test(k) || k === 'id');

const common = z
  .object({
    type: z.string().regex(TYPE),
    spec_version: z.literal('2.1'),
    id: stixIdOf(),
    created: timestamp,
    modified: timestamp,
    created_by_ref: stixIdOf('identity').optional(),
    confidence: z.number().int().min(0).max(100).optional(),
    external_references: z.array(z.object({ source_name: z.string().min(1), url: z.string().optional() })).optional(),
  })
  .passthrough()
  .refine((o) => o.id.startsWith(`${o.type}--`), 'id must start with its type')
  .refine((o) => o.modified >= o.created, 'modified must not be before created')
  .refine(customKeys, 'property names must be lower-case [a-z0-9_]');

const IDENTITY_CLASSES = ['individual', 'group', 'system', 'organization', 'class', 'unknown'] as const;
const THREAT_ACTOR_TYPES = ['activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental', 'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown'] as const;

export const identitySchema = z.object({ type: z.literal('identity'), name: z.string().min(1), identity_class: z.enum(IDENTITY_CLASSES) }).passthrough();
export const intrusionSetSchema = z.object({ type: z.literal('intrusion-set'), name: z.string().min(1), aliases: z.array(z.string().min(1)).optional() }).passthrough();
export const threatActorSchema = z.object({ type: z.literal('threat-actor'), name: z.string().min(1), threat_actor_types: z.array(z.enum(THREAT_ACTOR_TYPES)).min(1) }).passthrough();
export const campaignSchema = z.object({ type: z.literal('campaign'), name: z.string().min(1), first_seen: timestamp.optional() }).passthrough();
export const relationshipSchema = z
  .object({ type: z.literal('relationship'), relationship_type: z.string().regex(/^[a-z0-9-]+$/), source_ref: stixIdOf(), target_ref: stixIdOf(), start_time: timestamp.optional() })
  .passthrough();
export const reportSchema = z.object({ type: z.literal('report'), name: z.string().min(1), published: timestamp, object_refs: z.array(stixIdOf()).min(1), report_types: z.array(z.string()).optional() }).passthrough();
export const noteSchema = z.object({ type: z.literal('note'), content: z.string().min(1), object_refs: z.array(stixIdOf()).min(1), abstract: z.string().optional() }).passthrough();

const byType: Record<string, z.ZodType> = {
  identity: identitySchema,
  'intrusion-set': intrusionSetSchema,
  'threat-actor': threatActorSchema,
  campaign: campaignSchema,
  relationship: relationshipSchema,
  report: reportSchema,
  note: noteSchema,
};

/** Relationship types the STIX 2.1 spec defines between the SDOs we emit (source type → relationship → target types). */
const ALLOWED_RELATIONSHIPS: Record<string, Record<string, string[]>> = {
  campaign: { 'attributed-to': ['intrusion-set', 'threat-actor'], targets: ['identity', 'location', 'vulnerability'] },
  'intrusion-set': { 'attributed-to': ['threat-actor'], targets: ['identity', 'location', 'vulnerability'] },
  'threat-actor': { 'attributed-to': ['identity'], targets: ['identity', 'location', 'vulnerability'] },
};

/** Problems with a bundle (empty when valid): schema errors per object, dangling or ill-typed references. */
export function validateBundle(bundle: unknown): string[] {
  const problems: string[] = [];
  const b = z.object({ type: z.literal('bundle'), id: stixIdOf('bundle'), objects: z.array(z.record(z.string(), z.unknown())) }).safeParse(bundle);
  if (!b.success) return [`bundle: ${b.error.message}`];
  const ids = new Map<string, string>();
  for (const o of b.data.objects) {
    const c = common.safeParse(o);
    if (!c.success) {
      problems.push(`${String(o.id)}: ${c.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      continue;
    }
    if (ids.has(c.data.id)) problems.push(`${c.data.id}: duplicate id`);
    ids.set(c.data.id, c.data.type);
    const s = byType[c.data.type];
    if (!s) {
      problems.push(`${c.data.id}: unexpected type ${c.data.type}`);
      continue;
    }
    const r = s.safeParse(o);
    if (!r.success) problems.push(`${c.data.id}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  for (const o of b.data.objects) {
    const refs: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (k.endsWith('_ref') && typeof v === 'string') refs.push(v);
      if (k.endsWith('_refs') && Array.isArray(v)) refs.push(...(v as string[]));
    }
    for (const r of refs) if (!ids.has(r)) problems.push(`${String(o.id)}: reference to missing ${r}`);
    if (o.type === 'relationship') {
      const src = ids.get(o.source_ref as string);
      const dst = ids.get(o.target_ref as string);
      const allowed = src ? ALLOWED_RELATIONSHIPS[src]?.[o.relationship_type as string] : undefined;
      if (!allowed || !dst || !allowed.includes(dst)) problems.push(`${String(o.id)}: ${src} ${String(o.relationship_type)} ${dst} is not a STIX 2.1 relationship`);
    }
  }
  return problems;
}
