// Every cluster detector, in the order domain.md lists the clusters.
import type { Cluster } from '../../../../shared/model/findings';
import type { Detector } from './detector';
import { duplicateApplication } from './duplicate-application';
import { ghostShipment } from './ghost-shipment';
import { phantomShrinkage } from './phantom-shrinkage';
import { phantomStock } from './phantom-stock';
import { strandedAdjustment } from './stranded-adjustment';

export const DETECTORS: readonly Detector[] = [phantomStock, ghostShipment, phantomShrinkage, strandedAdjustment, duplicateApplication];

const UNEXPLAINED_CHECK =
  'No known handoff failure explains this gap: work through the checklist, starting with the system that changed last.';

export function firstCheckFor(cluster: Cluster): string {
  return DETECTORS.find((detector) => detector.cluster === cluster)?.firstCheck ?? UNEXPLAINED_CHECK;
}
