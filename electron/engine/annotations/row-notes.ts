// Reads the annotations a timeline query attached to its rows: a JSON list of tag and comment, or NULL for none.
import type { RowAnnotationNote } from '../../../shared/model/annotations';

/** `{ annotations }` to spread into a marker or step whose row has some; nothing for one that has none (most rows). */
export function withNotes(json: string | number | boolean | null | undefined): { annotations?: RowAnnotationNote[] } {
  return typeof json === 'string' ? { annotations: JSON.parse(json) as RowAnnotationNote[] } : {};
}
