// The top bar: app name, the open case's path and the case, import, analysis and export commands.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { baseName, folderOf } from '../../store/paths';
import { selectCanAnalyse, selectCanExport, selectCanImport } from '../../store/selectors';

export function TopBar(): ReactElement {
  const caseInfo = useAppStore((state) => state.caseInfo);
  const importRunning = useAppStore((state) => state.importRunning);
  const canImport = useAppStore(selectCanImport);
  const canExport = useAppStore(selectCanExport);
  const canAnalyse = useAppStore(selectCanAnalyse);
  const analyse = useAppStore((state) => state.analyse);
  const runCommand = useAppStore((state) => state.runCommand);
  const closeCase = useAppStore((state) => state.closeCase);

  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="logo" size={14} />
        </span>
        Driftscope
      </div>
      {caseInfo !== null && (
        <>
          <div className="case-path" title={caseInfo.path} data-testid="case-path">
            <span className="case-folder">{folderOf(caseInfo.path)}</span>
            <span className="case-name">{baseName(caseInfo.path)}</span>
          </div>
          <nav className="toolbar" aria-label="Case commands">
            <Button icon="plus" data-testid="new-case" disabled={importRunning} onClick={() => void runCommand('new-case')}>
              New case
            </Button>
            <Button icon="open" data-testid="open-case" disabled={importRunning} onClick={() => void runCommand('open-case')}>
              Open case
            </Button>
            <span className="toolbar-divider" />
            <Button
              icon="upload"
              variant="primary"
              data-testid="import-files"
              disabled={!canImport}
              onClick={() => void runCommand('import-files')}
            >
              Import files
            </Button>
            <Button
              icon="folder"
              data-testid="import-folder"
              disabled={!canImport}
              onClick={() => void runCommand('import-folder')}
            >
              Import folder
            </Button>
            <Button icon="search" data-testid="analyse" disabled={!canAnalyse} onClick={() => void analyse()}>
              Analyse
            </Button>
            <Button icon="file" data-testid="export-report" disabled={!canAnalyse} onClick={() => void runCommand('export-report')}>
              Report
            </Button>
            <Button
              icon="download"
              data-testid="export-csv"
              disabled={!canExport}
              onClick={() => void runCommand('export-csv')}
            >
              Export CSV
            </Button>
            <Button variant="ghost" data-testid="close-case" disabled={importRunning} onClick={() => void closeCase()}>
              Close
            </Button>
          </nav>
        </>
      )}
    </header>
  );
}
