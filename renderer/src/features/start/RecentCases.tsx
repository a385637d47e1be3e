// The start screen's list of cases created or opened lately: open one, or forget it; a moved or deleted one shows as missing.
import { useEffect, type ReactElement } from 'react';
import type { RecentCase } from '../../../../shared/model/home';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { formatLocalInstant } from '../../components/format-time';
import { baseName, folderOf } from '../../store/paths';
import './start.css';

export function RecentCases(): ReactElement | null {
  const recent = useAppStore((state) => state.recentCases);
  const load = useAppStore((state) => state.loadRecentCases);
  const forget = useAppStore((state) => state.forgetRecentCase);
  const openCase = useAppStore((state) => state.openCase);

  useEffect(() => {
    void load();
  }, [load]);

  if (recent === null || recent.length === 0) return null;
  return (
    <section className="recent-cases" aria-label="Recent cases" data-testid="recent-cases">
      <h2 className="recent-heading">Recent cases</h2>
      <ul className="recent-list">
        {recent.map((item) => (
          <RecentItem key={item.path} item={item} onOpen={() => void openCase(item.path)} onForget={() => void forget(item.path)} />
        ))}
      </ul>
    </section>
  );
}

function RecentItem({ item, onOpen, onForget }: { item: RecentCase; onOpen: () => void; onForget: () => void }): ReactElement {
  return (
    <li className="recent-item" data-testid="recent-case" data-path={item.path} data-missing={!item.exists}>
      <button
        type="button"
        className="recent-open"
        disabled={!item.exists}
        title={item.exists ? `Open ${item.path}` : `${item.path} is no longer there (moved, renamed or deleted)`}
        onClick={onOpen}
      >
        <Icon name="file" size={15} />
        <span className="recent-name">{baseName(item.path)}</span>
        <span className="recent-folder">{folderOf(item.path)}</span>
        {item.exists ? (
          <span className="recent-when">{formatLocalInstant(item.openedAt)}</span>
        ) : (
          <span className="pill pill-failed">missing</span>
        )}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Forget ${baseName(item.path)}`}
        title="Take it off this list (the file stays where it is)"
        data-testid="forget-recent-case"
        onClick={onForget}
      >
        <Icon name="close" size={13} />
      </button>
    </li>
  );
}
