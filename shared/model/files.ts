// Plain data for browsing the local file system read-only (used where no native dialog exists).

export interface DirectoryEntry {
  name: string;
  path: string;
  kind: 'file' | 'directory';
  bytes: number | null;
}

export interface DirectoryListing {
  path: string;
  parent: string | null;
  entries: DirectoryEntry[];
}

export interface PickResult {
  /** Chosen paths; empty when the user cancelled. */
  paths: string[];
}
