// duplicate_application: one event delivered twice and applied twice by its receiver.
import sql from '../../sql/analysis/detect-duplicate-application.sql?raw';
import type { Detector } from './detector';

export const duplicateApplication: Detector = {
  cluster: 'duplicate_application',
  sql,
  firstCheck:
    'Idempotency on the receiving side of the path: the receiver applied a redelivered event again instead of ignoring its key.',
};
