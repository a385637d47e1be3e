// Pure reads of the import wizard: requests it sends, what each file's preview shows, and mapping edits.
import type { FileOutcome, ImportPreview, ImportPreviewRequest, ImportRequest, ImportSummary } from '../../../shared/model/import';

/** What an import adds to its paths; its time-zone rules come after the ones typed for every file. */
export type ImportChoices = Omit<ImportRequest, 'paths'>;
import {
  CANONICAL_FIELDS,
  EVENT_STATUSES,
  EVENT_TYPES,
  TRIGGERS,
  TXN_TYPES,
  type CanonicalField,
  type FieldRule,
  type MappingDocument,
  type PresetSummary,
  type RecordKind,
} from '../../../shared/model/mapping';
import { baseName } from './paths';
import { selectZoneRules } from './selectors';

/** Records shown per file: enough to judge a mapping, few enough to read at a glance. */
export const WIZARD_PREVIEW_ROWS = 20;

/** The zones the bundled sample's naive times were written in (resources/sample/README.md). */
export const SAMPLE_TIME_ZONES = 'erp=America/New_York, wms=America/New_York, storefront=America/New_York';

export interface WizardFile {
  path: string;
  /** What `FILE=ZONE` rules match: the path below the folder given, or the file name. */
  relativePath: string;
  bytes: number;
  /** A preset chosen by hand; null reads the file as detected. */
  presetId: string | null;
  /** A mapping edited for this file; it wins over presets. */
  mapping: MappingDocument | null;
  /** The zone of this file's naive times, as typed; '' leaves it to the rules for every file. */
  zone: string;
  /** The file's columns, kept from the last preview that read them (a faulty mapping reads none). */
  columns: string[];
  preview: ImportPreview | null;
  /** Why the last preview failed. */
  previewError: string | null;
  /** The request of the last preview asked for; a different current request means the preview is stale. */
  previewKey: string | null;
  previewing: boolean;
}

export interface WizardMessage {
  tone: 'error' | 'info';
  text: string;
}

export interface ImportWizardState {
  /** Files and folders as the user gave them; the import walks them again, so folders keep their relative paths. */
  inputs: string[];
  files: WizardFile[];
  /** Given paths that cannot be imported, with the reason. */
  unusable: { path: string; reason: string }[];
  /** The file whose detection, preview and mapping are shown. */
  selected: string | null;
  /** True while the given paths are being expanded into files. */
  listing: boolean;
  /** The mapping editor is open for the selected file. */
  editing: boolean;
  message: WizardMessage | null;
}

export type WizardFileStatus = 'pending' | 'recognised' | 'edited' | 'unrecognised' | 'error';

export function fileStatus(file: WizardFile): WizardFileStatus {
  if (file.previewError !== null) return 'error';
  if (file.preview === null) return 'pending';
  if (file.mapping !== null) return 'edited';
  return file.preview.mappingId === null ? 'unrecognised' : 'recognised';
}

/** `FILE=ZONE` rules from the per-file zone fields; `./` keeps a file named like a system a file. */
export function fileZoneRules(files: readonly WizardFile[]): string[] {
  return files.filter((file) => file.zone.trim() !== '').map((file) => `./${file.relativePath}=${file.zone.trim()}`);
}

/** Every rule an import or preview from the wizard sends: the typed ones, then each file's own. */
export function wizardTimeZones(zoneText: string, files: readonly WizardFile[]): string[] {
  return [...selectZoneRules(zoneText), ...fileZoneRules(files)];
}

export function previewRequestOf(file: WizardFile, timeZones: string[]): ImportPreviewRequest {
  const request: ImportPreviewRequest = { path: file.path, relativePath: file.relativePath, rows: WIZARD_PREVIEW_ROWS };
  if (timeZones.length > 0) request.timeZones = timeZones;
  if (file.mapping !== null) request.mapping = file.mapping;
  else if (file.presetId !== null) request.presetId = file.presetId;
  return request;
}

/** Two previews show the same thing exactly when their requests are equal. */
export function previewKeyOf(request: ImportPreviewRequest): string {
  return JSON.stringify(request);
}

export function isPreviewStale(file: WizardFile, timeZones: string[]): boolean {
  return file.previewKey !== previewKeyOf(previewRequestOf(file, timeZones));
}

/** What Load adds to the import of the inputs: each file's zone, chosen preset or edited mapping. */
export function wizardImportChoices(wizard: ImportWizardState): ImportChoices {
  const request: ImportChoices = {};
  const timeZones = fileZoneRules(wizard.files);
  if (timeZones.length > 0) request.timeZones = timeZones;
  const mapped = wizard.files.filter((file) => file.mapping !== null);
  const chosen = wizard.files.filter((file) => file.mapping === null && file.presetId !== null);
  if (mapped.length > 0) request.mappings = Object.fromEntries(mapped.map((file) => [file.path, file.mapping as MappingDocument]));
  if (chosen.length > 0) request.presetOverrides = Object.fromEntries(chosen.map((file) => [file.path, file.presetId as string]));
  return request;
}

export interface WizardCounts {
  files: number;
  recognised: number;
  edited: number;
  unrecognised: number;
  failing: number;
  pending: number;
}

export function wizardCounts(wizard: ImportWizardState): WizardCounts {
  const counts: WizardCounts = { files: wizard.files.length, recognised: 0, edited: 0, unrecognised: 0, failing: 0, pending: 0 };
  for (const file of wizard.files) {
    const status = fileStatus(file);
    if (status === 'recognised') counts.recognised += 1;
    else if (status === 'edited') counts.edited += 1;
    else if (status === 'unrecognised') counts.unrecognised += 1;
    else if (status === 'error') counts.failing += 1;
    else counts.pending += 1;
  }
  return counts;
}

export function selectedFile(wizard: ImportWizardState | null): WizardFile | null {
  if (wizard === null) return null;
  return wizard.files.find((file) => file.path === wizard.selected) ?? null;
}

/** The canonical fields a preview fills, in the canonical table's order. */
export function previewFields(preview: ImportPreview): CanonicalField[] {
  const kind = preview.kind as RecordKind | null;
  if (kind === null || !(kind in CANONICAL_FIELDS)) return [];
  return CANONICAL_FIELDS[kind].filter((field) => preview.resolved[field] !== undefined);
}

/** A field's value in a preview record as it would be stored: typed where the import types it, else as read. */
export function previewCell(row: ImportPreview['rows'][number], field: string): string | number | boolean | null {
  const typed = row[`typed_${field}`];
  return typed !== undefined ? typed : (row[`raw_${field}`] ?? null);
}

/** The kind a mapping reads: its own, or that of the preset it extends. */
export function mappingKind(mapping: MappingDocument, presets: readonly PresetSummary[]): RecordKind | null {
  return mapping.kind ?? presets.find((preset) => preset.id === mapping.extends)?.kind ?? null;
}

/** Lower-case letters, digits and hyphens, as a mapping id must be. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/\.[a-z0-9]+(\.gz)?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'mapping' : slug;
}

/**
 * Where editing starts: the preset that reads the file, extended (so only the changes are written), or for a file
 * nothing recognises a blank events mapping named after it.
 */
export function starterMapping(file: WizardFile, presets: readonly PresetSummary[]): MappingDocument {
  const stem = slugOf(baseName(file.path));
  const presetId = file.presetId ?? file.preview?.mappingId ?? null;
  const preset = presets.find((candidate) => candidate.id === presetId);
  if (preset !== undefined) {
    return { extends: preset.id, id: `${stem}-${preset.id}`.slice(0, 80), name: `${preset.name}, edited for ${baseName(file.path)}`, fields: {} };
  }
  return { id: stem, name: `Mapping for ${baseName(file.path)}`, system: 'middleware', kind: 'events', fields: {} };
}

/** The rule a field is read with: the mapping's own (null when it removes the preset's), else what the preview found. */
export function effectiveFieldRule(file: WizardFile, field: CanonicalField): FieldRule | null {
  const own = file.mapping?.fields;
  if (own !== undefined && field in own) return own[field] ?? null;
  return file.preview?.fieldRules[field] ?? null;
}

export function withFieldRule(mapping: MappingDocument, field: CanonicalField, rule: FieldRule | null): MappingDocument {
  const fields = { ...mapping.fields };
  // Without a preset, removing a rule is leaving it out; over a preset, null is what removes the preset's rule.
  if (rule === null && mapping.extends === undefined) delete fields[field];
  else fields[field] = rule;
  return { ...mapping, fields };
}

/** A mapping of its own (not extending a preset) switched to another kind keeps only the fields that kind has. */
export function withKind(mapping: MappingDocument, kind: RecordKind): MappingDocument {
  const allowed: readonly string[] = CANONICAL_FIELDS[kind];
  const fields = Object.fromEntries(Object.entries(mapping.fields ?? {}).filter(([field]) => allowed.includes(field)));
  const values = kind === 'events' || kind === 'ledger' ? mapping.values : undefined;
  const next: MappingDocument = { ...mapping, kind, fields };
  if (values === undefined) delete next.values;
  return next;
}

const PATHS = ['erp->wms', 'wms->erp', 'erp->storefront', 'storefront->erp', 'wms->storefront', 'storefront->wms'];

export type ValueMapField = 'event_type' | 'status' | 'trigger' | 'path' | 'txn_type';

/** The normalised fields of each kind whose raw values a mapping can map, with the values they may map to. */
export const VALUE_MAP_FIELDS: Record<RecordKind, Partial<Record<ValueMapField, readonly string[]>>> = {
  events: { event_type: EVENT_TYPES, status: EVENT_STATUSES, trigger: TRIGGERS, path: PATHS },
  ledger: { txn_type: TXN_TYPES },
  snapshots: {},
};

export function withValueMap(mapping: MappingDocument, field: ValueMapField, map: Record<string, string>): MappingDocument {
  const values = { ...mapping.values, [field]: map };
  if (Object.keys(map).length === 0) delete values[field];
  const next: MappingDocument = { ...mapping, values };
  if (Object.keys(values).length === 0) delete next.values;
  return next;
}

/**
 * Raw values of a normalised field in the preview that fell to the fallback (`other`, `unknown`): the ones a value
 * map is most likely wanted for.
 */
export function unmappedRawValues(preview: ImportPreview | null, field: ValueMapField): string[] {
  if (preview === null) return [];
  const found = new Set<string>();
  for (const row of preview.rows) {
    const raw = row[`raw_${field}`];
    const typed = row[`typed_${field}`];
    if (typeof raw === 'string' && raw.trim() !== '' && (typed === 'other' || typed === 'unknown')) found.add(raw.trim());
  }
  return [...found];
}

/** The text of a mapping file, as Save mapping writes it. */
export function mappingJson(mapping: MappingDocument): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}

/** Files whose times carry no zone and that no rule covers: the import would read them as UTC. */
export function filesWithoutZone(wizard: ImportWizardState): { relativePath: string; system: string | null }[] {
  return wizard.files
    .filter((file) => file.preview?.naiveWithoutZone === true)
    .map((file) => ({ relativePath: file.relativePath, system: file.preview?.system ?? null }));
}

export function withTimeZone(mapping: MappingDocument, zone: string): MappingDocument {
  const next = { ...mapping };
  if (zone.trim() === '') delete next.timeZone;
  else next.timeZone = zone;
  return next;
}

/** Words typed comma-separated; none at all removes the key, as the file format has it optional. */
export function withNullValues(mapping: MappingDocument, text: string): MappingDocument {
  const values = text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const next = { ...mapping };
  if (values.length === 0) delete next.nullValues;
  else next.nullValues = values;
  return next;
}

export type RuleParts =
  | { kind: 'none' }
  | { kind: 'constant'; value: string }
  | { kind: 'column'; column: string; json: string };

/**
 * A field rule as the editor shows it: not read, a constant, or a column (the first named) with an optional JSON
 * path. A rule with alternatives shows its first; a pattern rule and a signed number show their column, a
 * date-and-time rule its date column (all three are written in files).
 */
export function ruleParts(rule: FieldRule | null): RuleParts {
  if (rule === null) return { kind: 'none' };
  if (Array.isArray(rule)) return rule[0] === undefined ? { kind: 'none' } : { kind: 'column', column: rule[0], json: '' };
  if ('first' in rule) return ruleParts(rule.first[0] ?? null);
  if ('constant' in rule) return { kind: 'constant', value: rule.constant };
  if ('date' in rule) return rule.date[0] === undefined ? { kind: 'none' } : { kind: 'column', column: rule.date[0], json: '' };
  const json = 'json' in rule ? rule.json : '';
  return rule.column[0] === undefined ? { kind: 'none' } : { kind: 'column', column: rule.column[0], json };
}

/** The rule for a column with an optional JSON path inside its value. */
export function columnRule(column: string, json: string): FieldRule {
  return json.trim() === '' ? [column] : { column: [column], json };
}

/** The files of an import that did not load (failed, cancelled, already in the case, kept as text). */
export function selectUnloadedFiles(summary: ImportSummary): FileOutcome[] {
  return summary.files.filter((file) => file.status !== 'loaded');
}
