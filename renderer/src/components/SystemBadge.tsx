// A system's name with its one colour (ERP, WMS, storefront, middleware), as every view shows it.
import type { ReactElement } from 'react';
import './system-badge.css';

const SYSTEM_LABELS: Record<string, string> = {
  erp: 'ERP',
  wms: 'WMS',
  storefront: 'Storefront',
  middleware: 'Middleware',
};

export function SystemBadge({ system }: { system: string | null }): ReactElement {
  if (system === null) return <span className="muted">—</span>;
  const known = system in SYSTEM_LABELS;
  return (
    <span className={known ? `system-badge system-${system}` : 'system-badge'} data-system={system}>
      <span className="system-dot" aria-hidden="true" />
      {SYSTEM_LABELS[system] ?? system}
    </span>
  );
}
