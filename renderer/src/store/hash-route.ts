// The URL hash as a deep link to a view: `#/verdicts/phantom_stock`, `#/sku/ABC-1?location=ATL1`, `#/data/events?source=3&line=17`.
import type { RowFocus, View } from './view-slice';

export interface Route {
  view: View;
  /** The table the data view shows, where the link names one. */
  table: string | null;
  focus: RowFocus | null;
}

const enc = encodeURIComponent;

/** The hash for a view; the data view names its table and, when one is focused, its row. */
export function routeToHash(route: Route): string {
  const { view } = route;
  switch (view.kind) {
    case 'home':
      return '#/home';
    case 'verdicts':
      return view.cluster === null ? '#/verdicts' : `#/verdicts/${enc(view.cluster)}`;
    case 'sku':
      return `#/sku/${enc(view.sku)}${view.location === null ? '' : `?location=${enc(view.location)}`}`;
    case 'data': {
      const focus = route.focus;
      if (focus !== null) {
        const line = focus.line_number === null ? '' : `&line=${focus.line_number}`;
        return `#/data/${enc(focus.table)}?source=${focus.source_id}${line}`;
      }
      return route.table === null ? '#/data' : `#/data/${enc(route.table)}`;
    }
  }
}

/** The route a hash names, or null when it names none (an empty or foreign hash). */
export function hashToRoute(hash: string): Route | null {
  const match = /^#\/([a-z]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(hash);
  if (match === null) return null;
  const [, kind, rawName, rawQuery] = match;
  const name = rawName === undefined || rawName === '' ? null : safeDecode(rawName);
  const query = new URLSearchParams(rawQuery ?? '');
  switch (kind) {
    case 'home':
      return { view: { kind: 'home' }, table: null, focus: null };
    case 'verdicts':
      return { view: { kind: 'verdicts', cluster: name }, table: null, focus: null };
    case 'sku':
      return name === null ? null : { view: { kind: 'sku', sku: name, location: query.get('location') }, table: null, focus: null };
    case 'data':
      return { view: { kind: 'data' }, table: name, focus: rowFocusOf(name, query) };
    default:
      return null;
  }
}

function rowFocusOf(table: string | null, query: URLSearchParams): RowFocus | null {
  const source = Number(query.get('source'));
  if (table === null || !Number.isInteger(source) || source <= 0) return null;
  const line = query.get('line');
  const lineNumber = line === null ? null : Number(line);
  if (lineNumber !== null && !Number.isInteger(lineNumber)) return null;
  return { table, source_id: source, line_number: lineNumber };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
