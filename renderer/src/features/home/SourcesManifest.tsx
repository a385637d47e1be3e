// The sources manifest: every imported file with its system, kind, preset, rows, rejects, SHA-256, zone rule and warnings.
import { useState, type ReactElement } from 'react';
import type { SourceRecord } from '../../../../shared/model/home';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { SystemBadge } from '../../components/SystemBadge';
import { formatBytes, formatCount } from '../../components/format';
import { formatLocalInstant } from '../../components/format-time';

/** Enough of a SHA-256 to tell files apart at a glance; the whole of it is on hover and copied by the button. */
const SHA_SHOWN = 12;

export function SourcesManifest({ sources }: { sources: SourceRecord[] }): ReactElement {
  const totalRows = sources.reduce((sum, source) => sum + source.rowsLoaded, 0);
  const totalRejected = sources.reduce((sum, source) => sum + source.rowsRejected, 0);
  return (
    <section className="home-card" aria-label="Sources manifest" data-testid="sources-manifest">
      <header className="home-card-header">
        <h2>Sources</h2>
        <span className="muted">
          {formatCount(sources.length)} {sources.length === 1 ? 'file' : 'files'} · {formatCount(totalRows)} rows loaded
          {totalRejected > 0 && (
            <>
              {' · '}
              <span className="warn">{formatCount(totalRejected)} rejected</span>
            </>
          )}
        </span>
        <span className="home-card-hint">Originals are only read, never changed: each is hashed as it loads.</span>
      </header>
      <div className="manifest-scroll">
        <table className="summary-table manifest-table">
          <thead>
            <tr>
              <th>File</th>
              <th>System</th>
              <th>Kind</th>
              <th>Read as</th>
              <th className="numeric">Rows loaded</th>
              <th className="numeric">Rejected</th>
              <th>SHA-256</th>
              <th>Time zone rule</th>
              <th>Warnings</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <ManifestRow key={source.sourceId} source={source} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ManifestRow({ source }: { source: SourceRecord }): ReactElement {
  const openRejects = useAppStore((state) => state.openRejects);
  const drilled = useAppStore((state) => state.rejectsView?.source.sourceId === source.sourceId);
  const selectTable = useAppStore((state) => state.selectTable);
  const navigate = useAppStore((state) => state.navigate);
  return (
    <tr data-testid="manifest-row" data-source-id={source.sourceId} className={drilled ? 'manifest-row drilled' : 'manifest-row'}>
      <td title={source.path}>
        <div className="manifest-file">
          <span className="path-cell" data-testid="manifest-file">
            {source.relativePath}
          </span>
          <span className="manifest-sub">
            {source.format}
            {source.encoding !== null && source.encoding !== 'utf-8' && ` · ${source.encoding}`} · {formatBytes(source.bytes)} ·
            imported {formatLocalInstant(source.importedAt)}
          </span>
        </div>
      </td>
      <td>
        <SystemBadge system={source.system} />
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          title={`Show the ${source.tableName} table`}
          onClick={() => {
            selectTable(source.tableName);
            navigate({ kind: 'data' });
          }}
        >
          {source.kind ?? source.tableName}
        </button>
      </td>
      <td className="manifest-preset" title={source.matchReason ?? undefined} data-testid="manifest-preset">
        {source.presetName ?? (source.kind === 'raw' ? <span className="warn">not recognised (kept as text)</span> : <span className="muted">—</span>)}
      </td>
      <td className="numeric" data-testid="manifest-loaded">
        {formatCount(source.rowsLoaded)}
      </td>
      <td className="numeric">
        {source.rowsRejected > 0 ? (
          <button
            type="button"
            className="link-button warn"
            data-testid="manifest-rejects"
            title={`Show the ${formatCount(source.rowsRejected)} rejected rows of ${source.fileName}`}
            onClick={() => void openRejects(source.sourceId)}
          >
            {formatCount(source.rowsRejected)}
          </button>
        ) : (
          <span className="muted">0</span>
        )}
      </td>
      <td>
        <ShaCell sha256={source.sha256} />
      </td>
      <td className="manifest-zone">{source.tzRule ?? <span className="muted">—</span>}</td>
      <td className="manifest-warnings" data-testid="manifest-warnings">
        {source.warnings.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          source.warnings.map((warning) => (
            <span key={warning} className="manifest-warning">
              <Icon name="alert" size={12} />
              {warning}
            </span>
          ))
        )}
      </td>
    </tr>
  );
}

function ShaCell({ sha256 }: { sha256: string }): ReactElement {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(sha256).then(
      () => {
        setCopied(true);
        window.setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <span className="sha-cell">
      <code title={sha256} data-testid="manifest-sha">
        {sha256.slice(0, SHA_SHOWN)}
      </code>
      <button type="button" className="icon-button" aria-label="Copy the full SHA-256" title={copied ? 'Copied' : 'Copy the full SHA-256'} onClick={copy}>
        <Icon name={copied ? 'check' : 'copy'} size={13} />
      </button>
    </span>
  );
}
