// The benchmark's grid section: runs measure-grid.ts in a child process (so its peak memory is its own) on a large
// events case, made once under bench/ and reused, and shapes its figures for bench/results.json.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Events in the grid case (`BENCH_GRID_ROWS`), and random pages measured per sort (`BENCH_GRID_PAGES`). */
export const GRID_ROWS = Number(process.env.BENCH_GRID_ROWS ?? 10_000_000);
const GRID_PAGES = Number(process.env.BENCH_GRID_PAGES ?? 50);

export interface GridScenarioFigure {
  rows: number;
  first_page_ms: number;
  first_far_page_ms: number;
  ready_s: number;
  row_groups_per_window: number;
  materialised: boolean;
  p50_ms: number;
  p95_ms: number;
  baseline_p50_ms: number;
  baseline_p95_ms: number;
  ratio_p50: number;
  ratio_p95: number;
}

export interface GridFigure {
  description: string;
  rows: number;
  pages: number;
  page_rows: number;
  scenarios: Record<string, GridScenarioFigure>;
  engine_peak_rss_mib: number;
}

export function gridFigureName(rows: number): string {
  return `grid_paging_${rows >= 1e6 ? `${+(rows / 1e6).toFixed(1)}m` : `${+(rows / 1e3).toFixed(1)}k`}`;
}

export function gridFigure(root: string): GridFigure {
  const casePath = join(root, 'bench', `grid-events-${GRID_ROWS}.driftcase`);
  const output = execFileSync(
    process.execPath,
    [join(root, 'bin', 'run-ts.js'), join(root, 'test', 'bench', 'measure-grid.ts'), casePath, String(GRID_ROWS), String(GRID_PAGES)],
    { encoding: 'utf8', maxBuffer: 1 << 22, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = output.trim().split('\n');
  process.stdout.write(`${lines.slice(0, -1).join('\n')}\n`);
  const measured = JSON.parse(lines.at(-1) ?? '{}') as { pages: number; page_rows: number; scenarios: GridFigure['scenarios']; peak_rss_mib: number };
  return {
    description:
      'Grid pages of 100 rows at random positions of an events table under several sorts: the engine getTablePage ' +
      '(keyset from the view index, or the materialised view when the order scatters rows) vs the bare DuckDB keyset ' +
      'query for the same page; first_* are right after the sort change, p50/p95 once the view is ready',
    rows: GRID_ROWS,
    pages: measured.pages,
    page_rows: measured.page_rows,
    scenarios: measured.scenarios,
    engine_peak_rss_mib: measured.peak_rss_mib,
  };
}

/** One line per sort for the closing summary. */
export function describeGridFigure(name: string, figure: GridFigure): string {
  return Object.entries(figure.scenarios)
    .map(
      ([sort, s]) =>
        `${name} ${sort}: p50 ${s.p50_ms} ms, p95 ${s.p95_ms} ms (bare keyset ${s.baseline_p50_ms} / ${s.baseline_p95_ms} ms, ` +
        `ratio ${s.ratio_p50} / ${s.ratio_p95}); first far page ${s.first_far_page_ms} ms, ready in ${s.ready_s} s\n`,
    )
    .join('');
}
