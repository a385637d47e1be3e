// Finds reference exports among the case's raw tables (id -> SKU, id -> location name) and reads their pairs for the crosswalk.
import type { Session } from '../db/case-database';
import { withIdentifiers } from '../db/sql-template';
import cwIdPairsAddSql from '../sql/crosswalk/cw-id-pairs-add.sql?raw';
import cwIdPairsAddJsonSql from '../sql/crosswalk/cw-id-pairs-add-json.sql?raw';
import cwIdPairsSql from '../sql/crosswalk/cw-id-pairs.sql?raw';
import cwIdTablesSql from '../sql/crosswalk/cw-id-tables.sql?raw';

export interface IdTable {
  table: string;
  file: string;
  kind: 'sku' | 'location';
  idColumn: string;
  valueColumn: string;
}

/** A column name compared without case or punctuation: 'Inventory Item ID' -> 'inventoryitemid'. */
const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const isId = (name: string): boolean => squash(name).endsWith('id');
const isSku = (name: string): boolean => squash(name).endsWith('sku');
const isPlaceId = (name: string): boolean => isId(name) && /location|warehouse|store|site/.test(squash(name));
const PLACE_NAMES = new Set(['name', 'locationname', 'warehousename', 'storename', 'sitename']);

/**
 * The id tables a raw table's columns suggest: an id column beside a SKU column ('inventory_item_id', 'sku'), or a
 * location id beside a name ('location_id', 'name'). Only names are read here; whether the values link anything is
 * decided on the rows (cw-sku-id-links.sql, cw-location-id-links.sql), strictly.
 */
export function idTablesOf(table: string, file: string, columns: string[]): IdTable[] {
  const found: IdTable[] = [];
  const skus = columns.filter(isSku);
  const names = columns.filter((name) => PLACE_NAMES.has(squash(name)));
  for (const idColumn of columns.filter(isId)) {
    for (const valueColumn of skus) found.push({ table, file, kind: 'sku', idColumn, valueColumn });
    if (isPlaceId(idColumn)) {
      for (const valueColumn of names) found.push({ table, file, kind: 'location', idColumn, valueColumn });
    }
  }
  return found;
}

/**
 * Fills cw_id_pairs with the pairs of every id table the case's raw tables hold (none: an empty table): columnar
 * tables by their column names, tables of JSON lines by the keys GraphQL exports use.
 */
export async function loadIdPairs(session: Session): Promise<void> {
  await session.run(cwIdPairsSql);
  const rows = await session.query<{ table_name: string; file_name: string; column_name: string }>(cwIdTablesSql);
  const tables = new Map<string, { file: string; columns: string[] }>();
  for (const row of rows) {
    const entry = tables.get(row.table_name) ?? { file: row.file_name, columns: [] };
    entry.columns.push(row.column_name);
    tables.set(row.table_name, entry);
  }
  for (const [table, { file, columns }] of tables) {
    // A file of JSON lines nothing recognised is kept one line a row: its pairs are read from the JSON.
    if (columns.length === 1 && columns[0] === 'line') {
      await session.run(withIdentifiers(cwIdPairsAddJsonSql, { table }), { origin: file });
      continue;
    }
    for (const idTable of idTablesOf(table, file, columns)) {
      await session.run(withIdentifiers(cwIdPairsAddSql, { table, id: idTable.idColumn, value: idTable.valueColumn }), {
        kind: idTable.kind,
        origin: `${file} (${idTable.idColumn} -> ${idTable.valueColumn})`,
      });
    }
  }
}
