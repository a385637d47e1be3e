// What an empty case shows on its home: one clear way to bring the client's exports in.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';

export function EmptyCase(): ReactElement {
  const openWizard = useAppStore((state) => state.openImportWizard);
  const desktop = useAppStore((state) => state.appInfo?.mode === 'desktop');

  return (
    <div className="home-empty" data-testid="home-empty">
      <span className="home-empty-icon">
        <Icon name="upload" size={22} />
      </span>
      <h2>This case has no data yet</h2>
      <p>
        Import the exports you were given: middleware and iPaaS logs, inventory snapshots and transaction ledgers, as
        CSV, JSON lines, JSON or Parquet, gzipped or not. Driftscope recognises the common shapes, shows how it reads each
        file before anything loads, and keeps every line it cannot read.
      </p>
      {desktop && <p className="muted">You can also drop files or a folder anywhere on this window.</p>}
      <Button variant="primary" icon="upload" data-testid="home-import" onClick={() => void openWizard()}>
        Import files…
      </Button>
    </div>
  );
}
