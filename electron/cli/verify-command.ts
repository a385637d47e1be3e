// `driftscope verify --case FILE [root]`: re-hashes the originals a case was built from and reports any change.
import { existsSync } from 'node:fs';
import { startCliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { formatTable } from './format';

/** Returns the exit code: 0 when every original is unchanged, 1 when any changed or is missing. */
export async function runVerifyCommand(root: string | undefined, options: { case: string; memoryLimit: string }): Promise<number> {
  if (!existsSync(options.case)) throw new CliError(`${options.case}: no such case file`);
  const engine = await startCliEngine(options.case, { memoryLimit: options.memoryLimit, mode: 'browser', emit: () => undefined });
  try {
    const result = await engine.service.handlers.verifySources({ root: root ?? null });
    if (!result.ok) throw new CliError(result.error.message);
    const report = result.value;
    const rows = report.checks.map((check) => [check.status, check.path, check.expectedSha256.slice(0, 12), check.actualSha256?.slice(0, 12) ?? '-']);
    process.stdout.write(`${formatTable(['status', 'original', 'recorded sha256', 'now'], rows)}\n\n`);
    process.stdout.write(`${report.unchanged} unchanged, ${report.changed} changed, ${report.missing} missing\n`);
    return report.changed + report.missing > 0 ? 1 : 0;
  } finally {
    engine.service.close();
  }
}
