// Wraps the desktop bridge's client so a rejected IPC call or a malformed answer becomes a Result error.
import type { ApiClient } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { buildClient } from './build-client';
import { describeError, internalFailure, isResult } from './failure';

type AnyCall = (request: unknown) => Promise<Result<unknown>>;

export function guardClient(client: ApiClient): ApiClient {
  return buildClient(async (name, request) => {
    const call = client[name] as AnyCall;
    try {
      const answer: unknown = await call(request);
      return isResult(answer) ? answer : internalFailure(`${name}: the desktop shell answered without a result`);
    } catch (error) {
      return internalFailure(`${name} failed in the desktop shell: ${describeError(error)}`);
    }
  });
}
