// The engine service: every contract call answers with a Result, never an exception.
import { describe, expect, it } from 'vitest';
import { ENGINE_CALLS } from '../../../../shared/contract';
import { createEngineService } from '../../../../electron/engine/engine-service';
import { engineWithCase, unwrap } from '../../../support/engine-harness';
import { tempFolder } from '../../../support/temp-folder';

describe('engine service', () => {
  const folder = tempFolder();
  const bare = () => createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined });

  it('has exactly one handler per engine call of the contract', () => {
    expect(Object.keys(bare().handlers).sort()).toEqual([...ENGINE_CALLS].sort());
  });

  it('answers calls that need a case with a no_case error when none is open', async () => {
    const service = bare();
    expect(await service.handlers.listTables({})).toEqual({
      ok: false,
      error: { code: 'no_case', message: 'No case is open: create or open a case first' },
    });
  });

  it('refuses malformed requests with bad_request naming the call', async () => {
    const service = bare();
    const result = await service.handlers.getTablePage({ table: 'x', startRow: -1, endRow: 'ten' } as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('bad_request');
    expect(!result.ok && result.error.message).toMatch(/^getTablePage: /);
  });

  it('reports the open case in the app info and forgets it on close', async () => {
    const harness = await engineWithCase(folder);
    const info = unwrap(await harness.service.handlers.getAppInfo({}));
    expect(info.openCase?.path).toBe(harness.casePath);
    expect(info.sampleDir).toMatch(/resources[/\\]sample$/);
    unwrap(await harness.service.handlers.closeCase({}));
    expect(unwrap(await harness.service.handlers.getAppInfo({})).openCase).toBeNull();
  });

  it('lists a folder read-only for choosing files, folders first', async () => {
    const service = bare();
    const listing = unwrap(await service.handlers.listDirectory({ path: `${import.meta.dirname}/../../../fixtures` }));
    expect(listing.entries.map((entry) => [entry.name, entry.kind])).toEqual([
      ['csv', 'directory'],
      ['dates', 'directory'],
      ['encodings', 'directory'],
      ['jsonl', 'directory'],
      ['nested', 'directory'],
      ['presets', 'directory'],
      ['regional', 'directory'],
      ['sku-text', 'directory'],
    ]);
    const missing = await service.handlers.listDirectory({ path: '/no/such/folder' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});
