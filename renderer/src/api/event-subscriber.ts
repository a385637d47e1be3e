// Push events in browser mode: one EventSource on the host's stream, named SSE events carrying JSON payloads.
import type { PushEventName, PushEvents, PushSubscriber } from '../../../shared/contract';
import { parseJson } from './failure';

/** The part of a message event this module reads. */
export interface MessageLike {
  data: unknown;
}

/** The part of EventSource this module uses, so tests can pass a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageLike) => void): void;
  removeEventListener(type: string, listener: (event: MessageLike) => void): void;
}

/** Opens the stream on the first subscription and keeps it for the page's lifetime (the browser reconnects). */
export function createEventSourceSubscriber(open: () => EventSourceLike): PushSubscriber {
  let source: EventSourceLike | null = null;
  return <E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void) => {
    source ??= open();
    const stream = source;
    const handler = (message: MessageLike) => {
      const payload = typeof message.data === 'string' ? parseJson(message.data) : undefined;
      // The host writes JSON.stringify(payload) of this very event, so the event name fixes the payload's type.
      if (payload !== undefined) listener(payload as PushEvents[E]);
    };
    stream.addEventListener(event, handler);
    return () => stream.removeEventListener(event, handler);
  };
}
