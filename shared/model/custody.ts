// Plain data for the chain of custody: re-hashing the originals a case was built from.

export type CustodyStatus = 'unchanged' | 'changed' | 'missing';

export interface CustodyCheck {
  sourceId: number;
  /** Where the original was looked for. */
  path: string;
  status: CustodyStatus;
  expectedSha256: string;
  actualSha256: string | null;
}

export interface CustodyReport {
  checks: CustodyCheck[];
  unchanged: number;
  changed: number;
  missing: number;
}
