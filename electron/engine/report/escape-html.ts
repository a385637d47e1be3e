// Escaping for the HTML report: every value that comes from client data passes through here before it is written.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values; null and undefined become an empty string. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** A file name or citation escaped, with break opportunities after its separators so a narrow column wraps it at `-`, `_`, `.` or `/` rather than letter by letter. */
export function escapeFileName(value: string): string {
  return escapeHtml(value).replace(/([-_./\\])/g, '$1<wbr>');
}
