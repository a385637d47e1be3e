// An engine service on a fresh case file, recording the push events it sends.
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { PushEventName, PushEvents } from '../../shared/contract';
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
