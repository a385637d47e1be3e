// Writes a simulated retailer's exports (middleware log, NetSuite, WMS, Shopify) and their ground truth; also the CLI.
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args';
import { MINUTE } from './clock';
import { DumpLayout } from './dump-layout';
import type { GroundTruth, GroundTruthFile } from './ground-truth';
import { Rng } from './prng';
import { buildScenario, type GenerateOptions } from './scenario';
import { chooseMiddlewareShape, MiddlewareLog } from './shapes/middleware-log';
import { chooseNetsuiteShape, NetsuiteTransactions, writeNetsuiteInventory } from './shapes/netsuite';
import { chooseShopifyShape, writeShopifyInventory } from './shapes/shopify';
import { chooseWmsShape, WmsLedger, writeWmsSnapshot } from './shapes/wms';
import { simulate } from './simulation/simulate';
import { buildGroundTruth } from './truth-builder';

export type { GroundTruth } from './ground-truth';

export const GROUND_TRUTH_FILE = 'ground_truth.json';

export async function generateDump(options: GenerateOptions & { outDir: string }): Promise<GroundTruth> {
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  if ((await readdir(outDir)).length > 0) throw new Error(`${outDir} is not empty: give a new or empty folder`);
  const scenario = buildScenario(options);
  const shapes = new Rng(options.seed).fork('shapes');
  const layout = new DumpLayout(shapes.fork('layout'));
  const wmsShape = chooseWmsShape(shapes.fork('wms'));
  const netsuiteShape = chooseNetsuiteShape(shapes.fork('netsuite'));
  const shopifyShape = chooseShopifyShape(shapes.fork('shopify'));
  const middlewareShape = chooseMiddlewareShape(shapes.fork('middleware'), scenario, wmsShape.vendor);
  const malformed = shapes.fork('malformed');
  for (const area of ['middleware', 'erp', 'wms', 'storefront'] as const) {
    await mkdir(join(outDir, layout.folder(area)), { recursive: true });
  }

  const log = new MiddlewareLog(middlewareShape, scenario, outDir, layout.folder('middleware'), malformed.fork('middleware'));
  const badErpLine = malformed.chance(0.6)
    ? [{ afterRecord: malformed.int(10, 300), kind: malformed.pick(['bad_time', 'too_many_fields'] as const) }]
    : [];
  const erpLedgerPath = layout.path('erp', netsuiteShape.transactionsName);
  const transactions = new NetsuiteTransactions(netsuiteShape, scenario, outDir, erpLedgerPath, badErpLine);
  const ledger = new WmsLedger(wmsShape, scenario, outDir, layout.path('wms', wmsShape.ledgerName), malformed.fork('wms'));
  const result = await simulate(
    scenario,
    { event: (event) => log.write(event), erp: (row) => transactions.write(row), wms: (row) => ledger.write(row) },
    async () => {
      await Promise.all([log.drain(), transactions.drain(), ledger.drain()]);
    },
  );
  const streamed = [...(await log.close()), await transactions.close(), await ledger.close()];

  const offset = scenario.clock.offsetMinutes;
  const { erp, wms, storefront } = result.captures;
  const wmsExtension = wmsShape.snapshot === 'shiphero-jsonl' ? '.jsonl' : '.csv';
  const erpPath = layout.snapshotPath('erp', netsuiteShape.inventoryStem, '.csv', erp.at, offset);
  const wmsPath = layout.snapshotPath('wms', wmsShape.snapshotStem, wmsExtension, wms.at, offset);
  const storefrontPath = layout.snapshotPath('storefront', shopifyShape.stem, '.csv', storefront.at, offset);
  const snapshots: GroundTruthFile[] = [
    await writeNetsuiteInventory(netsuiteShape, scenario, erp, outDir, erpPath),
    await writeWmsSnapshot(wmsShape, scenario, wms, outDir, wmsPath, malformed.fork('snapshot')),
    await writeShopifyInventory(shopifyShape, scenario, storefront, outDir, storefrontPath),
  ];
  // Exports without a capture column are dated by their file time, as a consultant receives them.
  for (const file of snapshots) {
    const at = new Date(file.captured_at ?? scenario.asOf);
    await utimes(join(outDir, file.path), at, at);
  }
  const exportedAt = new Date(scenario.asOf + 10 * MINUTE);
  for (const file of streamed) await utimes(join(outDir, file.path), exportedAt, exportedAt);

  const zoned = (['wms', 'storefront'] as const).filter((system) => layout.namesLocalTime(system));
  const truth = buildGroundTruth(scenario, result, [...streamed, ...snapshots], zoned);
  await writeFile(join(outDir, GROUND_TRUTH_FILE), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  const started = performance.now();
  const truth = await generateDump(args);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const records = truth.files.reduce((sum, file) => sum + file.records, 0);
  for (const file of truth.files) {
    console.log(`${file.path}  ${file.preset}  ${file.records} records, ${file.malformed_lines.length} malformed`);
  }
  console.log(`seed ${truth.seed}: ${truth.files.length} files, ${records} records, ${truth.verdicts.length} faults, ${seconds} s`);
  const zones = truth.time_zones.map((rule) => `--tz ${rule}`).join(' ');
  console.log(`ground truth: ${join(resolve(args.outDir), GROUND_TRUTH_FILE)}; import with ${zones}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
