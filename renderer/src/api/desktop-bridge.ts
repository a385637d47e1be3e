// Finds the preload's bridge on the window, if this page runs inside the desktop app.
import { BRIDGE_KEY, type DesktopBridge } from '../../../shared/contract';

export function findDesktopBridge(scope: object): DesktopBridge | null {
  const candidate: unknown = Reflect.get(scope, BRIDGE_KEY);
  return isDesktopBridge(candidate) ? candidate : null;
}

function isDesktopBridge(value: unknown): value is DesktopBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    'api' in value &&
    'on' in value &&
    typeof value.api === 'object' &&
    value.api !== null &&
    typeof value.on === 'function'
  );
}
