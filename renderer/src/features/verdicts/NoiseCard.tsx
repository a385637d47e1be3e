// The board's noise card: failed events and their leading error codes, duplicate deliveries and retries.
import type { ReactElement } from 'react';
import type { NoiseFinding } from '../../../../shared/model/findings';
import { formatCount } from '../../components/format';
import { selectNoiseDigest } from '../../store/verdict-selectors';
import { OpenTableLink } from './OpenTableLink';
import './verdicts.css';

export function NoiseCard({ noise }: { noise: NoiseFinding }): ReactElement {
  const digest = selectNoiseDigest(noise);
  return (
    <article className="board-card info-card" data-testid="noise-card" aria-label="Noise">
      <header className="info-card-header">
        <h3 className="board-card-title">Noise</h3>
        <OpenTableLink table="analysis_noise_errors" />
      </header>
      <p className="info-card-lead">
        <strong>{formatCount(digest.failed)}</strong> failed event{digest.failed === 1 ? '' : 's'}
        {' · '}
        <strong>{formatCount(noise.duplicates_applied)}</strong> duplicate{noise.duplicates_applied === 1 ? '' : 's'} applied,{' '}
        {formatCount(noise.duplicates_ignored)} ignored
        {' · '}
        <strong>{formatCount(noise.retries.retried)}</strong> failed record{noise.retries.retried === 1 ? '' : 's'}, {formatCount(noise.retries.never_succeeded)} never went through
      </p>
      {digest.top.length === 0 ? (
        <p className="board-card-note">No event failed.</p>
      ) : (
        <table className="info-table">
          <thead>
            <tr>
              <th>Error code</th>
              <th>Path</th>
              <th>Type</th>
              <th className="numeric">Events</th>
            </tr>
          </thead>
          <tbody>
            {digest.top.map((row) => (
              <tr key={`${row.path ?? ''}|${row.event_type}|${row.code}`} data-testid="noise-code">
                <td className="code-cell status-error-text">{row.code}</td>
                <td className="path-cell">{row.path ?? 'no path'}</td>
                <td>{row.event_type}</td>
                <td className="numeric">{formatCount(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {digest.more > 0 && <p className="board-card-note">and {formatCount(digest.more)} more code groups</p>}
    </article>
  );
}
