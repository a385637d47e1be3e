// Whether an events file's quantity is a change (a delta pushed on) rather than the level an inventory sync sets.

/** A key or column that names a change: `delta`, `qty_delta`, `content.payload.delta`, `quantity_change`, `Adjust By`. */
const CHANGE_NAME = /(^|[^a-z])(delta|change|changed|adjust|adjustment|diff)([^a-z]|$)/i;

/**
 * `resolved` is what the plan says the quantity was read from: a column or JSON key, `col ~ pattern`, `col $.path`, or
 * alternatives joined by `, else `. The quantity is a change only when every alternative names one by its last key.
 */
export function quantityNamesChange(resolved: string | undefined): boolean {
  if (resolved === undefined) return false;
  return resolved.split(', else ').every((alternative) => {
    const [column = '', inner = ''] = alternative.split(/ ~ | (?=\$)/);
    const keys = `${column}${inner === '' ? '' : `.${inner}`}`.split(/[.$[\]]+/).filter((key) => key !== '');
    return CHANGE_NAME.test(keys.at(-1) ?? '');
  });
}
