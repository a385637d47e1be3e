// Plain data for importing files into a case: the request, progress pushes and per-file outcomes.
import type { FieldRule, MappingDocument } from './mapping';

export interface ImportRequest {
  /** Files or folders (folders are walked recursively for the file types Driftscope reads). */
  paths: string[];
  /** A mapping file to apply to every file instead of preset detection. */
  mappingPath?: string | null;
  /** Time-zone rules for naive times: `erp=America/Chicago`, `exports/*.csv=Europe/Berlin`, or a bare zone. */
  timeZones?: string[];
  /** Preset chosen by the user for a file (absolute path -> preset id), overriding detection. */
  presetOverrides?: Record<string, string>;
  /** A mapping edited for a file (absolute path -> mapping), overriding detection, presets and `mappingPath`. */
  mappings?: Record<string, MappingDocument>;
}

/**
 * loaded: rows are in a canonical table; loaded_raw: recognised by no preset or mapping, kept as a text table;
 * already_imported: same content as an earlier file; failed: nothing of it landed; cancelled: the user stopped
 * the import before or while this file loaded, and nothing of it landed.
 */
export type FileOutcomeStatus = 'loaded' | 'loaded_raw' | 'already_imported' | 'failed' | 'cancelled';

export interface FileOutcome {
  path: string;
  /** Path relative to the folder it was found in (or the file name). */
  relativePath: string;
  status: FileOutcomeStatus;
  /** Table the rows went into, where loaded. */
  table: string | null;
  format: string | null;
  presetId: string | null;
  presetName: string | null;
  /** Why the preset (or mapping) was chosen. */
  matchReason: string | null;
  system: string | null;
  kind: string | null;
  /** The time-zone rule applied to naive times, in words. */
  tzRule: string | null;
  warnings: string[];
  rowsSeen: number;
  rowsLoaded: number;
  rowsRejected: number;
  sha256: string | null;
  /** Why the file failed, or a note on how it was handled. */
  message: string | null;
}

export interface ImportSummary {
  files: FileOutcome[];
  rowsLoaded: number;
  rowsRejected: number;
}

export type ImportPhase = 'scanning' | 'hashing' | 'loading' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** File being worked on, if any. */
  currentFile: string | null;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  rowsLoaded: number;
  /** How far the statement loading the current file is, 0..1, as DuckDB reports it; null between statements. */
  fileFraction: number | null;
}

/** The outcome of a file before anything is known of it: failed until a step says otherwise. */
export function blankOutcome(path: string, relativePath: string): FileOutcome {
  return {
    path,
    relativePath,
    status: 'failed',
    table: null,
    format: null,
    presetId: null,
    presetName: null,
    matchReason: null,
    system: null,
    kind: null,
    tzRule: null,
    warnings: [],
    rowsSeen: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    sha256: null,
    message: null,
  };
}

export interface ImportPreviewRequest {
  /** One file to look at; nothing is written to the case. */
  path: string;
  /** Its path below the folder being imported, which `FILE=ZONE` rules match (default: the file name). */
  relativePath?: string;
  mappingPath?: string | null;
  /** A mapping to read it with, as edited in the import wizard (wins over `mappingPath` and `presetId`). */
  mapping?: MappingDocument | null;
  /** A preset to read it with instead of the detected one. */
  presetId?: string | null;
  timeZones?: string[];
  /** How many records to show (default 20, at most 200). */
  rows?: number;
}

export interface PresetCandidate {
  presetId: string;
  presetName: string;
  score: number;
  reasons: string[];
}

export interface ImportPreview {
  path: string;
  format: string;
  encoding: string;
  warnings: string[];
  /**
   * The preview read only this many records from the file's start (the import reads them all, and judges date order
   * and rejects over the whole file); null when it read the whole file.
   */
  sampledRecords: number | null;
  /** The file's columns (for JSON: its keys and dotted nested keys). */
  columns: string[];
  /** Presets that match, best first. */
  candidates: PresetCandidate[];
  /** What would read the file: a preset or mapping id, or null when nothing recognises it. */
  mappingId: string | null;
  mappingName: string | null;
  reason: string;
  system: string | null;
  kind: string | null;
  /** Canonical field -> the column (or JSON key) it is read from. */
  resolved: Record<string, string>;
  /** Canonical field -> the rule that reads it from this file, narrowed to the column found (the editor's start). */
  fieldRules: Record<string, FieldRule>;
  /**
   * The file writes times without a zone (in its rows, or a snapshot's capture time in its name) and no rule gives
   * one: they would be read as UTC.
   */
  naiveWithoutZone: boolean;
  tzRule: string | null;
  /** The first records as they would load: line number, canonical values, and the reason where one is refused. */
  rows: Record<string, string | number | boolean | null>[];
}

/** A file an import would read, found by expanding the paths the user gave. */
export interface ImportFileEntry {
  path: string;
  /** Path relative to the folder it was found in (or the file name): what `FILE=ZONE` rules match. */
  relativePath: string;
  bytes: number;
}

export interface ImportFileList {
  files: ImportFileEntry[];
  /** Paths that cannot be imported, with the reason. */
  unusable: { path: string; reason: string }[];
}

export interface SaveMappingRequest {
  /** Where to write the JSON file; refused inside a folder the case or this import reads. */
  path: string;
  mapping: MappingDocument;
  /** The files and folders being imported, which the mapping may not be written into either. */
  inputs: string[];
}
