// The report's one stylesheet, inlined: light and readable on screen, page breaks and no shading waste in print.

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --soft: #f8fafc; --flag: #b91c1c; --ok: #15803d; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 24px auto; padding: 32px 40px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
header.cover { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 24px; }
header.cover h1 { margin: 0 0 4px; font-size: 26px; }
header.cover p { margin: 0; color: var(--muted); }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 8px; }
h4 { font-size: 14px; margin: 16px 0 6px; }
p { margin: 6px 0; }
.muted { color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 16px; }
.figure { flex: 1 1 150px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; background: var(--soft); }
.figure b { display: block; font-size: 22px; }
.figure span { color: var(--muted); font-size: 12px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code, .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
.code.file { overflow-wrap: normal; word-break: normal; }
.nowrap { white-space: nowrap; overflow-wrap: normal; }
tr.gap td { background: #fef2f2; color: var(--flag); font-weight: 600; }
.flag { color: var(--flag); font-weight: 600; }
.clean { color: var(--ok); font-weight: 600; }
.callout { border-left: 4px solid var(--flag); background: #fef2f2; padding: 8px 12px; margin: 12px 0; }
.callout.info { border-color: #2563eb; background: #eff6ff; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #eef2ff; color: #3730a3; font-size: 12px; font-weight: 600; }
ul.evidence { margin: 4px 0 8px; padding-left: 18px; font-size: 12.5px; }
ul.evidence li { margin: 2px 0; }
.step-chart { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
section.sku-page { margin-top: 36px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
.tag { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 11px; font-weight: 600; line-height: 17px; white-space: nowrap; }
.tag-confirmed_root_cause { background: #fce7f3; color: #9d174d; }
.tag-false_positive { background: #eeedeb; color: #44403c; }
.tag-note { background: #e4f1fa; color: #075985; }
.star { color: #a16207; font-size: 13px; font-weight: 600; white-space: nowrap; }
.comment { white-space: pre-line; overflow-wrap: anywhere; }
ul.notes { list-style: none; margin: 2px 0 4px; padding: 0; font-size: 12.5px; }
ul.notes li { display: flex; gap: 6px; align-items: baseline; margin: 3px 0; }
ul.notes .tag { flex: none; }
tr:has(+ tr.row-note) td { border-bottom: none; }
tr.row-note td { padding-top: 0; }
tr.row-note ul.notes { margin: 0; padding: 2px 8px; border-left: 3px solid var(--line); background: var(--soft); }
ul.evidence ul.notes { margin: 2px 0 0; }
tr.false-positive td { color: var(--muted); }
tr.false-positive td.num { text-decoration: line-through; }
table[data-testid="annotations"] { table-layout: fixed; }
table[data-testid="annotations"] td { overflow-wrap: anywhere; }
table[data-testid="annotations"] th { white-space: normal; }
table[data-testid="annotations"] .tag { white-space: normal; }
table[data-testid="annotations"] th:nth-child(1) { width: 18%; }
table[data-testid="annotations"] th:nth-child(2) { width: 22%; }
table[data-testid="annotations"] th:nth-child(3) { width: 15%; }
table[data-testid="annotations"] th:nth-child(5) { width: 14%; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  section.sku-page { break-before: page; margin-top: 0; }
  section.major { break-before: page; }
  .step-chart, .callout, .figure, dl.facts { break-inside: avoid; }
  tr { break-inside: avoid; }
  tr.row-note { break-before: avoid; }
  section.cluster table { table-layout: fixed; font-size: 9pt; }
  section.cluster th, section.cluster td { padding: 3px 4px; }
  section.cluster th { font-size: 8pt; }
  section.cluster th:nth-child(1), section.cluster th:nth-child(2) { width: 13%; }
  section.cluster th:nth-child(3), section.cluster th:nth-child(5), section.cluster th:nth-child(6) { width: 6%; }
  section.cluster th:nth-child(4), section.cluster th:nth-child(7) { width: 10%; }
  section.cluster th:last-child { width: 36%; }
  th, tr.gap td, .figure, .callout, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
