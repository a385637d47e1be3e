// A case written by schema 3 (before annotations) gains the annotation tables, and the current schema, when it is opened.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase, openCase } from '../../../../../electron/engine/case/case-store';
import { deleteAnnotation, listAnnotations, saveAnnotation } from '../../../../../electron/engine/annotations/annotations';
import { listStarredSkus, setSkuStarred } from '../../../../../electron/engine/annotations/starred-skus';
import { tempFolder } from '../../../../support/temp-folder';

describe('upgrading a schema 3 case', () => {
  const folder = tempFolder();

  it('adds the annotations and starred SKUs tables and records the current schema', async () => {
    const path = join(folder, 'v3.driftcase');
    const created = await createCase(path);
    // What a schema 3 case holds: everything but the annotation tables, and version 3 in case_meta.
    await created.db.run('DROP TABLE annotations');
    await created.db.run('DROP SEQUENCE annotation_id_seq');
    await created.db.run('DROP TABLE starred_skus');
    await created.db.run("UPDATE case_meta SET value = '3' WHERE key = 'schema_version'");
    created.db.close();

    const opened = await openCase(path);
    try {
      expect(opened.info.schemaVersion).toBe(CASE_SCHEMA_VERSION);
      const [meta] = await opened.db.query<{ value: string }>("SELECT value FROM case_meta WHERE key = 'schema_version'");
      expect(meta?.value).toBe(String(CASE_SCHEMA_VERSION));
      const tables = await opened.db.query<{ name: string }>("SELECT table_name AS name FROM duckdb_tables() WHERE table_name IN ('annotations', 'starred_skus') ORDER BY 1");
      expect(tables.map((table) => table.name)).toEqual(['annotations', 'starred_skus']);

      const saved = await saveAnnotation(opened.db.session, { target: { kind: 'sku', sku: 'A-1', location: null }, tag: 'note', comment: 'first note' });
      expect(saved).toMatchObject({ id: 1, target: { kind: 'sku', sku: 'A-1', location: null }, comment: 'first note' });
      expect(await listAnnotations(opened.db.session, {})).toEqual([saved]);
      expect(await setSkuStarred(opened.db.session, { sku: 'A-1', location: null, starred: true })).toHaveLength(1);
      expect(await deleteAnnotation(opened.db.session, saved.id)).toEqual({ deleted: true });
    } finally {
      opened.db.close();
    }

    // Opening again changes nothing: the schema steps are idempotent and the star stays.
    const again = await openCase(path);
    try {
      expect(await listStarredSkus(again.db.session)).toEqual([expect.objectContaining({ sku: 'A-1', location: null })]);
    } finally {
      again.db.close();
    }
  });
});
