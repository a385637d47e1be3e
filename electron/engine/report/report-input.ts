// What the HTML report is rendered from: the saved findings, the SKUs that get a page, and the consultant's review.
import type { Annotation } from '../../../shared/model/annotations';
import type { Findings } from '../../../shared/model/findings';
import type { SkuHistory } from '../../../shared/model/history';

/** Why these SKUs have pages: the consultant starred them, or none is starred and the largest drifts get them. */
export interface PageChoice {
  basis: 'starred' | 'largest';
  /** How many largest drifts were asked for (used when none is starred). */
  top: number;
  /** Starred SKU x locations the last analysis did not compare (e.g. typed for a location it does not know). */
  missing: { sku: string; location: string | null }[];
}

export interface ReportInput {
  findings: Findings;
  /** One per SKU x location that gets a page of its own, in page order. */
  histories: SkuHistory[];
  pageChoice: PageChoice;
  /** SKU x locations the consultant starred (whether or not they have a page). */
  starred: { sku: string; location: string | null }[];
  /** The consultant's annotations, oldest first. */
  annotations: Annotation[];
  caseName: string;
}
