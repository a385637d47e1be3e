// Recognises which built-in preset reads a file from its column names alone, and says why, or why none does.
import { ruleColumns, type FieldRule, type Preset } from '../../../shared/model/mapping';
import { findColumn, normalizeColumnName } from './column-names';
import { PRESETS } from './presets';
import { locationColumns } from './unpivot-columns';

export type FileFormat = 'delimited' | 'json' | 'log';

/**
 * What detection looks at, and the contract for whoever builds it:
 * - `delimited` (CSV, TSV, any sniffed delimiter; Parquet too, whose columns are just as flat): the header's
 *   column names as the file writes them, BOM and all; matching ignores case, spaces and punctuation.
 * - `json` (JSON lines or an array of records): the keys of the sampled records, top-level keys plus, one level
 *   down, the keys of object values written dotted (`event.timestamp`, `payload.sku`), as the staging step lists
 *   them (sql/stage-json-keys.sql). Arrays are not expanded. A key seen in any sampled record counts.
 * Values never matter: a file is recognised by its names, so detection needs no database and no parsing.
 */
export interface DetectInput {
  format: FileFormat;
  columns: readonly string[];
}

export interface PresetMatch {
  preset: Preset;
  /** 0..1: half how much of the file the preset reads, half how much of what the preset expects the file has. */
  score: number;
  /** Why, in words a consultant can check against the file. */
  reasons: string[];
  /** How many of the preset's optional groups the file has; breaks ties on score. */
  optionalMatched: number;
}

export interface NearMiss {
  preset: Preset;
  /** The file's columns that satisfy required groups. */
  found: string[];
  /** Required groups with no column in the file, each a list of accepted names. */
  missing: string[][];
}

interface Evaluation {
  preset: Preset;
  /** Per required group, the file's column that satisfies it. */
  required: (string | undefined)[];
  optional: string[];
  /** The file's columns that a preset's absent groups name: any of them rules the preset out. */
  excluded: string[];
  /** For a preset that unpivots one column per location, the file's location columns. */
  locations: string[];
  used: string[];
  unused: string[];
}

/**
 * Presets whose required groups are all present and whose absent groups are not (an unpivoting preset also needs a
 * location column), best first; empty when none fits.
 */
export function detectPresets(input: DetectInput, presets: readonly Preset[] = PRESETS): PresetMatch[] {
  return presets
    .filter((preset) => preset.detect.formats.includes(input.format))
    .map((preset) => evaluate(preset, input))
    .filter(
      (evaluation) =>
        evaluation.required.every((column) => column !== undefined) &&
        evaluation.excluded.length === 0 &&
        (evaluation.preset.unpivot === undefined || evaluation.locations.length > 0),
    )
    .map((evaluation) => toMatch(evaluation, input))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.optionalMatched - a.optionalMatched ||
        b.preset.detect.required.length - a.preset.detect.required.length,
    );
}

/** The presets that come closest to a file nothing matches, with what each lacks. */
export function nearestPresets(input: DetectInput | readonly string[], limit = 3, presets: readonly Preset[] = PRESETS): NearMiss[] {
  const { format, columns } = asInput(input);
  return presets
    .filter((preset) => format === undefined || preset.detect.formats.includes(format))
    .map((preset) => evaluate(preset, { format: format ?? 'delimited', columns }))
    // A preset ruled out by a column it must not see is no near miss: the file is something else.
    .filter((evaluation) => evaluation.excluded.length === 0)
    .map((evaluation) => ({
      evaluation,
      share: evaluation.required.filter((column) => column !== undefined).length / evaluation.required.length,
    }))
    .filter(({ share }) => share > 0)
    .sort((a, b) => b.share - a.share || b.evaluation.used.length - a.evaluation.used.length)
    .slice(0, limit)
    .map(({ evaluation }) => ({
      preset: evaluation.preset,
      found: evaluation.required.filter((column): column is string => column !== undefined),
      missing: [
        ...evaluation.preset.detect.required.filter((_group, index) => evaluation.required[index] === undefined),
        ...(evaluation.preset.unpivot !== undefined && evaluation.locations.length === 0 ? [['a column per location']] : []),
      ],
    }));
}

/** One paragraph for the error a consultant sees when no preset reads a file: what came close and what it lacked. */
export function explainNoMatch(input: DetectInput | readonly string[]): string {
  const { columns } = asInput(input);
  const seen = `Its columns: ${listed(columns, 12)}.`;
  const advice = 'Describe the file with a mapping file (see docs/mappings.md).';
  const near = nearestPresets(input);
  if (near.length === 0) return `No built-in format shares a required column with this file. ${seen} ${advice}`;
  const lines = near.map(
    (miss) =>
      `${miss.preset.name} (id ${miss.preset.id}) lacks ${miss.missing.map(describeGroup).join(' and ')}` +
      (miss.found.length > 0 ? `; it found ${miss.found.join(', ')}` : ''),
  );
  return `No built-in format matches. Nearest: ${lines.join('. ')}. ${seen} ${advice}`;
}

function asInput(input: DetectInput | readonly string[]): { format: FileFormat | undefined; columns: readonly string[] } {
  return isColumnList(input) ? { format: undefined, columns: input } : input;
}

function isColumnList(input: DetectInput | readonly string[]): input is readonly string[] {
  return Array.isArray(input);
}

function evaluate(preset: Preset, input: DetectInput): Evaluation {
  const { columns } = input;
  const names = presetNames(preset);
  const locations = locationColumns(preset, columns);
  const used: string[] = [];
  const unused: string[] = [];
  for (const column of topLevelColumns(input)) {
    const nested = input.format === 'json' ? columns.filter((other) => other.startsWith(`${column}.`)) : [];
    const known = locations.includes(column) || [column, ...nested].some((name) => names.has(normalizeColumnName(name)));
    (known ? used : unused).push(column);
  }
  return {
    preset,
    required: preset.detect.required.map((group) => findColumn(columns, group)),
    optional: (preset.detect.optional ?? [])
      .map((group) => findColumn(columns, group))
      .filter((column): column is string => column !== undefined),
    excluded: (preset.detect.absent ?? [])
      .map((group) => findColumn(columns, group))
      .filter((column): column is string => column !== undefined),
    locations,
    used,
    unused,
  };
}

/**
 * The columns a person would count: for JSON, the top-level keys (a nested key counts through its parent), so a
 * payload with many inner keys does not swamp the share of the file a preset reads.
 */
function topLevelColumns({ format, columns }: DetectInput): string[] {
  if (format !== 'json') return [...columns];
  const all = new Set(columns);
  return columns.filter((column) => {
    const dot = column.indexOf('.');
    return dot < 0 || !all.has(column.slice(0, dot));
  });
}

function presetNames(preset: Preset): Set<string> {
  const names = [
    ...preset.detect.required.flat(),
    ...(preset.detect.optional ?? []).flat(),
    ...Object.values(preset.fields).flatMap(ruleColumns),
    ...(preset.unpivot?.ignore ?? []),
  ];
  return new Set(names.map(normalizeColumnName));
}

function toMatch(evaluation: Evaluation, input: DetectInput): PresetMatch {
  const { preset, optional, used, unused } = evaluation;
  const expectedOptional = preset.detect.optional?.length ?? 0;
  const requiredCount = preset.detect.required.length;
  const coverage = used.length / Math.max(1, used.length + unused.length);
  const evidence = (requiredCount + optional.length) / (requiredCount + expectedOptional);
  const reasons = [`columns ${evaluation.required.join(', ')} match ${preset.name}`];
  if (optional.length > 0) {
    reasons.push(`${optional.length} of its ${expectedOptional} optional columns present (${listed(optional, 6)})`);
  }
  if (evaluation.locations.length > 0) {
    reasons.push(
      `${evaluation.locations.length} location column(s) read as one record per SKU and location: ` +
        listed(evaluation.locations, 6),
    );
  }
  reasons.push(
    `reads ${used.length} of ${used.length + unused.length} columns` +
      (unused.length > 0 ? `; not read: ${listed(unused, 8)}` : ''),
  );
  const empty = (Object.entries(preset.fields) as [string, FieldRule][])
    .filter(([, rule]) => {
      const columns = ruleColumns(rule);
      return columns.length > 0 && findColumn(input.columns, columns) === undefined;
    })
    .map(([field]) => field);
  if (empty.length > 0) reasons.push(`left empty: ${empty.join(', ')}`);
  return {
    preset,
    score: Math.round((coverage / 2 + evidence / 2) * 1000) / 1000,
    reasons,
    optionalMatched: optional.length,
  };
}

function describeGroup(group: readonly string[]): string {
  if (group.length === 1) return `"${group[0]}"`;
  return `one of ${listed(group.map((name) => `"${name}"`), 4)}`;
}

function listed(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
