// A mapping's nested-records rule: its check in a mapping file, and the SQL parameters that explode the records.
import { z } from 'zod';
import type { LinkedRecords, NestedRecords, RecordsRule } from '../../../shared/model/mapping';
import { findColumn } from './column-names';
import { jsonKeyPath } from './json-key-path';

/** Keys only (`.a`, `."odd key"`), then one `[*]`, then keys again: the list, and what is read in each element. */
const KEYS = String.raw`(?:\.(?:[^.[\]"\s*?]+|"[^"]+"))*`;
const STEP_PATH = new RegExp(String.raw`^\$(${KEYS})\[\*\](${KEYS})$`);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every alternative of a rule that reads lists, in order; none for records linked to their parent lines. */
export function recordsAlternatives(rule: RecordsRule): NestedRecords[] {
  if ('parentKey' in rule) return [];
  return 'first' in rule ? rule.first : [rule];
}

export interface LinkedPlan {
  /** The bound parameters of stage-nested-linked.sql. */
  params: Record<string, string>;
  described: string;
  /** The staged key that shows a file's lines name their parents. */
  shows: string;
}

/** How stage-nested-linked.sql reads records linked to their parent lines, or null when the file lacks the key. */
export function linkedPlan(rule: LinkedRecords, columns: readonly string[]): LinkedPlan | null {
  const parentKey = findColumn(columns, [rule.parentKey]);
  if (parentKey === undefined) return null;
  const idKey = findColumn(columns, [rule.idKey ?? 'id']) ?? rule.idKey ?? 'id';
  const named = rule.parent === undefined ? '' : ` (read as ${rule.parent})`;
  return {
    params: { parent_key: jsonKeyPath(parentKey), id_key: jsonKeyPath(idKey), parent: rule.parent ?? '', parent_text: parentKey, id_text: idKey },
    described: `each line with the keys of the line its ${parentKey} names${named}`,
    shows: parentKey,
  };
}

function steps(alternative: NestedRecords): string[] {
  return typeof alternative.path === 'string' ? [alternative.path] : alternative.path;
}

/** Two rules read the same records when they are written the same. */
export function sameRecords(a: RecordsRule | null | undefined, b: RecordsRule | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** How a consultant reads the rule's way to the records: `each $.inventoryLevels.edges[*].node in each $.data…`. */
export function describeAlternative(alternative: NestedRecords, column?: string): string {
  const [outer, inner] = steps(alternative);
  const where = column === undefined ? '' : ` in ${column}`;
  if (inner === undefined) return `each element of ${outer}${where}`;
  const named = alternative.parent === undefined ? '' : ` (read as ${alternative.parent})`;
  return `each element of ${inner} in each element of ${outer}${named}${where}`;
}

export interface NestedPlan {
  /** The bound parameters of stage-nested.sql: one entry per usable alternative, in order ('' where a part is absent). */
  params: Record<string, string | string[]>;
  /** Each usable alternative in words. */
  described: string[];
  /** The staged keys (dotted) that show a file holds one of the ways: its column, or its outer list's first keys. */
  shows: string[];
}

/** The alternatives of a rule whose column the file has, as stage-nested.sql reads them; null when none can apply. */
export function nestedPlan(rule: RecordsRule, columns: readonly string[]): NestedPlan | null {
  const lists: Record<string, string[]> = {
    columns: [], lists1: [], elements1: [], removes1: [], labels1: [], lists2: [], elements2: [], removes2: [], labels2: [], parents: [],
  };
  const push = (name: string, value: string) => lists[name]?.push(value);
  const described: string[] = [];
  const shows: string[] = [];
  for (const alternative of recordsAlternatives(rule)) {
    const column = alternative.column === undefined ? undefined : findColumn(columns, alternative.column);
    if (column === undefined && alternative.column !== undefined) continue;
    const [outer, inner] = steps(alternative).map(splitStep);
    if (outer === undefined) continue;
    push('columns', column === undefined ? '' : jsonKeyPath(column));
    push('lists1', outer.list);
    push('elements1', outer.element);
    push('removes1', outer.remove);
    push('labels1', outer.label + (column === undefined ? '' : ` in ${column}`));
    push('lists2', inner?.list ?? '');
    push('elements2', inner?.element ?? '');
    push('removes2', inner?.remove ?? '{}');
    push('labels2', inner?.label ?? '');
    push('parents', inner === undefined ? '' : (alternative.parent ?? ''));
    described.push(describeAlternative(alternative, column));
    shows.push(column ?? keyList(outer.list.slice(1)).slice(0, 3).join('.'));
  }
  if (described.length === 0) return null;
  const first = lists.labels1?.[0] ?? '';
  const pathsText = described.length === 1 ? first : `${first} (or ${described.length - 1} other path(s))`;
  return { params: { ...lists, paths_text: pathsText }, described, shows };
}

interface Step {
  /** JSON path of the list. */
  list: string;
  /** JSON path read in each element, '' for the element itself. */
  element: string;
  /** A JSON merge patch that removes the list from the object holding it, so no record carries its siblings. */
  remove: string;
  label: string;
}

function splitStep(path: string): Step | undefined {
  const match = STEP_PATH.exec(path);
  if (match === null) return undefined;
  const keys = keyList(match[1] ?? '');
  let patch: unknown = null;
  for (const key of [...keys].reverse()) patch = { [key]: patch };
  return {
    list: `$${match[1] ?? ''}`,
    element: match[2] === '' || match[2] === undefined ? '' : `$${match[2]}`,
    remove: keys.length === 0 ? '{}' : JSON.stringify(patch),
    label: path,
  };
}

function keyList(keys: string): string[] {
  return [...keys.matchAll(/\.(?:"([^"]+)"|([^.[\]"\s*?]+))/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** Checks a `records` rule of a mapping file, naming each fault's place; a union's message would not say where. */
export const recordsRule = z.unknown().superRefine((rule, ctx) => {
  const fail = (message: string, path: (string | number)[] = []) => ctx.addIssue({ code: 'custom', message, path });
  const checkAlternative = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail('expected {"path": "$.list[*]"} with optional "column" and "parent", {"first": [...]} or {"parentKey": "__parentId"}', path);
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!['column', 'path', 'parent'].includes(key)) fail(`unknown key "${key}"; expected column, path, parent`, [...path, key]);
    }
    if (record.column !== undefined) {
      const columns = record.column;
      if (!Array.isArray(columns) || columns.length === 0 || columns.some((column) => typeof column !== 'string' || column.trim() === '')) {
        fail('list at least one column name', [...path, 'column']);
      }
    }
    const paths = typeof record.path === 'string' ? [record.path] : record.path;
    if (!Array.isArray(paths) || paths.length < 1 || paths.length > 2) {
      return fail('expected a JSON path with one [*], such as "$.lines[*]", or a list of two', [...path, 'path']);
    }
    paths.forEach((step: unknown, index) => {
      if (typeof step !== 'string' || !STEP_PATH.test(step)) {
        fail('expected a JSON path of keys with one [*], such as "$.lines[*]" or "$.items.edges[*].node"', [
          ...path,
          'path',
          ...(typeof record.path === 'string' ? [] : [index]),
        ]);
      }
    });
    if (record.parent !== undefined) {
      if (paths.length !== 2) fail('a parent name needs two paths: it names the element of the first', [...path, 'parent']);
      else if (typeof record.parent !== 'string' || !NAME.test(record.parent)) {
        fail('expected a name of letters, digits and underscores, such as "item"', [...path, 'parent']);
      }
    }
  };
  if (typeof rule === 'object' && rule !== null && 'parentKey' in rule) {
    const record = rule as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!['parentKey', 'idKey', 'parent'].includes(key)) fail(`unknown key "${key}"; expected parentKey, idKey, parent`, [key]);
    }
    for (const key of ['parentKey', 'idKey'] as const) {
      if ((key === 'parentKey' || record[key] !== undefined) && (typeof record[key] !== 'string' || record[key].trim() === '')) {
        fail('expected a key name, such as "__parentId"', [key]);
      }
    }
    if (record.parent !== undefined && (typeof record.parent !== 'string' || !NAME.test(record.parent))) {
      fail('expected a name of letters, digits and underscores, such as "item"', ['parent']);
    }
  } else if (typeof rule === 'object' && rule !== null && 'first' in rule) {
    const first = (rule as { first: unknown }).first;
    if (Object.keys(rule).length !== 1) return fail('a "first" rule holds nothing else');
    if (!Array.isArray(first) || first.length === 0) return fail('list at least one way to the records', ['first']);
    first.forEach((alternative, index) => checkAlternative(alternative, ['first', index]));
  } else {
    checkAlternative(rule, []);
  }
});
