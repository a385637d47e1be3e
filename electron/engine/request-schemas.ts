// Runtime checks of every engine call's request, so malformed input from IPC or HTTP is refused clearly.
import { z } from 'zod';
import type { EngineCalls } from '../../shared/contract';
import { RANGE_FILTER_TYPES, TEXT_FILTER_TYPES } from '../../shared/model/page';

const none = z.object({}).strict();

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

const filter = z.record(z.string(), z.union([combined, condition])).optional();

const path = z.string().min(1);

export const requestSchemas = {
  getAppInfo: none,
  createCase: z.object({ path }),
  openCase: z.object({ path }),
  closeCase: none,
  importFiles: z.object({
    paths: z.array(path).min(1),
    mappingPath: path.nullish(),
    timeZones: z.array(z.string().min(1)).optional(),
    presetOverrides: z.record(z.string(), z.string()).optional(),
  }),
  cancelImport: none,
  previewImport: z.object({
    path,
    mappingPath: path.nullish(),
    presetId: z.string().min(1).nullish(),
    timeZones: z.array(z.string().min(1)).optional(),
    rows: z.number().int().min(1).max(200).optional(),
  }),
  verifySources: z.object({ root: path.nullable() }),
  analyzeCase: z
    .object({
      in_flight_s: z.number().min(0).max(7 * 86400),
      as_of: z.iso.datetime({ offset: true }).nullable(),
      window_s: z.number().min(60).max(7 * 86400),
    })
    .partial()
    .strict(),
  getFindings: none,
  getSkuHistory: z.object({ sku: z.string().min(1), location: z.string().nullable() }).strict(),
  getLevelsAsOf: z.object({ sku: z.string().min(1), location: z.string().nullable(), at: z.iso.datetime({ offset: true }) }).strict(),
  listTables: none,
  getTablePage: z.object({
    table: z.string().min(1),
    startRow: z.number().int().min(0),
    endRow: z.number().int().min(1),
    sort,
    filter,
  }),
  exportTableCsv: z.object({ table: z.string().min(1), path, sort, filter }),
  listDirectory: z.object({ path: z.string().min(1).nullable() }),
} satisfies { [K in keyof EngineCalls]: z.ZodType<EngineCalls[K]['request']> };
