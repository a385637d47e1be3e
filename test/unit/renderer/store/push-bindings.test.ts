import { describe, expect, it } from 'vitest';
import type { PushEventName, PushEvents, PushSubscriber } from '../../../../shared/contract';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { bindPushEvents } from '../../../../renderer/src/store/push-bindings';
import { APP_INFO, CASE_INFO, fakeApi } from '../fake-api';

function fakeSubscriber() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const subscribe: PushSubscriber = <E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void) => {
    listeners.set(event, listener as (payload: unknown) => void);
    return () => listeners.delete(event);
  };
  const push = <E extends PushEventName>(event: E, payload: PushEvents[E]) => listeners.get(event)?.(payload);
  return { subscribe, push, listeners };
}

describe('push bindings', () => {
  it('routes progress into the import slice and menu commands into runCommand, until unbound', async () => {
    const fake = fakeApi({});
    const store = createAppStore(fake.api);
    store.setState({ appInfo: APP_INFO, caseInfo: CASE_INFO, importRunning: true });
    const events = fakeSubscriber();

    const unbind = bindPushEvents(store, events.subscribe);
    const progress = {
      phase: 'hashing' as const,
      currentFile: null,
      filesDone: 0,
      filesTotal: 1,
      bytesDone: 0,
      bytesTotal: 9,
      rowsLoaded: 0,
      fileFraction: null,
    };
    events.push('onImportProgress', progress);
    expect(store.getState().importProgress).toEqual(progress);

    store.setState({ importRunning: false });
    events.push('onMenuCommand', 'open-case');
    await Promise.resolve();
    expect(store.getState().chooser?.purpose).toBe('open-case');

    unbind();
    expect(events.listeners.size).toBe(0);
  });
});
