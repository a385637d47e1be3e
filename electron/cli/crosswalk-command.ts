// `driftscope crosswalk --case FILE [--set ...] [--unset ...] [--json]`: each system's locations and SKUs, as matched.
import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { CROSSWALK_KINDS, CROSSWALK_PAGE_MAX, type CrosswalkEntry, type CrosswalkKind } from '../../shared/model/crosswalk';
import { DEFAULT_LIMITS } from '../engine/db/case-database';
import type { EngineService } from '../engine/engine-service';
import { startCliEngine } from './cli-engine';
import { CliError } from './cli-error';
import { formatCount, formatTable } from './format';

interface MappingArgument {
  system: string;
  kind: CrosswalkKind;
  raw: string;
  /** Absent for --unset. */
  canonical?: string;
}

interface CrosswalkCommandOptions {
  case: string;
  memoryLimit: string;
  set: MappingArgument[];
  unset: MappingArgument[];
  kind?: CrosswalkKind;
  all: boolean;
  json: boolean;
}

/** SKU rows shown without --all: a catalogue whose SKUs one system respells gives a row per system and SKU. */
const SKU_ROWS_SHOWN = 40;

/** `system:kind:raw` (for --unset) or `system:kind:raw=canonical` (for --set). */
function parseMapping(text: string, withCanonical: boolean): MappingArgument {
  const [system = '', kind = '', ...rest] = text.split(':');
  const value = rest.join(':');
  const equals = value.indexOf('=');
  const raw = withCanonical ? value.slice(0, equals) : value;
  const canonical = withCanonical ? value.slice(equals + 1) : undefined;
  const shape = withCanonical ? 'system:kind:raw=canonical, e.g. storefront:location:Store 9=ATL1' : 'system:kind:raw, e.g. storefront:location:Store 9';
  if (system === '' || !CROSSWALK_KINDS.includes(kind as CrosswalkKind) || raw === '' || (withCanonical && (equals < 0 || canonical === ''))) {
    throw new InvalidArgumentError(`expected ${shape} (kind: ${CROSSWALK_KINDS.join(' or ')})`);
  }
  return { system, kind: kind as CrosswalkKind, raw, ...(canonical === undefined ? {} : { canonical }) };
}

function collectMapping(withCanonical: boolean) {
  return (text: string, previous: MappingArgument[]): MappingArgument[] => [...previous, parseMapping(text, withCanonical)];
}

export function registerCrosswalkCommand(program: Command): void {
  program
    .command('crosswalk')
    .description("show how each system's locations and SKUs were matched to one identity, and set or remove your own mappings")
    .requiredOption('--case <file>', 'the case file')
    .option('--set <system:kind:raw=canonical>', "map one system's value to an identity: a canonical key, another system's spelling, or a new name (repeatable)", collectMapping(true), [])
    .option('--unset <system:kind:raw>', 'remove a mapping you set, so the inferred one applies again (repeatable)', collectMapping(false), [])
    .addOption(new Option('--kind <kind>', 'show only locations or only SKUs').choices([...CROSSWALK_KINDS]))
    .option('--all', `list every SKU row (without it, the first ${SKU_ROWS_SHOWN})`, false)
    .option('--json', 'print the crosswalk as JSON instead of tables', false)
    .addOption(new Option('--memory-limit <size>', 'DuckDB memory limit').default(DEFAULT_LIMITS.memoryLimit))
    .addHelpText(
      'after',
      '\nExamples:\n  driftscope crosswalk --case client-x.driftcase\n' +
        "  driftscope crosswalk --case client-x.driftcase --set 'storefront:location:Store 9=ATL1' --unset 'erp:sku:tee-blk-m'\n\n" +
        'Exit status: 0 when the crosswalk was shown (and every change made), 1 when it could not be, 2 for a usage error.',
    )
    .action(async (options: CrosswalkCommandOptions) => {
      process.exitCode = await runCrosswalkCommand(options);
    });
}

async function runCrosswalkCommand(options: CrosswalkCommandOptions): Promise<number> {
  if (!existsSync(options.case)) throw new CliError(`${options.case}: no such case file`);
  const engine = await startCliEngine(options.case, { memoryLimit: options.memoryLimit, mode: 'browser', emit: () => undefined });
  try {
    const { handlers } = engine.service;
    for (const mapping of options.unset) {
      const removed = unwrapped(await handlers.removeCrosswalkMapping({ kind: mapping.kind, system: mapping.system, raw: mapping.raw }));
      const what = `${mapping.system} ${mapping.kind} '${mapping.raw}'`;
      process.stderr.write(removed.removed ? `Removed your mapping of ${what}\n` : `No mapping of ${what} to remove\n`);
    }
    for (const mapping of options.set) {
      const entry = unwrapped(
        await handlers.setCrosswalkMapping({ kind: mapping.kind, system: mapping.system, raw: mapping.raw, canonical: mapping.canonical ?? '' }),
      );
      process.stderr.write(`Mapped ${entry.system} ${entry.kind} '${entry.raw_value}' to ${entry.canonical_key} (${entry.evidence})\n`);
    }
    const kinds = options.kind === undefined ? CROSSWALK_KINDS : [options.kind];
    if (options.json) {
      const crosswalk: Record<string, CrosswalkEntry[]> = {};
      for (const kind of kinds) crosswalk[kind === 'location' ? 'locations' : 'skus'] = await everyEntry(engine.service, kind);
      process.stdout.write(`${JSON.stringify(crosswalk, null, 2)}\n`);
      return 0;
    }
    for (const kind of kinds) await printKind(engine.service, kind, options.all);
    return 0;
  } finally {
    engine.service.close();
  }
}

function unwrapped<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new CliError(result.error.message);
  return result.value;
}

async function everyEntry(service: EngineService, kind: CrosswalkKind): Promise<CrosswalkEntry[]> {
  const entries: CrosswalkEntry[] = [];
  for (;;) {
    const page = unwrapped(await service.handlers.listCrosswalk({ kind, offset: entries.length, limit: CROSSWALK_PAGE_MAX }));
    entries.push(...page.entries);
    if (page.entries.length < CROSSWALK_PAGE_MAX) return entries;
  }
}

async function printKind(service: EngineService, kind: CrosswalkKind, all: boolean): Promise<void> {
  const first = unwrapped(await service.handlers.listCrosswalk({ kind, limit: kind === 'sku' && !all ? SKU_ROWS_SHOWN : CROSSWALK_PAGE_MAX }));
  const entries = kind === 'sku' && !all ? first.entries : await everyEntry(service, kind);
  const title = kind === 'location' ? 'Locations' : 'SKUs';
  const methods = first.methods.map((row) => `${formatCount(row.count)} ${row.method}`).join(', ');
  process.stdout.write(`${title}: ${formatCount(first.total)} value(s)${methods === '' ? '' : ` (${methods})`}\n`);
  if (entries.length === 0) {
    const none = kind === 'location' ? 'No locations in the case yet.' : 'Every system writes the SKUs alike: nothing to match.';
    process.stdout.write(`${none}\n\n`);
    return;
  }
  const rows = entries.map((entry) => [
    entry.system,
    entry.raw_value,
    entry.canonical_key,
    entry.method,
    entry.confidence === null ? '-' : entry.confidence.toFixed(2),
    entry.evidence,
  ]);
  process.stdout.write(`${formatTable(['system', 'value', 'identity', 'method', 'confidence', 'how it was matched'], rows, new Set([4]))}\n`);
  if (entries.length < first.total) {
    process.stdout.write(`... ${formatCount(first.total - entries.length)} more: --all lists them, --json prints them all\n`);
  }
  process.stdout.write('\n');
}
