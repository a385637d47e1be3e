// The `driftscope` command line: parses arguments and hands each command to its module over the engine.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { appVersion } from '../engine/app-paths';
import { DEFAULT_LIMITS } from '../engine/db/case-database';
import { CliError } from './cli-error';
import { runImportCommand } from './import-command';
import { runServeCommand } from './serve-command';
import { runVerifyCommand } from './verify-command';
import { runPreviewCommand } from './preview-command';
import { runAnalyzeCommand, type AnalyzeCommandOptions } from './analyze-command';
import { runReportCommand, type ReportCommandOptions } from './report-command';
import { registerCrosswalkCommand } from './crosswalk-command';

const memoryLimitOption = () =>
  new Option('--memory-limit <size>', 'DuckDB memory limit; larger work spills to a temp folder').default(DEFAULT_LIMITS.memoryLimit);

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseRowCount(value: string): number {
  const rows = Number(value);
  if (!Number.isInteger(rows) || rows < 1 || rows > 200) throw new InvalidArgumentError('a row count is 1 to 200');
  return rows;
}

function parseMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 10080) throw new InvalidArgumentError('minutes are 0 to 10080 (a week)');
  return minutes;
}

function parsePageCount(value: string): number {
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 0 || pages > 500) throw new InvalidArgumentError('a page count is 0 to 500');
  return pages;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0 to 65535');
  return port;
}

const program = new Command()
  .name('driftscope')
  .description('Forensic analysis of inventory drift between WMS, ERP and storefront exports. Everything runs locally.')
  .version(appVersion())
  .showHelpAfterError('(run with --help for usage)')
  // Usage mistakes exit 2, so scripts can tell them from a run that failed (exit 1).
  .exitOverride();

program
  .command('import')
  .description('load client exports (CSV/TSV, JSON lines, JSON, Parquet, gzipped; or folders of them) into a case file; the originals are only read')
  .argument('<paths...>', 'files or folders to import')
  .requiredOption('--case <file>', 'case file to load into (created if it does not exist), e.g. client-x.driftcase')
  .addOption(memoryLimitOption())
  .option('--mapping <file>', 'JSON mapping file to read every file with, instead of recognising presets')
  .option('--tz <rule>', 'zone for times written without one: erp=America/Chicago, exports/*.csv=Europe/Berlin, or a bare zone (repeatable)', collect, [])
  .option('--preset <file=id>', 'read one file with the given preset instead of the detected one (repeatable)', collect, [])
  .option('--no-progress', 'do not draw a progress bar')
  .addHelpText('after', '\nExample:\n  driftscope import exports/ --case client-x.driftcase --tz erp=America/Chicago')
  .action(async (paths: string[], options: { case: string; memoryLimit: string; progress: boolean; mapping?: string; tz: string[]; preset: string[] }) => {
    process.exitCode = await runImportCommand(paths, options);
  });

program
  .command('analyze')
  .description('import exports (if given) and analyse the case: drift per SKU, cluster verdicts with evidence, sync mode, noise, coverage')
  .argument('[paths...]', 'files or folders to import first (skipped when already in the case)')
  .option('--case <file>', 'case file to use (created if it does not exist); without it a temporary case is used and removed')
  .option('--json <file>', 'write the findings (schema driftscope.findings/1, docs/findings.schema.json) to this file')
  .option('--report <file>', 'write the findings report (one self-contained HTML file) after the analysis')
  .option('--csv <dir>', 'write verdicts.csv, evidence.csv and findings.json into this folder after the analysis')
  .option('--mapping <file>', 'JSON mapping file to read every file with, as for import')
  .option('--tz <rule>', 'zone for times written without one, as for import (repeatable)', collect, [])
  .option('--preset <file=id>', 'read one file with the given preset, as for import (repeatable)', collect, [])
  .option('--in-flight <minutes>', 'changes younger than this with no counterpart yet are in flight, not drift', parseMinutes, 15)
  .option('--as-of <instant>', 'compare the systems at this ISO instant instead of the latest snapshot')
  .option('--no-progress', 'do not draw a progress bar')
  .addOption(memoryLimitOption())
  .addHelpText(
    'after',
    '\nExamples:\n  driftscope analyze exports/ --tz erp=America/Chicago --json findings.json\n' +
      '  driftscope analyze --case client-x.driftcase --in-flight 30 --report report.html\n\nExit status: 0 when the analysis ran (whatever it found), 1 when it could not run, 2 for a usage error.',
  )
  .action(async (paths: string[], options: AnalyzeCommandOptions) => {
    process.exitCode = await runAnalyzeCommand(paths, options);
  });

program
  .command('report')
  .description("write the findings report of an analysed case: self-contained HTML, PDF (through Chromium), CSV and JSON")
  .requiredOption('--case <file>', 'the analysed case file')
  .option('--out <file>', 'the HTML report to write')
  .option('--pdf <file>', 'also print the report to PDF (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)')
  .option('--csv <dir>', 'write verdicts.csv, evidence.csv and findings.json into this folder')
  .option('--top <n>', 'how many of the largest drifts get a page with their history chart when no SKU is starred (starred SKUs get pages instead)', parsePageCount, 10)
  .addOption(memoryLimitOption())
  .addHelpText(
    'after',
    '\nExample:\n  driftscope report --case client-x.driftcase --out report.html --pdf report.pdf --csv findings/\n\n' +
      'Exit status: 0 when everything asked for was written, 1 when it could not be, 2 for a usage error.',
  )
  .action(async (options: ReportCommandOptions) => {
    process.exitCode = await runReportCommand(options);
  });

program
  .command('preview')
  .description('show how one file would import (format, preset, field map, first records as typed); writes nothing')
  .argument('<file>', 'the file to look at')
  .option('--mapping <file>', 'JSON mapping file to read it with, instead of recognising presets')
  .option('--preset <id>', 'read it with this preset instead of the detected one')
  .option('--tz <rule>', 'zone for times written without one, as for import (repeatable)', collect, [])
  .option('--rows <n>', 'how many records to show', parseRowCount, 10)
  .addOption(memoryLimitOption())
  .action(async (file: string, options: { memoryLimit: string; mapping?: string; preset?: string; tz: string[]; rows: number }) => {
    process.exitCode = await runPreviewCommand(file, options);
  });

program
  .command('verify')
  .description('re-hash the original files of a case and report any that changed or are missing')
  .argument('[root]', 'folder the originals now live in (they are matched by their path relative to the import folder)')
  .requiredOption('--case <file>', 'case file whose manifest to check')
  .addOption(memoryLimitOption())
  .action(async (root: string | undefined, options: { case: string; memoryLimit: string }) => {
    process.exitCode = await runVerifyCommand(root, options);
  });

program
  .command('serve')
  .description('run the app in a browser on this machine (127.0.0.1 only, with a per-run access token)')
  .option('--case <file>', 'case file to open at start (created if it does not exist)')
  .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 0)
  .addOption(memoryLimitOption())
  .action(async (options: { case?: string; port: number; memoryLimit: string }) => {
    await runServeCommand(options);
  });

registerCrosswalkCommand(program);

// A reader that stops early (`driftscope … | head`) closes the pipe: the output ends there, which is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`driftscope: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    throw error;
  }
}
