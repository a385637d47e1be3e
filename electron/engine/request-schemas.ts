// Runtime checks of every engine call's request, so malformed input from IPC or HTTP is refused clearly.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { EngineCalls } from '../../shared/contract';
import { MAX_QUICK_FIND, MAX_SET_VALUES, RANGE_FILTER_TYPES, TEXT_FILTER_TYPES } from '../../shared/model/page';
import type { MappingDocument } from '../../shared/model/mapping';
import { ANNOTATION_COMMENT_MAX, ANNOTATION_TAGS, ANNOTATION_TARGET_KINDS } from '../../shared/model/annotations';
import { CLUSTERS } from '../../shared/model/findings';
import { CLUSTER_SKU_SORTS, MAX_CLUSTER_PAGE } from '../../shared/model/verdicts';
import { CROSSWALK_KINDS, CROSSWALK_PAGE_MAX } from '../../shared/model/crosswalk';

const none = z.object({}).strict();

const reportTop = z.number().int().min(0).max(500).optional();

/** An absolute path to write, or null for an output not wanted. */
const outputPath = z.string().min(1).refine(isAbsolute, 'must be an absolute path').nullable();

const sort = z.array(z.object({ column: z.string(), direction: z.enum(['asc', 'desc']) })).optional();

const rangeType = z.enum(RANGE_FILTER_TYPES);

const condition = z.discriminatedUnion('filterType', [
  z.object({
    filterType: z.literal('text'),
    type: z.enum(TEXT_FILTER_TYPES),
    filter: z.string().nullish(),
  }),
  z.object({
    filterType: z.literal('number'),
    type: rangeType,
    filter: z.number().nullish(),
    filterTo: z.number().nullish(),
  }),
  z.object({
    filterType: z.literal('date'),
    type: rangeType,
    dateFrom: z.string().nullish(),
    dateTo: z.string().nullish(),
  }),
]);

const combined = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(condition).min(1),
});

const setCondition = z.object({
  filterType: z.literal('set'),
  values: z.array(z.string().nullable()).max(MAX_SET_VALUES),
});

const filter = z.record(z.string(), z.union([combined, condition, setCondition])).optional();

/** The grid's view of a table: which rows (filters, quick-find) in which order. */
const viewQuery = {
  table: z.string().min(1),
  sort,
  filter,
  quickFind: z.string().max(MAX_QUICK_FIND).optional(),
};

const columnName = z.string().min(1).max(500);

const path = z.string().min(1);

/** Only its shape here: parseMapping checks the contents and names each fault by its JSON path. */
const mappingDocument = z.custom<MappingDocument>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected a mapping object',
);

const sku = z.string().min(1).max(500);
const location = z.string().max(500).nullable();

/** What an annotation is about, by the identities that survive re-analysis. */
const annotationTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), source_id: z.number().int().min(1), line_number: z.number().int().min(0).nullable() }).strict(),
  z.object({ kind: z.literal('sku'), sku, location }).strict(),
  z.object({ kind: z.literal('verdict'), cluster: z.enum(CLUSTERS), sku, location }).strict(),
]);

/** A crosswalk mapping names a system and a value as the case's rows write them. */
const crosswalkSystem = z.string().trim().min(1).max(100);
const crosswalkValue = z.string().min(1).max(500);

/** The settings of an analysis run, each optional (defaults in analysis-settings). */
const analyzeRequest = z
  .object({
    in_flight_s: z.number().min(0).max(7 * 86400),
    as_of: z.iso.datetime({ offset: true }).nullable(),
    window_s: z.number().min(60).max(7 * 86400),
  })
  .partial()
  .strict();

export const requestSchemas = {
  getAppInfo: none,
  createCase: z.object({ path }),
  openCase: z.object({ path }),
  closeCase: none,
  listRecentCases: none,
  forgetRecentCase: z.object({ path }).strict(),
  getCaseSummary: none,
  listSources: none,
  listImportFiles: z.object({ paths: z.array(path).min(1) }).strict(),
  listPresets: none,
  saveMapping: z.object({ path, mapping: mappingDocument, inputs: z.array(path) }).strict(),
  importFiles: z.object({
    paths: z.array(path).min(1),
    mappingPath: path.nullish(),
    timeZones: z.array(z.string().min(1)).optional(),
    presetOverrides: z.record(z.string(), z.string()).optional(),
    mappings: z.record(z.string(), mappingDocument).optional(),
  }),
  cancelImport: none,
  previewImport: z.object({
    path,
    relativePath: path.optional(),
    mappingPath: path.nullish(),
    mapping: mappingDocument.nullish(),
    presetId: z.string().min(1).nullish(),
    timeZones: z.array(z.string().min(1)).optional(),
    rows: z.number().int().min(1).max(200).optional(),
  }),
  verifySources: z.object({ root: path.nullable() }),
  analyzeCase: analyzeRequest,
  runAnalysis: analyzeRequest,
  getFindings: none,
  getSkuHistory: z.object({ sku: z.string().min(1), location: z.string().nullable() }).strict(),
  getLevelsAsOf: z.object({ sku: z.string().min(1), location: z.string().nullable(), at: z.iso.datetime({ offset: true }) }).strict(),
  getSkuEvents: z
    .object({
      sku: z.string().min(1),
      location: z.string().nullable(),
      from: z.iso.datetime({ offset: true }).nullish(),
      to: z.iso.datetime({ offset: true }).nullish(),
    })
    .strict(),
  getRowRecord: z
    .object({ table: z.string().min(1), source_id: z.number().int().min(1), line_number: z.number().int().min(0).nullable() })
    .strict(),
  getVerdictBoard: none,
  getClusterSkus: z
    .object({
      cluster: z.enum(CLUSTERS),
      sort: z.enum(CLUSTER_SKU_SORTS),
      descending: z.boolean(),
      filter: z.string().max(200),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(MAX_CLUSTER_PAGE),
    })
    .strict(),
  getSkuFindings: z.object({ sku: z.string().min(1), location: z.string().nullable() }).strict(),
  listTables: none,
  getTablePage: z.object({
    ...viewQuery,
    startRow: z.number().int().min(0),
    endRow: z.number().int().min(1),
  }),
  exportTableCsv: z.object({ ...viewQuery, path, columns: z.array(columnName).optional() }),
  locateRow: z.object({ ...viewQuery, source_id: z.number().int().min(1), line_number: z.number().int().min(0).nullable() }),
  getColumnValues: z.object({
    ...viewQuery,
    column: columnName,
    search: z.string().max(MAX_QUICK_FIND).optional(),
    limit: z.number().int().min(1).max(MAX_SET_VALUES).optional(),
  }),
  getGridPrefs: z.object({ table: z.string().min(1) }).strict(),
  saveGridPrefs: z
    .object({
      table: z.string().min(1),
      columns: z.array(z.object({ name: columnName, hidden: z.boolean() }).strict()).max(2000),
    })
    .strict(),
  previewReport: z.object({ top: reportTop }).strict(),
  exportReport: z
    .object({ htmlPath: outputPath, pdfPath: outputPath, csvDir: outputPath, top: reportTop })
    .strict(),
  listDirectory: z.object({ path: z.string().min(1).nullable() }),
  listAnnotations: z.object({ target: annotationTarget.optional(), kind: z.enum(ANNOTATION_TARGET_KINDS).optional() }).strict(),
  saveAnnotation: z
    .object({
      id: z.number().int().min(1).optional(),
      target: annotationTarget,
      tag: z.enum(ANNOTATION_TAGS),
      comment: z.string().trim().max(ANNOTATION_COMMENT_MAX),
    })
    .strict(),
  deleteAnnotation: z.object({ id: z.number().int().min(1) }).strict(),
  listStarredSkus: none,
  setSkuStarred: z.object({ sku, location, starred: z.boolean() }).strict(),
  listCrosswalk: z
    .object({
      kind: z.enum(CROSSWALK_KINDS),
      search: z.string().max(500).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(CROSSWALK_PAGE_MAX).optional(),
    })
    .strict(),
  setCrosswalkMapping: z
    .object({ kind: z.enum(CROSSWALK_KINDS), system: crosswalkSystem, raw: crosswalkValue, canonical: crosswalkValue })
    .strict(),
  removeCrosswalkMapping: z.object({ kind: z.enum(CROSSWALK_KINDS), system: crosswalkSystem, raw: crosswalkValue }).strict(),
} satisfies { [K in keyof EngineCalls]: z.ZodType<EngineCalls[K]['request']> };
