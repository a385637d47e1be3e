// What the HTML report is rendered from: the saved findings and the histories of the SKUs that get a page.
import type { Findings } from '../../../shared/model/findings';
import type { SkuHistory } from '../../../shared/model/history';

export interface ReportInput {
  findings: Findings;
  /** One per SKU x location that gets a page of its own, in page order. */
  histories: SkuHistory[];
  caseName: string;
}
