// Hands the store to components through React context, so tests or other entries can provide their own.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../store/app-store';
import type { AppState } from '../store/types';

export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for effects that read or act on it outside rendering. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useAppStore needs a StoreContext provider above it');
  return store;
}

/** Reads a slice of the state; the selector must return a stored value or a primitive, not a fresh object. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
