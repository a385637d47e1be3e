// Turning anything that went wrong outside the renderer into a Result error, and checking that a value is a Result.
import type { AppError, ErrorCode, Result } from '../../../shared/result';

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'bad_request',
  'not_found',
  'no_case',
  'case_locked',
  'import_failed',
  'query_failed',
  'unsupported',
  'forbidden',
  'cancelled',
  'internal',
]);

export function internalFailure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof value.code === 'string' &&
    ERROR_CODES.has(value.code) &&
    typeof value.message === 'string'
  );
}

/** True for `{ ok: true, value }` and for `{ ok: false, error: { code, message } }` with a known code. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isAppError(value.error);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
