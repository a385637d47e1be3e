// The bottom strip: import or analysis progress while one runs, else what is open and which build this is.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { AnalysisProgressStrip } from '../analysis/AnalysisProgressStrip';
import { ImportProgressStrip } from '../import/ImportProgressStrip';

export function StatusBar(): ReactElement {
  const importRunning = useAppStore((state) => state.importRunning);
  const analysisRunning = useAppStore((state) => state.analysisRunning);
  const appInfo = useAppStore((state) => state.appInfo);
  const caseInfo = useAppStore((state) => state.caseInfo);
  const tableCount = useAppStore((state) => state.tables.length);

  return (
    <footer className="statusbar">
      {importRunning ? (
        <ImportProgressStrip />
      ) : analysisRunning ? (
        <AnalysisProgressStrip />
      ) : (
        <>
          <span className="status-item">{caseInfo === null ? 'No case open' : 'Ready'}</span>
          {caseInfo !== null && (
            <span className="status-item">
              {tableCount} {tableCount === 1 ? 'table' : 'tables'} · case schema v{caseInfo.schemaVersion}
            </span>
          )}
          <span className="status-spacer" />
          {appInfo !== null && (
            <span className="status-item muted">
              Driftscope {appInfo.version} · {appInfo.mode === 'desktop' ? 'desktop' : 'browser mode'}
            </span>
          )}
        </>
      )}
    </footer>
  );
}
