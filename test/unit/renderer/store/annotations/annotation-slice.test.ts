// The annotation slice against the fake API: loaded once per case, kept in step with saves, deletes and stars.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTarget, SaveAnnotationRequest, StarredSku } from '../../../../../shared/model/annotations';
import { createAppStore } from '../../../../../renderer/src/store/app-store';
import { annotationsFor, starOf } from '../../../../../renderer/src/store/annotation-selectors';
import { CASE_INFO, err, fakeApi, ok, table } from '../../fake-api';

const SKU: AnnotationTarget = { kind: 'sku', sku: 'ABC-1', location: 'ATL1' };

function annotation(id: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: SKU,
    tag: 'note',
    comment: `note ${id}`,
    created_at: '2026-11-26T10:00:00.000Z',
    updated_at: '2026-11-26T10:00:00.000Z',
    sku: 'ABC-1',
    location: 'ATL1',
    table: null,
    source_file: null,
    ...fields,
  };
}

const STAR: StarredSku = { sku: 'ABC-1', location: 'ATL1', starred_at: '2026-11-26T10:00:00.000Z' };

describe('annotation slice', () => {
  it('loads the annotations and stars of the open case once, however many views ask', async () => {
    const fake = fakeApi({
      listAnnotations: async () => ok([annotation(1)]),
      listStarredSkus: async () => ok([STAR]),
    });
    const store = createAppStore(fake.api);
    await store.getState().ensureAnnotations();
    expect(fake.namesCalled()).toEqual([]);

    store.setState({ caseInfo: CASE_INFO });
    await Promise.all([store.getState().ensureAnnotations(), store.getState().ensureAnnotations()]);
    await store.getState().ensureAnnotations();
    expect(fake.namesCalled()).toEqual(['listAnnotations', 'listStarredSkus']);
    expect(annotationsFor(store.getState(), SKU).map((item) => item.id)).toEqual([1]);
    expect(starOf(store.getState(), 'ABC-1', 'atl-1')).toEqual(STAR);

    // Another case: what was loaded is stale until that case's own annotations arrive.
    store.setState({ caseInfo: { ...CASE_INFO, path: '/cases/b.driftcase' } });
    expect(annotationsFor(store.getState(), SKU)).toEqual([]);
    expect(starOf(store.getState(), 'ABC-1', 'ATL1')).toBeNull();
    await store.getState().ensureAnnotations();
    expect(fake.namesCalled()).toHaveLength(4);
  });

  it('adds a new annotation, replaces an edited one and drops a deleted one, refreshing the tables list', async () => {
    const saves: SaveAnnotationRequest[] = [];
    const fake = fakeApi({
      listAnnotations: async () => ok([annotation(1)]),
      listStarredSkus: async () => ok([]),
      saveAnnotation: async (request) => {
        saves.push(request);
        return ok(annotation(request.id ?? 2, { tag: request.tag, comment: request.comment }));
      },
      deleteAnnotation: async () => ok({ deleted: true }),
      listTables: async () => ok([table('annotations', 2)]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().ensureAnnotations();

    expect(await store.getState().saveAnnotation({ target: SKU, tag: 'false_positive', comment: 'count was late' })).toBe(true);
    expect(await store.getState().saveAnnotation({ id: 1, target: SKU, tag: 'confirmed_root_cause', comment: 'PO lost' })).toBe(true);
    expect(saves).toEqual([
      { target: SKU, tag: 'false_positive', comment: 'count was late' },
      { id: 1, target: SKU, tag: 'confirmed_root_cause', comment: 'PO lost' },
    ]);
    expect(annotationsFor(store.getState(), SKU).map((item) => [item.id, item.tag, item.comment])).toEqual([
      [1, 'confirmed_root_cause', 'PO lost'],
      [2, 'false_positive', 'count was late'],
    ]);

    expect(await store.getState().deleteAnnotation(1)).toBe(true);
    expect(annotationsFor(store.getState(), SKU).map((item) => item.id)).toEqual([2]);
    await Promise.resolve();
    expect(fake.namesCalled().filter((name) => name === 'listTables').length).toBeGreaterThan(0);
  });

  it('has the grid and the timeline fetch their rows again after a row\'s annotation changes, not a SKU\'s', async () => {
    const ROW: AnnotationTarget = { kind: 'event', source_id: 3, line_number: 17 };
    const fake = fakeApi({
      listAnnotations: async () => ok([annotation(1), annotation(2, { target: ROW })]),
      listStarredSkus: async () => ok([]),
      saveAnnotation: async (request) => ok(annotation(request.id ?? 3, { target: request.target })),
      deleteAnnotation: async () => ok({ deleted: true }),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    let timelineRefreshes = 0;
    store.setState({ refreshTimelineNotes: async () => void (timelineRefreshes += 1) });
    await store.getState().ensureAnnotations();
    const revision = () => store.getState().gridRowsRevision;

    await store.getState().saveAnnotation({ target: SKU, tag: 'note', comment: 'on the SKU' });
    await store.getState().deleteAnnotation(1);
    expect([revision(), timelineRefreshes]).toEqual([0, 0]);
    await store.getState().saveAnnotation({ target: ROW, tag: 'note', comment: 'on the row' });
    expect([revision(), timelineRefreshes]).toEqual([1, 1]);
    await store.getState().deleteAnnotation(2);
    expect([revision(), timelineRefreshes]).toEqual([2, 2]);
  });

  it('keeps the starred list the engine answers with', async () => {
    const fake = fakeApi({
      listAnnotations: async () => ok([]),
      listStarredSkus: async () => ok([]),
      setSkuStarred: async (request) => ok(request.starred ? [STAR] : []),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().ensureAnnotations();
    expect(starOf(store.getState(), 'ABC-1', 'ATL1')).toBeNull();
    expect(await store.getState().setSkuStarred('ABC-1', 'ATL1', true)).toBe(true);
    expect(starOf(store.getState(), 'ABC-1', 'ATL1')).toEqual(STAR);
    expect(fake.calls.find((call) => call.name === 'setSkuStarred')?.request).toEqual({ sku: 'ABC-1', location: 'ATL1', starred: true });
    expect(await store.getState().setSkuStarred('ABC-1', 'ATL1', false)).toBe(true);
    expect(starOf(store.getState(), 'ABC-1', 'ATL1')).toBeNull();
  });

  it('shows a failed save in the error banner and keeps the list as it was', async () => {
    const fake = fakeApi({
      listAnnotations: async () => ok([annotation(1)]),
      listStarredSkus: async () => ok([]),
      saveAnnotation: async () => err('not_found', 'No annotation 1 on that item: it may have been deleted'),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().ensureAnnotations();
    expect(await store.getState().saveAnnotation({ id: 1, target: SKU, tag: 'note', comment: 'x' })).toBe(false);
    expect(store.getState().error?.message).toMatch(/may have been deleted/);
    expect(annotationsFor(store.getState(), SKU)).toEqual([annotation(1)]);
  });

  it('does nothing without an open case, and reports a failed load', async () => {
    const fake = fakeApi({ listAnnotations: async () => err('no_case', 'No case is open'), listStarredSkus: async () => ok([]) });
    const store = createAppStore(fake.api);
    expect(await store.getState().saveAnnotation({ target: SKU, tag: 'note', comment: '' })).toBe(false);
    expect(await store.getState().setSkuStarred('ABC-1', null, true)).toBe(false);
    expect(fake.namesCalled()).toEqual([]);
    store.setState({ caseInfo: CASE_INFO });
    expect(await store.getState().loadAnnotations()).toBe(false);
    expect(store.getState()).toMatchObject({ annotationsLoading: false, error: { message: 'No case is open' } });
  });
});
