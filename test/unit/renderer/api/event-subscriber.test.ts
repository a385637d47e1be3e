import { describe, expect, it } from 'vitest';
import {
  createEventSourceSubscriber,
  type EventSourceLike,
  type MessageLike,
} from '../../../../renderer/src/api/event-subscriber';

type Listener = (event: MessageLike) => void;

function fakeEventSource() {
  const listeners = new Map<string, Set<Listener>>();
  const source: EventSourceLike = {
    addEventListener: (type, listener) => {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
  };
  const dispatch = (type: string, data: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data });
  };
  return { source, dispatch, listeners };
}

describe('event source subscriber', () => {
  it('opens one stream lazily and delivers parsed payloads of the named event', () => {
    const fake = fakeEventSource();
    let opened = 0;
    const subscribe = createEventSourceSubscriber(() => {
      opened += 1;
      return fake.source;
    });
    expect(opened).toBe(0);

    const commands: string[] = [];
    const unsubscribe = subscribe('onMenuCommand', (command) => commands.push(command));
    subscribe('onImportProgress', () => {});
    expect(opened).toBe(1);

    fake.dispatch('onMenuCommand', JSON.stringify('import-files'));
    fake.dispatch('onMenuCommand', 'not json');
    expect(commands).toEqual(['import-files']);

    unsubscribe();
    fake.dispatch('onMenuCommand', JSON.stringify('export-csv'));
    expect(commands).toEqual(['import-files']);
  });
});
