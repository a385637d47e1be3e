// Sync noise of the handoff layer: error codes by path and type, duplicate deliveries (applied or ignored),
// events missing required fields, and retries; written to analysis_noise_* tables.
import type { ErrorCodeCount, NoiseFinding } from '../../../shared/model/findings';
import type { Session } from '../db/case-database';
import noiseProfileSql from '../sql/analysis/noise-profile.sql?raw';
import noiseErrorsSql from '../sql/analysis/noise-errors.sql?raw';
import noiseMacrosSql from '../sql/analysis/noise-macros.sql?raw';
import noiseRepeatedSql from '../sql/analysis/noise-repeated.sql?raw';
import noiseDuplicatesSql from '../sql/analysis/noise-duplicates.sql?raw';
import noiseFailuresSql from '../sql/analysis/noise-failures.sql?raw';
import noiseSummarySql from '../sql/analysis/noise-summary.sql?raw';
import noiseCleanupSql from '../sql/analysis/noise-cleanup.sql?raw';
import noiseErrorsReadSql from '../sql/analysis/noise-errors-read.sql?raw';
import noiseSummaryReadSql from '../sql/analysis/noise-summary-read.sql?raw';

/** Event types that move stock: each must name its SKU and quantity. */
export const STOCK_MOVING_TYPES = ['receipt', 'order_release', 'shipment_confirm', 'adjustment', 'return', 'inventory_sync'];

interface SummaryRow {
  section: 'duplicates' | 'missing_fields' | 'retries';
  measure: string;
  count: number;
  [column: string]: string | number | null;
}

type ErrorRow = ErrorCodeCount & Record<string, string | number | null>;

/** Counts the noise of the handoff layer; (re)creates analysis_noise_errors, _duplicates and _summary. */
export async function summariseNoise(session: Session): Promise<NoiseFinding> {
  await session.run(noiseProfileSql, { stock_types: STOCK_MOVING_TYPES });
  await session.run(noiseErrorsSql);
  await session.run(noiseMacrosSql);
  // Duplicates in two passes: the repeated key hashes over every delivery, then only those deliveries in full.
  await session.run(noiseRepeatedSql);
  await session.run(noiseDuplicatesSql);
  await session.run(noiseFailuresSql);
  await session.run(noiseSummarySql);
  await session.run(noiseCleanupSql);
  return readNoise(session);
}

/** The noise figures of the last analysis, read back from the analysis_noise_* tables. */
export async function readNoise(session: Session): Promise<NoiseFinding> {
  const summary = await session.query<SummaryRow>(noiseSummaryReadSql);
  const figure = (section: SummaryRow['section'], measure: string): number =>
    summary.find((row) => row.section === section && row.measure === measure)?.count ?? 0;
  const errors = await session.query<ErrorRow>(noiseErrorsReadSql);
  return {
    duplicates_applied: figure('duplicates', 'applied'),
    duplicates_ignored: figure('duplicates', 'ignored'),
    errors_by_code: errors.map(({ path, event_type, code, count, first_seen, last_seen }) => ({
      path,
      event_type,
      code,
      count,
      first_seen,
      last_seen,
    })),
    missing_fields: summary.filter((row) => row.section === 'missing_fields').map(({ measure, count }) => ({ field: measure, count })),
    retries: {
      retried: figure('retries', 'retried'),
      succeeded_later: figure('retries', 'succeeded_later'),
      never_succeeded: figure('retries', 'never_succeeded'),
    },
  };
}
