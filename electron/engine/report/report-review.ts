// The consultant's calls as the report reads them: the annotations about each SKU, verdict and evidence row, and
// which verdicts stand confirmed or were marked false positives.
import { annotationLocationKey, type Annotation } from '../../../shared/model/annotations';
import type { Verdict } from '../../../shared/model/findings';

export type ReviewCall = 'confirmed_root_cause' | 'false_positive';

const placeKey = (sku: string, location: string | null) => JSON.stringify([sku, annotationLocationKey(location)]);
const verdictKey = (cluster: string, sku: string, location: string | null) => JSON.stringify([cluster, sku, annotationLocationKey(location)]);
const rowKey = (sourceId: number, line: number | null) => `${sourceId}:${line ?? ''}`;

function push<K>(map: Map<K, Annotation[]>, key: K, annotation: Annotation): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [annotation]);
  else list.push(annotation);
}

/** The annotations of a case, indexed by what they are about; lists keep the case's order (oldest first). */
export class ReportReview {
  private readonly aboutPlace = new Map<string, Annotation[]>();
  private readonly onSku = new Map<string, Annotation[]>();
  private readonly onVerdict = new Map<string, Annotation[]>();
  private readonly onRow = new Map<string, Annotation[]>();

  constructor(readonly annotations: readonly Annotation[]) {
    for (const annotation of annotations) {
      const { target } = annotation;
      if (annotation.sku !== null) push(this.aboutPlace, placeKey(annotation.sku, annotation.location), annotation);
      if (target.kind === 'sku') push(this.onSku, placeKey(target.sku, target.location), annotation);
      if (target.kind === 'verdict') push(this.onVerdict, verdictKey(target.cluster, target.sku, target.location), annotation);
      if (target.kind === 'event') push(this.onRow, rowKey(target.source_id, target.line_number), annotation);
    }
  }

  /** Everything said about a SKU x location: on the SKU, its verdicts and the rows that carry it. */
  aboutSku(sku: string, location: string | null): Annotation[] {
    return this.aboutPlace.get(placeKey(sku, location)) ?? [];
  }

  /** What was said on the verdict itself, and on its SKU x location. */
  aboutVerdict(verdict: Verdict): Annotation[] {
    return [
      ...(this.onVerdict.get(verdictKey(verdict.cluster, verdict.sku, verdict.location)) ?? []),
      ...(this.onSku.get(placeKey(verdict.sku, verdict.location)) ?? []),
    ];
  }

  onEvidenceRow(sourceId: number, line: number | null): Annotation[] {
    return this.onRow.get(rowKey(sourceId, line)) ?? [];
  }

  /**
   * The consultant's latest call on a verdict: confirmed root cause or false positive, taken from the verdict's own
   * annotations, else from its SKU x location's (a SKU marked false positive means none of its drift is real).
   */
  callOn(verdict: Verdict): ReviewCall | null {
    const latest = (list: readonly Annotation[] | undefined): ReviewCall | null => {
      let call: Annotation | null = null;
      for (const annotation of list ?? []) {
        if (annotation.tag === 'note') continue;
        if (call === null || annotation.updated_at >= call.updated_at) call = annotation;
      }
      return call === null ? null : (call.tag as ReviewCall);
    };
    return (
      latest(this.onVerdict.get(verdictKey(verdict.cluster, verdict.sku, verdict.location))) ??
      latest(this.onSku.get(placeKey(verdict.sku, verdict.location)))
    );
  }
}

export interface ReviewTotals {
  verdicts: number;
  /** Distinct SKU x locations among those verdicts. */
  places: number;
  /** The units those verdicts account for. */
  units: number;
}

/** How many verdicts, places and units carry a call, over all verdicts or one cluster's. */
export function reviewTotals(review: ReportReview, verdicts: readonly Verdict[], call: ReviewCall): ReviewTotals {
  const marked = verdicts.filter((verdict) => review.callOn(verdict) === call);
  return {
    verdicts: marked.length,
    places: new Set(marked.map((verdict) => placeKey(verdict.sku, verdict.location))).size,
    units: marked.reduce((total, verdict) => total + verdict.units, 0),
  };
}
