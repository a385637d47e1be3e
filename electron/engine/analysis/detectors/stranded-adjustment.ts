// stranded_adjustment: a count change made in one system that no handoff carried to the other.
import sql from '../../sql/analysis/detect-stranded-adjustment.sql?raw';
import type { Detector } from './detector';

export const strandedAdjustment: Detector = {
  cluster: 'stranded_adjustment',
  sql: [sql],
  firstCheck:
    'The adjustment propagation path from the system where the count changed: is the adjustment (or return) event type ' +
    'configured at all, and where an event carried it, did the receiving system post it?',
};
