// What shows when no case is open: create one, open one or a recent one, or explore the bundled sample.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon, type IconName } from '../../components/Icon';
import type { AppCommand } from '../../store/types';
import { RecentCases } from './RecentCases';

interface StartAction {
  command: AppCommand;
  icon: IconName;
  title: string;
  detail: string;
}

const ACTIONS: StartAction[] = [
  {
    command: 'new-case',
    icon: 'plus',
    title: 'New case',
    detail: 'Create an empty case file, then import the exports you were given.',
  },
  {
    command: 'open-case',
    icon: 'open',
    title: 'Open case',
    detail: 'Continue with a .driftcase file you created before.',
  },
  {
    command: 'explore-sample',
    icon: 'sample',
    title: 'Explore the sample',
    detail: 'Three days of a simulated retailer with known faults, opened in the import wizard of a new case.',
  },
];

export function StartScreen(): ReactElement {
  const appInfo = useAppStore((state) => state.appInfo);
  const runCommand = useAppStore((state) => state.runCommand);

  return (
    <main className="start" data-testid="start-screen">
      <div className="start-panel">
        <div className="start-heading">
          <span className="start-mark">
            <Icon name="logo" size={22} />
          </span>
          <div>
            <h1>Driftscope</h1>
            <p>Forensic analysis of inventory drift between WMS, ERP and storefront. Everything stays on this machine.</p>
          </div>
        </div>
        <div className="start-actions">
          {ACTIONS.map((action) => (
            <button
              key={action.command}
              type="button"
              className="start-action"
              data-testid={action.command}
              disabled={appInfo === null}
              onClick={() => void runCommand(action.command)}
            >
              <span className="start-action-icon">
                <Icon name={action.icon} size={18} />
              </span>
              <span className="start-action-text">
                <span className="start-action-title">{action.title}</span>
                <span className="start-action-detail">{action.detail}</span>
              </span>
            </button>
          ))}
        </div>
        <RecentCases />
        {appInfo !== null && (
          <p className="start-footer">
            Version {appInfo.version} · {appInfo.mode === 'desktop' ? 'desktop app' : 'browser mode, served from this machine'}
          </p>
        )}
      </div>
    </main>
  );
}
