// Draws analysis progress (the step and how far the run is) as a terminal progress bar on stderr.
import { Presets, SingleBar } from 'cli-progress';
import type { AnalysisProgress } from '../../shared/model/findings';

export interface AnalysisProgressBar {
  update(progress: AnalysisProgress): void;
  stop(): void;
}

export function createAnalysisProgressBar(stream: NodeJS.WriteStream = process.stderr): AnalysisProgressBar {
  const bar = new SingleBar(
    { stream, format: ' {bar} {percentage}% | analysing: {step}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (progress) => {
      const value = Math.round(progress.fraction * 100);
      if (!started) {
        bar.start(100, value, { step: progress.step });
        started = true;
      } else {
        bar.update(value, { step: progress.step });
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
