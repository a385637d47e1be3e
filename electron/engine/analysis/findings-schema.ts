// The findings schema (driftscope.findings/1) as a zod schema: validates findings and generates docs/findings.schema.json.
import { z } from 'zod';
import { CLUSTERS, COUNTING_SYSTEMS, FINDINGS_SCHEMA, SYNC_MODES } from '../../../shared/model/findings';

const instant = z.string().describe('ISO 8601 instant, UTC');
const count = z.number().int().min(0);
const system = z.enum(COUNTING_SYSTEMS);
const figures = z.object({ wms: z.number().nullable(), erp: z.number().nullable(), storefront: z.number().nullable() });

const evidenceRow = z.object({
  table: z.enum(['events', 'ledger', 'snapshots']),
  source_file: z.string().describe('the file the row came from, relative to the import folder'),
  source_id: z.number().int().min(1).describe("the file's id in the case's sources table"),
  line: z.number().int().nullable().describe('line (or record) number in that file'),
  ts: instant.nullable(),
  summary: z.string(),
});

const checklist = z.object({
  last_modified: z.object({ erp: instant.nullable(), wms: instant.nullable(), storefront: instant.nullable() }),
  changed_last: system.nullable(),
  last_known_good: instant.nullable().describe('the last moment the compared systems agreed'),
  first_divergence: instant.nullable(),
  direction: z.enum(['inbound', 'outbound', 'bidirectional', 'unknown']),
  steps: z.array(
    z.object({
      step: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
      title: z.string(),
      clean: z.boolean(),
      finding: z.string(),
    }),
  ),
  conclusion: z.string(),
});

export const findingsSchema = z
  .object({
    schema: z.literal(FINDINGS_SCHEMA),
    generated_at: instant,
    app_version: z.string(),
    settings: z.object({
      in_flight_s: z.number().min(0),
      as_of: instant.nullable(),
      window_s: z.number().min(0),
    }),
    as_of: instant.nullable().describe('the instant every system was compared at'),
    summary: z.object({
      skus: count.describe('SKU x locations compared'),
      drifting: count,
      units: z.number().min(0),
      by_cluster: z.array(z.object({ cluster: z.enum(CLUSTERS), skus: count, units: z.number().min(0) })),
      events: count,
      rejected_rows: count,
      time_span: z.object({ from: instant.nullable(), to: instant.nullable() }),
    }),
    sources: z.array(
      z.object({
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        system: z.string().nullable(),
        kind: z.string().nullable(),
        preset: z.string().nullable(),
        tz_rule: z.string().nullable(),
        warnings: z.string().nullable().describe('what import noticed: a zone read as UTC, an inferred offset and how sure'),
        bytes: count,
        rows_loaded: count,
        rejected: count,
        first_ts: instant.nullable().describe("the earliest time in the file's rows"),
        last_ts: instant.nullable().describe("the latest time in the file's rows"),
        gaps: z
          .array(z.object({ from: instant, to: instant }))
          .nullable()
          .describe('the longest silences inside the time range, longest first (at most 3)'),
      }),
    ),
    verdicts: z.array(
      z.object({
        sku: z.string(),
        location: z.string().nullable(),
        cluster: z.enum(CLUSTERS),
        confidence: z.number().min(0).max(1),
        units: z.number().min(0),
        drift: figures,
        bucket: z.string(),
        first_check: z.string(),
        evidence: z.array(evidenceRow),
        checklist,
      }),
    ),
    sync_mode: z.array(
      z.object({
        path: z.string(),
        mode: z.enum(SYNC_MODES),
        period_s: z.number().nullable(),
        jitter_s: z.number().nullable(),
        lag_s: z.number().nullable(),
        events: count,
        evidence: z.string(),
      }),
    ),
    noise: z.object({
      duplicates_applied: count,
      duplicates_ignored: count,
      errors_by_code: z.array(
        z.object({
          path: z.string().nullable(),
          event_type: z.string(),
          code: z.string(),
          count,
          first_seen: instant.nullable(),
          last_seen: instant.nullable(),
        }),
      ),
      missing_fields: z.array(z.object({ field: z.string(), count })),
      retries: z.object({ retried: count, succeeded_later: count, never_succeeded: count }),
    }),
    coverage: z.array(
      z.object({ path: z.string(), event_type: z.string(), seen: count, failed: count, gap: z.boolean() }),
    ),
  })
  .describe('Driftscope findings: the verdicts of one analysis of a case, with evidence, sync mode, noise and coverage');

/** The JSON Schema the repository publishes at docs/findings.schema.json. */
export function findingsJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://driftscope.invalid/schemas/findings-1.json',
    ...z.toJSONSchema(findingsSchema, { target: 'draft-2020-12' }),
  };
}
