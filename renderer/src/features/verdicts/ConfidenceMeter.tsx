// A verdict's confidence as a short bar and a percentage, so a list can be scanned for the weak ones.
import type { ReactElement } from 'react';
import { formatConfidence } from '../../store/verdict-selectors';
import './verdicts.css';

export function ConfidenceMeter({ confidence }: { confidence: number }): ReactElement {
  const level = confidence >= 0.75 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
  return (
    <span className={`confidence confidence-${level}`} title={`Confidence ${formatConfidence(confidence)}`}>
      <span className="confidence-track" aria-hidden="true">
        <span className="confidence-fill" style={{ width: `${Math.round(confidence * 100)}%` }} />
      </span>
      <span className="confidence-value">{formatConfidence(confidence)}</span>
    </span>
  );
}
