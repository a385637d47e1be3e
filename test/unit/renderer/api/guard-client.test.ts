import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../shared/model/case';
import type { Result } from '../../../../shared/result';
import { findDesktopBridge } from '../../../../renderer/src/api/desktop-bridge';
import { guardClient } from '../../../../renderer/src/api/guard-client';
import { fakeApi, ok } from '../fake-api';

describe('desktop bridge client', () => {
  it('forwards calls and their Results unchanged', async () => {
    const inner = fakeApi({ closeCase: async () => ok(null) });
    const api = guardClient(inner.api);

    expect(await api.closeCase({})).toEqual({ ok: true, value: null });
    expect(inner.calls).toEqual([{ name: 'closeCase', request: {} }]);
  });

  it('turns a rejected IPC call or a malformed answer into an internal error', async () => {
    const inner = fakeApi({
      listTables: () => Promise.reject(new Error("No handler registered for 'driftscope:listTables'")),
      getAppInfo: async () => ({ nonsense: true }) as unknown as Result<AppInfo>,
    });
    const api = guardClient(inner.api);

    const rejected = await api.listTables({});
    const malformed = await api.getAppInfo({});

    expect(rejected).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: "listTables failed in the desktop shell: No handler registered for 'driftscope:listTables'",
      },
    });
    expect(malformed.ok).toBe(false);
  });

  it('finds the bridge only when it has an api object and an on function', () => {
    const bridge = { api: fakeApi({}).api, on: () => () => {} };
    expect(findDesktopBridge({ driftscope: bridge })).toBe(bridge);
    expect(findDesktopBridge({})).toBeNull();
    expect(findDesktopBridge({ driftscope: { api: {} } })).toBeNull();
  });
});
