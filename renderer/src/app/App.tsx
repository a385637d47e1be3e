// The app's frame: top bar, banners, the start screen or the open case, status bar and the path chooser.
import { useEffect, type ReactElement } from 'react';
import { Banners } from '../features/shell/Banners';
import { StatusBar } from '../features/shell/StatusBar';
import { TopBar } from '../features/shell/TopBar';
import { Workspace } from '../features/shell/Workspace';
import { PathDialog } from '../features/files/PathDialog';
import { ReportDialog } from '../features/report/ReportDialog';
import { ImportWizard } from '../features/import/ImportWizard';
import { WindowFileDrop } from '../features/import/WindowFileDrop';
import { StartScreen } from '../features/start/StartScreen';
import { baseName } from '../store/paths';
import { useAppStore } from './store-context';
import { useHashRoute } from './use-hash-route';

export function App(): ReactElement {
  const casePath = useAppStore((state) => state.caseInfo?.path ?? null);
  const chooser = useAppStore((state) => state.chooser);
  const reportDialog = useAppStore((state) => state.reportDialog);
  const importWizard = useAppStore((state) => state.importWizard);
  useHashRoute();

  useEffect(() => {
    document.title = casePath === null ? 'Driftscope' : `${baseName(casePath)} — Driftscope`;
  }, [casePath]);

  return (
    <div className="app" data-testid="app-shell">
      <TopBar />
      <Banners />
      {casePath === null ? <StartScreen /> : <Workspace />}
      <StatusBar />
      {reportDialog !== null && <ReportDialog dialog={reportDialog} />}
      {importWizard !== null && <ImportWizard wizard={importWizard} />}
      {chooser !== null && <PathDialog chooser={chooser} />}
      <WindowFileDrop />
    </div>
  );
}
