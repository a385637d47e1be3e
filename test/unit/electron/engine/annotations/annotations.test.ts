// Annotations and starred SKUs through the engine service: saved in the case, kept across re-analysis and reopening.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../electron/engine/engine-service';
import { ANNOTATION_COMMENT_MAX, type AnnotationTarget } from '../../../../../shared/model/annotations';
import { caseRows } from '../../../../support/case-rows';
import { buildScenario } from '../../../../support/drift-scenario';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const PHANTOM_SKU: AnnotationTarget = { kind: 'sku', sku: 'PHANTOM', location: 'Reno DC' };
const PHANTOM_VERDICT: AnnotationTarget = { kind: 'verdict', cluster: 'phantom_stock', sku: 'PHANTOM', location: 'Reno DC' };

describe('annotations and starred SKUs', () => {
  const folder = tempFolder();
  const casePath = join(folder, 'scenario.driftcase');
  let service: EngineService;
  /** The first events row of the scenario: PHANTOM's rejected erp->wms receipt. */
  let eventTarget: AnnotationTarget;

  const open = () => {
    service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    return service.handlers.openCase({ path: casePath });
  };

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    await buildScenario(await caseRows(db));
    const [row] = await db.query<{ source_id: number; line_number: string }>(
      "SELECT source_id, line_number FROM events WHERE sku = 'PHANTOM' ORDER BY line_number LIMIT 1",
    );
    eventTarget = { kind: 'event', source_id: Number(row?.source_id), line_number: Number(row?.line_number) };
    db.close();
    unwrap(await open());
    unwrap(await service.handlers.analyzeCase({}));
  });
  afterAll(() => service.close());

  it('saves annotations on an event row, a SKU and a verdict, each shown with what it points at', async () => {
    const onEvent = unwrap(await service.handlers.saveAnnotation({ target: eventTarget, tag: 'confirmed_root_cause', comment: '  E422 on PO-100 ' }));
    expect(onEvent).toMatchObject({
      target: eventTarget,
      tag: 'confirmed_root_cause',
      comment: 'E422 on PO-100',
      sku: 'PHANTOM',
      location: 'Reno DC',
      table: 'events',
      source_file: 'events.csv',
    });
    expect(onEvent.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(onEvent.updated_at).toBe(onEvent.created_at);

    const onSku = unwrap(await service.handlers.saveAnnotation({ target: PHANTOM_SKU, tag: 'note', comment: 'Asked the client for the PO file' }));
    expect(onSku).toMatchObject({ target: PHANTOM_SKU, sku: 'PHANTOM', location: 'Reno DC', table: null, source_file: null });
    const onVerdict = unwrap(await service.handlers.saveAnnotation({ target: PHANTOM_VERDICT, tag: 'false_positive', comment: '' }));
    expect(onVerdict.target).toEqual(PHANTOM_VERDICT);

    const all = unwrap(await service.handlers.listAnnotations({}));
    expect(all.map((annotation) => annotation.id)).toEqual([onEvent.id, onSku.id, onVerdict.id]);
    expect(unwrap(await service.handlers.listAnnotations({ kind: 'verdict' }))).toEqual([onVerdict]);
    expect(unwrap(await service.handlers.listAnnotations({ target: eventTarget }))).toEqual([onEvent]);
    // The location is matched as the drift table matches it: ignoring case and punctuation.
    const sameSku = unwrap(await service.handlers.listAnnotations({ target: { kind: 'sku', sku: 'PHANTOM', location: 'reno-dc' } }));
    expect(sameSku).toEqual([onSku]);
    expect(unwrap(await service.handlers.listAnnotations({ target: { kind: 'sku', sku: 'PHANTOM', location: 'Elko DC' } }))).toEqual([]);
    expect(unwrap(await service.handlers.listAnnotations({ target: { kind: 'sku', sku: 'GHOST', location: 'Reno DC' } }))).toEqual([]);
  });

  it('updates the tag and comment of an annotation, and only on the target it is about', async () => {
    const [note] = unwrap(await service.handlers.listAnnotations({ target: PHANTOM_SKU }));
    expect(note).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = unwrap(
      await service.handlers.saveAnnotation({ id: note?.id, target: PHANTOM_SKU, tag: 'confirmed_root_cause', comment: 'PO file confirms it' }),
    );
    expect(updated).toMatchObject({ id: note?.id, tag: 'confirmed_root_cause', comment: 'PO file confirms it', created_at: note?.created_at });
    expect(updated.updated_at > updated.created_at).toBe(true);

    const elsewhere = await service.handlers.saveAnnotation({ id: note?.id, target: PHANTOM_VERDICT, tag: 'note', comment: 'wrong item' });
    expect(!elsewhere.ok && elsewhere.error.code).toBe('not_found');
    expect(unwrap(await service.handlers.listAnnotations({ target: PHANTOM_SKU }))).toEqual([updated]);
  });

  it('refuses unknown tags, over-long comments, unknown clusters and rows the case does not hold', async () => {
    const badTag = await service.handlers.saveAnnotation({ target: PHANTOM_SKU, tag: 'maybe', comment: '' } as never);
    expect(!badTag.ok && badTag.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^saveAnnotation: .*tag/) });
    const long = await service.handlers.saveAnnotation({ target: PHANTOM_SKU, tag: 'note', comment: 'x'.repeat(ANNOTATION_COMMENT_MAX + 1) });
    expect(!long.ok && long.error.code).toBe('bad_request');
    const cluster = await service.handlers.saveAnnotation({ target: { ...PHANTOM_VERDICT, cluster: 'gremlins' }, tag: 'note', comment: '' });
    expect(!cluster.ok && cluster.error.code).toBe('bad_request');
    const noRow = await service.handlers.saveAnnotation({ target: { ...eventTarget, line_number: 99999 } as AnnotationTarget, tag: 'note', comment: '' });
    expect(!noRow.ok && noRow.error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/line 99999 of source/) });
    const noSource = await service.handlers.saveAnnotation({ target: { kind: 'event', source_id: 999, line_number: 2 }, tag: 'note', comment: '' });
    expect(!noSource.ok && noSource.error.code).toBe('not_found');
    expect(unwrap(await service.handlers.listAnnotations({}))).toHaveLength(3);
  });

  it('shows the annotations as a table of the case, filterable like any other', async () => {
    const tables = unwrap(await service.handlers.listTables({}));
    const annotations = tables.find((table) => table.name === 'annotations');
    expect(annotations?.rowCount).toBe(3);
    expect(annotations?.columns.map((column) => column.name)).toEqual([
      'id', 'kind', 'tag', 'sku', 'location', 'cluster', 'source_id', 'line_number', 'comment', 'created_at', 'updated_at',
    ]);
    expect(annotations?.columns.find((column) => column.name === 'created_at')?.kind).toBe('date');
    const names = tables.map((table) => table.name);
    expect(names.indexOf('annotations')).toBeGreaterThan(names.indexOf('snapshots'));
    const falsePositives = unwrap(
      await service.handlers.getTablePage({ table: 'annotations', startRow: 0, endRow: 100, filter: { tag: { filterType: 'text', type: 'equals', filter: 'false_positive' } } }),
    );
    expect(falsePositives.rows).toEqual([expect.objectContaining({ kind: 'verdict', cluster: 'phantom_stock', sku: 'PHANTOM' })]);
  });

  it('stars SKUs once each, lists them in the order starred and unstars them', async () => {
    expect(unwrap(await service.handlers.listStarredSkus({}))).toEqual([]);
    unwrap(await service.handlers.setSkuStarred({ sku: 'GHOST', location: 'Reno DC', starred: true }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const starred = unwrap(await service.handlers.setSkuStarred({ sku: 'PHANTOM', location: 'Reno DC', starred: true }));
    expect(starred.map((star) => star.sku)).toEqual(['GHOST', 'PHANTOM']);
    const again = unwrap(await service.handlers.setSkuStarred({ sku: 'GHOST', location: 'reno dc', starred: true }));
    expect(again).toEqual(starred);
    const unstarred = unwrap(await service.handlers.setSkuStarred({ sku: 'PHANTOM', location: 'RENO DC', starred: false }));
    expect(unstarred.map((star) => [star.sku, star.location])).toEqual([['GHOST', 'Reno DC']]);
  });

  it('keeps annotations and stars through a re-analysis and a reopening of the case file', async () => {
    const before = unwrap(await service.handlers.listAnnotations({}));
    const stars = unwrap(await service.handlers.listStarredSkus({}));
    unwrap(await service.handlers.analyzeCase({ in_flight_s: 60 }));
    expect(unwrap(await service.handlers.listAnnotations({}))).toEqual(before);
    service.close();
    unwrap(await open());
    expect(unwrap(await service.handlers.listAnnotations({}))).toEqual(before);
    expect(unwrap(await service.handlers.listStarredSkus({}))).toEqual(stars);
  });

  it('deletes an annotation once', async () => {
    const [first] = unwrap(await service.handlers.listAnnotations({}));
    expect(unwrap(await service.handlers.deleteAnnotation({ id: Number(first?.id) }))).toEqual({ deleted: true });
    expect(unwrap(await service.handlers.deleteAnnotation({ id: Number(first?.id) }))).toEqual({ deleted: false });
    expect(unwrap(await service.handlers.listAnnotations({})).map((annotation) => annotation.id)).not.toContain(first?.id);
  });
});
