// JSON paths that read staged JSON records: a key as staging lists it (dotted when nested), an entry of a list.

/** A dotted key as the JSON path that reads it, each step quoted so keys with odd characters still work. */
export function jsonKeyPath(dottedKey: string): string {
  return `$${dottedKey
    .split('.')
    .map((step) => `."${step.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)
    .join('')}`;
}

/**
 * A path through a list of name/value entries (`$.quantities[?(@.name=="available")].quantity`, quotes single or
 * double): the list, the key and value its entry is picked by (the first that matches), and the path read in it.
 */
const FILTER_PATH = /^(\$(?:\.(?:[^.[\]"'\s*?]+|"[^"]+")|\[\d+\])*)\[\?\(@\.([A-Za-z_][\w]*)\s*==\s*(?:"([^"]*)"|'([^']*)')\)\]((?:\.(?:[^.[\]"'\s*?]+|"[^"]+")|\[\d+\])*)$/;

export interface FilterPath {
  list: string;
  key: string;
  value: string;
  rest: string;
}

export function splitFilterPath(path: string): FilterPath | null {
  const match = FILTER_PATH.exec(path);
  if (match === null) return null;
  return { list: match[1] ?? '$', key: match[2] ?? '', value: match[3] ?? match[4] ?? '', rest: `$${match[5] ?? ''}` };
}
