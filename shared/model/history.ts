// A SKU's history: each system's quantity as a step series and at a chosen instant, from the last analysis.
import type { RowAnnotationNote } from './annotations';
import type { CountingSystem } from './findings';

export interface HistoryRequest {
  sku: string;
  /** The location as shown in the drift table (compared ignoring case and punctuation); null for none. */
  location: string | null;
}

export interface LevelStep {
  system: CountingSystem;
  ts: string;
  /** The quantity the change left. */
  level: number;
  /** The change itself; null for a storefront level set by a sync. */
  delta: number | null;
  table: 'ledger' | 'events';
  /** The row's source file id, which with `line` locates it in its table. */
  source_id: number;
  source_file: string;
  line: number | null;
  /** The consultant's annotations on the change's row, oldest first; absent when it has none. */
  annotations?: RowAnnotationNote[];
}

export interface SkuHistory {
  sku: string;
  location: string | null;
  as_of: string;
  /** Each system's quantity before its first recorded change (null where it cannot be known). */
  opening: Record<CountingSystem, number | null>;
  steps: LevelStep[];
  last_known_good: string | null;
  first_divergence: string | null;
}

export interface LevelsAsOfRequest extends HistoryRequest {
  at: string;
}

export interface LevelsAsOf {
  at: string;
  levels: Record<CountingSystem, number | null>;
}
