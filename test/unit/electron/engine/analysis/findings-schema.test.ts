import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Findings } from '../../../../../shared/model/findings';
import { findingsJsonSchema, findingsSchema } from '../../../../../electron/engine/analysis/findings-schema';

describe('findings schema', () => {
  it('is the one the repository publishes (run npm run findings-schema after changing it)', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../docs/findings.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(findingsJsonSchema());
  });

  it('describes the same document as the shared Findings type', () => {
    expectTypeOf<z.infer<typeof findingsSchema>>().toEqualTypeOf<Findings>();
  });

  it('refuses findings with an unknown cluster or a confidence above 1', () => {
    const verdict = {
      sku: 'A', location: null, cluster: 'phantom_stock', confidence: 1.2, units: 1,
      drift: { wms: 0, erp: 1, storefront: null }, bucket: 'on_hand', first_check: '', evidence: [],
      checklist: { last_modified: { erp: null, wms: null, storefront: null }, changed_last: null, last_known_good: null,
        first_divergence: null, direction: 'unknown', steps: [], conclusion: '' },
    };
    const shape = findingsSchema.shape.verdicts.element;
    expect(shape.safeParse(verdict).success).toBe(false);
    expect(shape.safeParse({ ...verdict, confidence: 0.9 }).success).toBe(true);
    expect(shape.safeParse({ ...verdict, confidence: 0.9, cluster: 'gremlins' }).success).toBe(false);
  });
});
