// An engine service on a fresh case file, recording the push events it sends.
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { PushEventName, PushEvents } from '../../shared/contract';
import type { ImportSummary } from '../../shared/model/import';
import type { PageRow } from '../../shared/model/page';
import type { Result } from '../../shared/result';
import { createEngineService, type EngineService } from '../../electron/engine/engine-service';

export interface EngineHarness {
  service: EngineService;
  events: { event: PushEventName; payload: PushEvents[PushEventName] }[];
  casePath: string;
}

export async function engineWithCase(folder: string, name = 'test.driftcase'): Promise<EngineHarness> {
  const events: EngineHarness['events'] = [];
  const service = createEngineService({
    mode: 'browser',
    nativeDialogs: false,
    emit: (event, payload) => events.push({ event, payload }),
    limits: { memoryLimit: '512MB', threads: 2 },
  });
  afterAll(() => service.close());
  const casePath = join(folder, name);
  unwrap(await service.handlers.createCase({ path: casePath }));
  return { service, events, casePath };
}

/** The value of an ok Result; fails the test with the error message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Up to 1,000 rows of a case table, by file and then by `within` (the line, unless given). */
export async function tableRows(harness: EngineHarness, table: string, within = 'line_number'): Promise<PageRow[]> {
  const page = unwrap(
    await harness.service.handlers.getTablePage({
      table,
      startRow: 0,
      endRow: 1000,
      sort: [
        { column: 'source_id', direction: 'asc' },
        { column: within, direction: 'asc' },
      ],
    }),
  );
  return page.rows;
}

/** The outcome of the imported file whose path ends with fileName; fails the test when there is none. */
export function outcomeFor(summary: ImportSummary, fileName: string) {
  const outcome = summary.files.find((file) => file.path.endsWith(fileName));
  if (outcome === undefined) expect.fail(`no outcome for ${fileName}`);
  return outcome;
}
