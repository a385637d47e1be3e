// A scriptable ApiClient for store tests: each call answers from the given handlers and is recorded.
import { API_CALLS, type ApiClient, type CallName } from '../../../shared/contract';
import { err, ok, type Result } from '../../../shared/result';
import type { TableInfo } from '../../../shared/model/case';
import { blankOutcome, type FileOutcome } from '../../../shared/model/import';

export interface RecordedCall {
  name: CallName;
  request: unknown;
}

export interface FakeApi {
  api: ApiClient;
  calls: RecordedCall[];
  namesCalled(): CallName[];
}

export function fakeApi(handlers: Partial<ApiClient>): FakeApi {
  const calls: RecordedCall[] = [];
  const table = handlers as Record<string, ((request: unknown) => Promise<Result<unknown>>) | undefined>;
  const methods = Object.fromEntries(
    API_CALLS.map((name) => [
      name,
      async (request: unknown) => {
        calls.push({ name, request });
        const handler = table[name];
        return handler === undefined ? err('unsupported', `${name} is not scripted in this test`) : handler(request);
      },
    ]),
  );
  return {
    api: methods as unknown as ApiClient,
    calls,
    namesCalled: () => calls.map((call) => call.name),
  };
}

export function table(name: string, rowCount: number): TableInfo {
  return { name, rowCount, columns: [{ name: 'id', duckdbType: 'BIGINT', kind: 'number' }] };
}

export const CASE_INFO = { path: '/cases/a.driftcase', schemaVersion: 1, createdAt: '2026-11-26T00:00:00Z' };

export const APP_INFO = {
  version: '0.1.0',
  mode: 'browser' as const,
  nativeDialogs: false,
  sampleDir: '/app/resources/sample',
  openCase: null,
};

export { ok, err };

/** A file outcome with every field filled, the given ones overriding the defaults of a clean load. */
export function outcome(fields: Partial<FileOutcome> & Pick<FileOutcome, 'path' | 'status'>): FileOutcome {
  return { ...blankOutcome(fields.path, fields.path.split('/').pop() ?? fields.path), format: 'csv', ...fields };
}
