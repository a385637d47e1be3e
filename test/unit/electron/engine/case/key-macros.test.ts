// The join keys records are compared by: a business reference by its document, a location by its letters and digits.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { tempFolder } from '../../../../support/temp-folder';

describe('ds_ref_key', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    ({ db } = await createCase(join(folder, 'keys.driftcase'), { memoryLimit: '256MB', threads: 1 }));
  });
  afterAll(() => db.close());

  it.each([
    ['Purchase Order #PO-123', 'PO123'],
    ['po123', 'PO123'],
    [' Sales Order #SO-2027-11009 ', 'SO202711009'],
    ['Order 12', '12'],
    // A receiving order and its box, a PO and its line: the document, not its part.
    ['48213 9', '48213'],
    ['PO1041 2', 'PO1041'],
    ['WRO 48213', '48213'],
    ['', null],
    ['#', null],
  ])('%s -> %s', async (raw, expected) => {
    const [row] = await db.query<{ key: string | null }>('SELECT ds_ref_key($raw) AS key', { raw });
    expect(row?.key ?? null).toBe(expected);
  });
});
