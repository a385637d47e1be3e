// The dump generator: same seed, same bytes; shapes that change with the seed; ground truth that adds up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDump, GROUND_TRUTH_FILE } from '../../../test/generator/generate-dump';
import type { GroundTruth } from '../../../test/generator/ground-truth';
import { tempFolder } from '../../support/temp-folder';

const SMALL = { skus: 60, days: 3 };
const PRESETS = [
  'generic-event-log',
  'netsuite-transactions-csv',
  'netsuite-inventory-csv',
  'wms-inventory-changes',
  'wms-on-hand',
  'shopify-inventory-csv',
];
/** Clusters whose gap is ERP below WMS; the others leave ERP above WMS. */
const ERP_LOWER = ['ghost_shipment', 'duplicate_application'];

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
    .sort();
}

/** The first line of a file, or its first two bytes for gzip. */
function head(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  return bytes.toString('utf8').split('\n')[0] ?? '';
}

describe('generateDump', () => {
  const folder = tempFolder('driftscope-generator-');
  const truths = new Map<number, GroundTruth>();

  beforeAll(async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) truths.set(seed, await generateDump({ seed, outDir: join(folder, `seed-${seed}`), ...SMALL }));
  });

  it('writes the same bytes for the same seed', async () => {
    const again = join(folder, 'seed-2-again');
    await generateDump({ seed: 2, outDir: again, ...SMALL });
    const original = join(folder, 'seed-2');
    expect(filesUnder(again)).toEqual(filesUnder(original));
    for (const path of filesUnder(original)) {
      expect(readFileSync(join(again, path)).equals(readFileSync(join(original, path))), path).toBe(true);
    }
  });

  it('refuses a folder that already holds files', async () => {
    await expect(generateDump({ seed: 1, outDir: join(folder, 'seed-1'), ...SMALL })).rejects.toThrow(/not empty/);
  });

  it('varies file layout, names and headers with the seed', () => {
    const signatures = [...truths.entries()].map(([seed, truth]) =>
      truth.files.map((file) => `${file.path}|${head(join(folder, `seed-${seed}`, file.path))}`).join('\n'),
    );
    expect(new Set(signatures).size).toBe(signatures.length);
    const middlewareHeads = [...truths.entries()].map(([seed, truth]) => {
      const log = truth.files.find((file) => file.preset === 'generic-event-log');
      return log === undefined ? '' : head(join(folder, `seed-${seed}`, log.path));
    });
    expect(new Set(middlewareHeads).size).toBeGreaterThanOrEqual(4);
  });

  it('has some seeds name warehouses and SKUs each system its own way, the answer key keeping one identity', () => {
    const own = [...truths.values()].filter((truth) => truth.naming.own_location_names);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(truths.size);
    for (const truth of truths.values()) {
      const wmsNames = new Set(truth.naming.locations.map((location) => location.wms));
      expect(truth.verdicts.every((verdict) => wmsNames.has(verdict.location))).toBe(true);
      if (!truth.naming.own_location_names) {
        expect(truth.naming.sku_variants).toEqual([]);
        continue;
      }
      for (const { erp, wms, storefront } of truth.naming.locations) {
        expect(new Set([erp, wms, storefront].map((name) => name.toLowerCase().replace(/[^a-z0-9]/g, ''))).size).toBe(3);
      }
      expect(truth.naming.sku_variants.length).toBeGreaterThan(0);
      for (const variant of truth.naming.sku_variants) expect(variant.written).not.toBe(variant.sku);
    }
  });

  it('lists every written file in the ground truth, snapshots with their capture time as file time', () => {
    for (const [seed, truth] of truths) {
      const root = join(folder, `seed-${seed}`);
      expect(filesUnder(root)).toEqual([...truth.files.map((file) => file.path), GROUND_TRUTH_FILE].sort());
      expect(new Set(truth.files.map((file) => file.preset))).toEqual(new Set(PRESETS));
      for (const file of truth.files.filter((entry) => entry.captured_at !== undefined)) {
        expect(statSync(join(root, file.path)).mtime.toISOString(), file.path).toBe(file.captured_at);
      }
      expect(truth.as_of).toBe([...truth.files.flatMap((file) => file.captured_at ?? [])].sort().at(-1));
      expect(truth.files.reduce((sum, file) => sum + file.malformed_lines.length, 0)).toBeGreaterThan(0);
    }
  });

  it('plants 4 to 10 faults of every cluster and gives the figures of every drifting SKU', () => {
    for (const truth of truths.values()) {
      const clusters = new Map<string, number>();
      for (const verdict of truth.verdicts) clusters.set(verdict.cluster, (clusters.get(verdict.cluster) ?? 0) + 1);
      expect([...clusters.keys()].sort()).toEqual([
        'duplicate_application',
        'ghost_shipment',
        'phantom_shrinkage',
        'phantom_stock',
        'stranded_adjustment',
      ]);
      for (const [cluster, count] of clusters) {
        expect(count, cluster).toBeGreaterThanOrEqual(4);
        expect(count, cluster).toBeLessThanOrEqual(10);
      }
      const key = (entry: { sku: string; location: string }) => `${entry.sku}@${entry.location}`;
      expect(new Set(truth.expected_figures.map(key))).toEqual(new Set(truth.verdicts.map(key)));
      for (const figure of truth.expected_figures) {
        const gap = truth.verdicts
          .filter((verdict) => key(verdict) === key(figure))
          .reduce((sum, verdict) => sum + (ERP_LOWER.includes(verdict.cluster) ? -verdict.units : verdict.units), 0);
        expect(figure.erp - figure.wms, key(figure)).toBe(gap);
      }
      const healthyKeys = new Set(truth.healthy.map(key));
      expect(truth.verdicts.filter((verdict) => healthyKeys.has(key(verdict)))).toEqual([]);
      expect(new Set(truth.healthy.map((entry) => entry.kind))).toEqual(
        new Set(['retry_succeeded', 'ignored_duplicate', 'in_flight', 'zero_everywhere', 'error_fixed']),
      );
      expect(truth.sync_mode.find((mode) => mode.path === 'erp->wms')?.mode).toBe('clock');
    }
  });
});
