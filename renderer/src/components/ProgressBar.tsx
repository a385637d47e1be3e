// A thin determinate progress bar.
import type { ReactElement } from 'react';

export function ProgressBar({ fraction, label }: { fraction: number; label: string }): ReactElement {
  const percent = Math.round(fraction * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
