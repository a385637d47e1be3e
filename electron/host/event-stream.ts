// Push events to browser-mode renderers as Server-Sent Events, one stream per open page.
import type { ServerResponse } from 'node:http';
import type { PushEmitter } from '../../shared/contract';

export interface EventStream {
  emit: PushEmitter;
  /** Keeps the response open as an event stream until the page goes away. */
  attach(response: ServerResponse): void;
  closeAll(): void;
}

export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  return {
    emit: (event, payload) => {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    attach: (response) => {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    closeAll: () => {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
