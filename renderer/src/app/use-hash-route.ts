// Keeps the URL hash and the shown view in step, so views can be linked, reloaded and stepped back through.
import { useEffect } from 'react';
import { hashToRoute, routeToHash } from '../store/hash-route';
import { useAppStore, useAppStoreApi } from './store-context';

export function useHashRoute(): void {
  const store = useAppStoreApi();
  const casePath = useAppStore((state) => state.caseInfo?.path ?? null);
  const hash = useAppStore((state) =>
    routeToHash({ view: state.view, table: state.selectedTable, focus: state.gridFocus }),
  );

  useEffect(() => {
    if (casePath === null) return;
    const follow = () => {
      const route = hashToRoute(window.location.hash);
      if (route !== null) void store.getState().followRoute(route);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [casePath, store]);

  useEffect(() => {
    if (casePath !== null && window.location.hash !== hash) window.history.pushState(null, '', hash);
  }, [casePath, hash]);
}
