// Plain data describing an open case file and the tables it holds.

export interface CaseInfo {
  /** Absolute path of the DuckDB case file. */
  path: string;
  /** Case schema version written by this app. */
  schemaVersion: number;
  createdAt: string;
}

export type ColumnKind = 'text' | 'number' | 'date' | 'boolean' | 'other';

export interface ColumnInfo {
  name: string;
  /** DuckDB type name, e.g. BIGINT, VARCHAR, TIMESTAMP WITH TIME ZONE. */
  duckdbType: string;
  kind: ColumnKind;
}

export interface TableInfo {
  name: string;
  rowCount: number;
  columns: ColumnInfo[];
}

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  /** True where the shell can show native open/save dialogs. */
  nativeDialogs: boolean;
  /** Folder holding the bundled sample case files. */
  sampleDir: string;
  /** The case open at start-up, if any. */
  openCase: CaseInfo | null;
}
