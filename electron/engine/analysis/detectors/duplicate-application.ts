// duplicate_application: one event delivered twice and applied twice by its receiver, by the documents it names or,
// when a timed-out attempt's application names none, by the receiver's rows during the retries.
import sql from '../../sql/analysis/detect-duplicate-application.sql?raw';
import afterTimeoutSql from '../../sql/analysis/detect-duplicate-after-timeout.sql?raw';
import type { Detector } from './detector';

export const duplicateApplication: Detector = {
  cluster: 'duplicate_application',
  sql: [sql, afterTimeoutSql],
  firstCheck:
    'Idempotency on the receiving side of the path: the receiver applied a redelivered event again instead of ignoring its key.',
};
