// Result values: how every contract call reports success or a coded, human-readable failure.

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'no_case'
  | 'case_locked'
  | 'import_failed'
  | 'query_failed'
  | 'unsupported'
  | 'forbidden'
  | 'cancelled'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
