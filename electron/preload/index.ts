// The sandboxed preload: exposes one method per contract call, push-event subscriptions and dropped files' paths on window.driftscope, nothing else.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  API_CALLS,
  BRIDGE_KEY,
  PUSH_EVENTS,
  ipcChannel,
  type ApiClient,
  type DesktopBridge,
  type PushEventName,
  type PushSubscriber,
} from '../../shared/contract';

const api = Object.fromEntries(
  API_CALLS.map((name) => [name, (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request)]),
) as unknown as ApiClient;

// The page gets only the payload: the IpcRendererEvent would hand it `sender`, i.e. ipcRenderer itself.
const on: PushSubscriber = (event, listener) => {
  if (!PUSH_EVENTS.includes(event as PushEventName)) throw new Error(`Unknown Driftscope event: ${String(event)}`);
  const channel = ipcChannel(event);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

// Sandboxed pages no longer see File.path; dropped files get their path here, and only for a File the page holds.
const pathForFile = (file: unknown): string => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);

const bridge: DesktopBridge = { api, on, pathForFile };
contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
