// The report's reference sections: noise, coverage, data limitations and the appendix (manifest and settings).
import type { Findings } from '../../../shared/model/findings';
import { escapeFileName, escapeHtml } from './escape-html';
import { formatBytes, formatInstant, formatNumber, formatSeconds, formatSpan } from './report-format';
import { markup, table } from './report-html';

export function renderNoise(findings: Findings): string {
  const { noise } = findings;
  const failed = noise.errors_by_code.reduce((total, row) => total + row.count, 0);
  const parts = [
    '<section id="noise" class="major" data-testid="section-noise"><h2>Sync noise</h2>',
    '<p class="muted">Noise is not drift by itself: a retry that later succeeded is not a fault, and a duplicate the receiver ignored is harmless. ' +
      'It shows where the handoff layer is fragile.</p>',
    table(
      [{ label: 'measure' }, { label: 'count', numeric: true }],
      [
        ['failed events', formatNumber(failed)],
        ['duplicates applied twice (drift)', formatNumber(noise.duplicates_applied)],
        ['duplicates ignored by the receiver', formatNumber(noise.duplicates_ignored)],
        ['failed records (by correlation id or idempotency key)', formatNumber(noise.retries.retried)],
        ['… that went through on a later attempt', formatNumber(noise.retries.succeeded_later)],
        ['… that never went through', formatNumber(noise.retries.never_succeeded)],
      ],
      { testId: 'noise-summary' },
    ),
  ];
  if (noise.errors_by_code.length > 0) {
    parts.push('<h3>Errors by code</h3>');
    parts.push(
      table(
        [{ label: 'path' }, { label: 'event type' }, { label: 'code' }, { label: 'count', numeric: true }, { label: 'first seen' }, { label: 'last seen' }],
        noise.errors_by_code.map((row) => [row.path ?? '–', row.event_type, markup(`<span class="code">${escapeHtml(row.code)}</span>`), formatNumber(row.count), formatInstant(row.first_seen), formatInstant(row.last_seen)]),
        { testId: 'noise-errors' },
      ),
    );
  }
  const missing = noise.missing_fields.filter((row) => row.count > 0);
  parts.push('<h3>Events missing required fields</h3>');
  parts.push(
    missing.length === 0
      ? '<p>No event was missing a required field.</p>'
      : table([{ label: 'field' }, { label: 'events', numeric: true }], missing.map((row) => [row.field, formatNumber(row.count)]), { testId: 'noise-missing' }),
  );
  parts.push('</section>');
  return parts.join('');
}

export function renderCoverage(findings: Findings): string {
  if (findings.coverage.length === 0) return '';
  const rows = findings.coverage;
  return (
    '<section id="coverage" data-testid="section-coverage"><h2>Coverage of event types per path</h2>' +
    '<p class="muted">Highlighted rows are configuration gaps: an event type the business needs on that path that never appears.</p>' +
    table(
      [{ label: 'path' }, { label: 'event type' }, { label: 'seen', numeric: true }, { label: 'failed', numeric: true }, { label: 'status' }],
      rows.map((row) => [row.path, row.event_type, formatNumber(row.seen), formatNumber(row.failed), row.gap ? 'gap: never seen' : row.failed > 0 ? 'seen, some failed' : 'seen']),
      { rowClass: (index) => (rows[index]?.gap ? 'gap' : null), testId: 'coverage' },
    ) +
    '</section>'
  );
}

/** A file ending this long before the compared instant leaves the changes after it unseen. */
const STALE_EXPORT_MS = 24 * 3600 * 1000;

export function renderLimitations(findings: Findings): string {
  const { summary } = findings;
  const asOf = findings.as_of;
  const stale = findings.sources.filter(
    (source) => asOf !== null && source.last_ts !== null && Date.parse(asOf) - Date.parse(source.last_ts) > STALE_EXPORT_MS,
  );
  const gappy = findings.sources.filter((source) => (source.gaps ?? []).length > 0);
  return (
    '<section id="limitations" class="major" data-testid="section-limitations"><h2>Data limitations</h2>' +
    `<p>Figures are compared at <b>${escapeHtml(formatInstant(asOf))}</b>` +
    `${findings.settings.as_of === null ? ' (the latest snapshot capture)' : ' (the instant asked for)'}. ` +
    `The exports cover ${escapeHtml(formatInstant(summary.time_span.from))} to ${escapeHtml(formatInstant(summary.time_span.to))}. ` +
    `Changes younger than ${escapeHtml(formatSeconds(findings.settings.in_flight_s))} with no counterpart yet are treated as in flight, not drift.</p>` +
    `<p>${formatNumber(summary.rejected_rows)} input row(s) could not be read and were left out; each is kept with its line and reason in the case's rejects table.</p>` +
    (stale.length === 0
      ? ''
      : `<p data-testid="limitations-stale"><span class="flag">Ends early:</span> ${stale
          .map((source) => `<span class="code file">${escapeFileName(source.file)}</span> ends ${escapeHtml(formatSpan(source.last_ts ?? '', asOf ?? ''))} before that instant`)
          .join('; ')}. What its system did after its last row is not in the case.</p>`) +
    (gappy.length === 0
      ? '<p>No export has a silence beyond its usual pauses.</p>'
      : `<p data-testid="limitations-gaps"><span class="flag">Gaps:</span> ${gappy.length} export(s) fall silent for longer than their usual pauses (listed below); rows may be missing there, for instance a rotated log file not in the folder.</p>`) +
    table(
      [
        { label: 'file' },
        { label: 'system' },
        { label: 'covers' },
        { label: 'gaps' },
        { label: 'rows loaded', numeric: true },
        { label: 'rejected', numeric: true },
        { label: 'time-zone rule' },
      ],
      findings.sources.map((source) => [
        markup(`<span class="code file">${escapeFileName(source.file)}</span>`),
        source.system ?? '–',
        markup(coverage(source.first_ts, source.last_ts)),
        markup(gapList(source.gaps)),
        formatNumber(source.rows_loaded),
        source.rejected > 0 ? markup(`<span class="flag">${formatNumber(source.rejected)}</span>`) : '0',
        markup(
          escapeHtml(source.tz_rule ?? 'times carry their own offset') +
            (source.warnings === null ? '' : `<br><span class="muted">${escapeHtml(source.warnings)}</span>`),
        ),
      ]),
      { testId: 'limitations-sources' },
    ) +
    '</section>'
  );
}

/** An export's time range as markup, each instant kept on one line so the column wraps between them. */
function coverage(first: string | null, last: string | null): string {
  if (first === null || last === null) return 'no times';
  const instant = (value: string, after = '') => `<span class="nowrap">${escapeHtml(formatInstant(value))}${after}</span>`;
  return first === last ? `at ${instant(first)}` : `${instant(first, ' –')}<br>${instant(last)}`;
}

function gapList(gaps: { from: string; to: string }[] | null): string {
  if (gaps === null || gaps.length === 0) return '–';
  return gaps
    .map((gap) => `<span class="flag">${escapeHtml(formatSpan(gap.from, gap.to))}</span> from ${escapeHtml(formatInstant(gap.from))}`)
    .join('<br>');
}

export function renderAppendix(findings: Findings, caseName: string): string {
  const { settings } = findings;
  return (
    '<section id="appendix" class="major" data-testid="section-appendix"><h2>Appendix: sources and settings</h2>' +
    '<p class="muted">The SHA-256 of each original as it was imported; <span class="code">driftscope verify</span> re-hashes them to show they are unchanged.</p>' +
    table(
      [
        { label: 'file' },
        { label: 'system / kind' },
        { label: 'read as' },
        { label: 'SHA-256' },
        { label: 'size', numeric: true },
        { label: 'rows', numeric: true },
        { label: 'rejected', numeric: true },
      ],
      findings.sources.map((source) => [
        markup(`<span class="code file">${escapeFileName(source.file)}</span>`),
        `${source.system ?? '–'} / ${source.kind ?? '–'}`,
        source.preset ?? '–',
        markup(`<span class="code">${escapeHtml(source.sha256)}</span>`),
        markup(`<span title="${source.bytes} bytes">${escapeHtml(formatBytes(source.bytes))}</span>`),
        formatNumber(source.rows_loaded),
        formatNumber(source.rejected),
      ]),
      { testId: 'manifest' },
    ) +
    '<h3>Analysis</h3>' +
    table(
      [{ label: 'setting' }, { label: 'value' }],
      [
        ['case', caseName],
        ['Driftscope version', findings.app_version],
        ['findings schema', findings.schema],
        ['generated at', formatInstant(findings.generated_at)],
        ['as-of instant', settings.as_of === null ? `latest snapshot capture (${formatInstant(findings.as_of)})` : formatInstant(settings.as_of)],
        ['in-flight window', formatSeconds(settings.in_flight_s)],
        ['checklist event window', `± ${formatSeconds(settings.window_s)}`],
      ],
      { testId: 'settings' },
    ) +
    '</section>'
  );
}
