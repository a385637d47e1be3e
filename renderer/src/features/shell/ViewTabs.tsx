// The tabs that switch the open case's views: home, data, verdicts, and the SKU being looked at.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import type { View } from '../../store/view-slice';

const TABS: { kind: 'home' | 'data' | 'verdicts'; label: string; view: View }[] = [
  { kind: 'home', label: 'Home', view: { kind: 'home' } },
  { kind: 'data', label: 'Data', view: { kind: 'data' } },
  { kind: 'verdicts', label: 'Verdicts', view: { kind: 'verdicts', cluster: null } },
];

export function ViewTabs(): ReactElement {
  const view = useAppStore((state) => state.view);
  const navigate = useAppStore((state) => state.navigate);

  return (
    <nav className="view-tabs" role="tablist" aria-label="Case views">
      {TABS.map((tab) => (
        <button
          key={tab.kind}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={view.kind === tab.kind}
          data-testid={`view-tab-${tab.kind}`}
          onClick={() => navigate(tab.view)}
        >
          {tab.label}
        </button>
      ))}
      {view.kind === 'sku' && (
        <span className="view-tab" role="tab" aria-selected="true" data-testid="view-tab-sku">
          SKU <span className="view-tab-sku">{view.sku}</span>
          {view.location !== null && <span className="view-tab-location"> @ {view.location}</span>}
        </span>
      )}
    </nav>
  );
}
