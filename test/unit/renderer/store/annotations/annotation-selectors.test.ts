// Pure reads of annotations: per target, about a SKU, summed up for a badge, and target keys.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTarget } from '../../../../../shared/model/annotations';
import {
  annotationTargetKey,
  annotationsAboutSku,
  annotationsFor,
  summarizeAnnotations,
} from '../../../../../renderer/src/store/annotation-selectors';
import { CASE_INFO } from '../../fake-api';

const EVENT: AnnotationTarget = { kind: 'event', source_id: 3, line_number: 17 };
const SKU: AnnotationTarget = { kind: 'sku', sku: 'ABC-1', location: 'ATL1' };
const VERDICT: AnnotationTarget = { kind: 'verdict', cluster: 'phantom_stock', sku: 'ABC-1', location: 'ATL1' };

function annotation(id: number, target: AnnotationTarget, tag: Annotation['tag'], place = { sku: 'ABC-1', location: 'ATL1' }): Annotation {
  return { id, target, tag, comment: '', created_at: '', updated_at: '', ...place, table: null, source_file: null };
}

const ANNOTATIONS = [
  annotation(1, EVENT, 'note'),
  annotation(2, SKU, 'false_positive'),
  annotation(3, VERDICT, 'confirmed_root_cause'),
  annotation(4, { kind: 'sku', sku: 'ABC-1', location: 'atl-1' }, 'note'),
  annotation(5, { kind: 'sku', sku: 'ABC-1', location: 'BOS2' }, 'note', { sku: 'ABC-1', location: 'BOS2' }),
  annotation(6, { kind: 'event', source_id: 3, line_number: 18 }, 'note', { sku: 'XYZ', location: 'ATL1' }),
];
const STATE = { annotations: ANNOTATIONS, annotationsCase: CASE_INFO.path, caseInfo: CASE_INFO };

describe('annotation selectors', () => {
  it('finds the annotations of one target, locations compared ignoring case and punctuation', () => {
    expect(annotationsFor(STATE, EVENT).map((item) => item.id)).toEqual([1]);
    expect(annotationsFor(STATE, SKU).map((item) => item.id)).toEqual([2, 4]);
    expect(annotationsFor(STATE, VERDICT).map((item) => item.id)).toEqual([3]);
    expect(annotationsFor(STATE, { ...VERDICT, cluster: 'ghost_shipment' })).toEqual([]);
    expect(annotationsFor({ ...STATE, annotationsCase: '/other.driftcase' }, SKU)).toEqual([]);
    expect(annotationsFor({ ...STATE, caseInfo: null }, SKU)).toEqual([]);
  });

  it('gathers everything said about a SKU x location: the SKU, its verdicts and its rows', () => {
    expect(annotationsAboutSku(STATE, 'ABC-1', 'ATL1').map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(annotationsAboutSku(STATE, 'ABC-1', null)).toEqual([]);
  });

  it('sums annotations up for a badge, a confirmed root cause leading', () => {
    expect(summarizeAnnotations(ANNOTATIONS.slice(0, 4))).toEqual({
      count: 4,
      byTag: { confirmed_root_cause: 1, false_positive: 1, note: 2 },
      lead: 'confirmed_root_cause',
    });
    expect(summarizeAnnotations([ANNOTATIONS[1] as Annotation]).lead).toBe('false_positive');
    expect(summarizeAnnotations([])).toEqual({ count: 0, byTag: { confirmed_root_cause: 0, false_positive: 0, note: 0 }, lead: null });
  });

  it('keys targets so the same thing gets the same key', () => {
    expect(annotationTargetKey(SKU)).toBe(annotationTargetKey({ kind: 'sku', sku: 'ABC-1', location: 'atl 1' }));
    expect(annotationTargetKey(SKU)).not.toBe(annotationTargetKey({ kind: 'sku', sku: 'ABC-1', location: null }));
    expect(annotationTargetKey(EVENT)).toBe('event:3:17');
    expect(annotationTargetKey(VERDICT)).not.toBe(annotationTargetKey(SKU));
  });
});
