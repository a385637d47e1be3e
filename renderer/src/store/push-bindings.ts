// Routes push events from the engine and the desktop menu into store actions.
import type { PushSubscriber } from '../../../shared/contract';
import type { AppStore } from './app-store';

/** Subscribes the store to every push event; returns the function that unsubscribes them all. */
export function bindPushEvents(store: AppStore, subscribe: PushSubscriber): () => void {
  const unsubscribers = [
    subscribe('onImportProgress', (progress) => store.getState().receiveImportProgress(progress)),
    subscribe('onAnalysisProgress', (progress) => store.getState().receiveAnalysisProgress(progress)),
    subscribe('onMenuCommand', (command) => void store.getState().runCommand(command)),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
