// The renderer's one connection to the outside: the desktop bridge when present, else the loopback host.
import { HOST_EVENTS_PATH, type ApiClient, type PushSubscriber } from '../../../shared/contract';
import { findDesktopBridge } from './desktop-bridge';
import { createEventSourceSubscriber } from './event-subscriber';
import { guardClient } from './guard-client';
import { createHttpClient } from './http-client';

export interface ApiConnection {
  api: ApiClient;
  on: PushSubscriber;
  /** The path of a dropped file: known to the desktop bridge only, '' in a browser. */
  pathForFile: (file: unknown) => string;
}

function connect(): ApiConnection {
  const bridge = findDesktopBridge(window);
  if (bridge !== null) return { api: guardClient(bridge.api), on: bridge.on, pathForFile: (file) => bridge.pathForFile(file) };
  return {
    api: createHttpClient((url, init) => window.fetch(url, init)),
    on: createEventSourceSubscriber(() => new EventSource(HOST_EVENTS_PATH)),
    pathForFile: () => '',
  };
}

const connection = connect();

export const api: ApiClient = connection.api;
export const subscribe: PushSubscriber = connection.on;
export const pathForFile = connection.pathForFile;
