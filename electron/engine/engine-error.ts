// Errors the engine raises on purpose, each carrying the Result code it crosses the contract with.
import type { ErrorCode } from '../../shared/result';

export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
