// The case home: import progress while one runs, the summary strip, the sources manifest with each file's rejects, or a call to import.
import { useEffect, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { CrosswalkPanel } from '../crosswalk/CrosswalkPanel';
import { EmptyCase } from './EmptyCase';
import { HomeImportProgress } from './HomeImportProgress';
import { RejectsPanel } from './RejectsPanel';
import { SourcesManifest } from './SourcesManifest';
import { SummaryStrip } from './SummaryStrip';
import './home.css';

export function CaseHome(): ReactElement {
  const casePath = useAppStore((state) => state.caseInfo?.path ?? null);
  // The tables list is read again after opening, importing and analysing: each is a reason to read the home again.
  const tables = useAppStore((state) => state.tables);
  const filesDone = useAppStore((state) => state.importProgress?.filesDone ?? 0);
  const importRunning = useAppStore((state) => state.importRunning);
  const summary = useAppStore((state) => state.caseSummary);
  const sources = useAppStore((state) => state.caseSources);
  const problem = useAppStore((state) => state.homeProblem);
  const rejectsView = useAppStore((state) => state.rejectsView);
  const loadCaseHome = useAppStore((state) => state.loadCaseHome);

  useEffect(() => {
    void loadCaseHome();
  }, [casePath, tables, filesDone, loadCaseHome]);

  const empty = summary !== null && summary.sources === 0;
  return (
    <section className="case-home" data-testid="case-home" aria-label="Case home">
      {importRunning && <HomeImportProgress />}
      {problem !== null && (
        <p className="home-problem" role="alert">
          The case home could not be read: {problem}
        </p>
      )}
      {summary === null && problem === null && <p className="home-loading">Reading the case…</p>}
      {empty && !importRunning && <EmptyCase />}
      {empty && importRunning && <p className="home-loading">Each file appears under Sources as soon as it has loaded.</p>}
      {summary !== null && !empty && <SummaryStrip summary={summary} />}
      {sources !== null && sources.length > 0 && <SourcesManifest sources={sources} />}
      {rejectsView !== null && <RejectsPanel view={rejectsView} />}
      {sources !== null && sources.length > 0 && <CrosswalkPanel />}
    </section>
  );
}
