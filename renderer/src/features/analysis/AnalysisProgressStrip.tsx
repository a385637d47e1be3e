// The status strip while an analysis runs: the step it is on and how far the whole run is.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { ProgressBar } from '../../components/ProgressBar';

export function AnalysisProgressStrip(): ReactElement {
  const progress = useAppStore((state) => state.analysisProgress);
  return (
    <div className="import-progress" data-testid="analysis-progress">
      <span className="spinner" aria-hidden="true" />
      <span className="import-phase">Analysing</span>
      <span className="status-item">{progress === null ? 'Starting' : progress.step}</span>
      <ProgressBar fraction={progress?.fraction ?? 0} label="Analysis progress" />
    </div>
  );
}
