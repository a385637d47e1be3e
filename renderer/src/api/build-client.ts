// Builds a typed ApiClient from one generic invoke function, with one method per name in API_CALLS.
import { API_CALLS, type ApiClient, type CallName } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

export type Invoke = (name: CallName, request: unknown) => Promise<Result<unknown>>;

export function buildClient(invoke: Invoke): ApiClient {
  const methods = Object.fromEntries(
    API_CALLS.map((name) => [name, (request: unknown) => invoke(name, request)]),
  );
  // Each method forwards its request untouched and returns what the other side answered for that call, so the
  // per-call request and response types hold by construction; the map itself cannot express that to TypeScript.
  return methods as unknown as ApiClient;
}
