import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const SHOPIFY = join(FIXTURES, 'presets', 'shopify-inventory-csv', 'all-quantity-types.csv');

async function importAs(name: string, timeZones: string[]) {
  const folder = tempFolder();
  const exports = join(folder, 'exports');
  mkdirSync(exports);
  copyFileSync(SHOPIFY, join(exports, name));
  const harness = await engineWithCase(folder);
  const summary = unwrap(await harness.service.handlers.importFiles({ paths: [exports], timeZones }));
  const page = unwrap(await harness.service.handlers.getTablePage({ table: 'sources', startRow: 0, endRow: 10 }));
  return { outcome: summary.files[0], source: page.rows[0] };
}

describe("a snapshot's capture time from its file name", () => {
  it('reads a UTC stamp as written', async () => {
    const { source, outcome } = await importAs('inventory_export_2026-11-20T0815Z.csv', []);
    expect(String(source?.captured_at)).toMatch(/^2026-11-20[ T]08:15:00/);
    expect(outcome?.warnings.join(' ')).not.toContain('file name');
  });

  it('reads a local stamp in the zone the --tz rule gives the system', async () => {
    const { source } = await importAs('inventory_export-20261120-0215.csv', ['storefront=America/Chicago']);
    expect(String(source?.captured_at)).toMatch(/^2026-11-20[ T]08:15:00/);
  });

  it('reads a local stamp with no rule as UTC, and says so', async () => {
    const { source, outcome } = await importAs('inventory_export-20261120-0215.csv', []);
    expect(String(source?.captured_at)).toMatch(/^2026-11-20[ T]02:15:00/);
    expect(outcome?.tzRule).toBe('none given: naive times read as UTC');
    expect(outcome?.warnings.join(' ')).toContain('capture time in the file name (2026-11-20 02:15:00) has no zone');
  });

  it('leaves it empty when the name holds no time', async () => {
    const { source } = await importAs('inventory_export.csv', []);
    expect(source?.captured_at).toBeNull();
  });
});
