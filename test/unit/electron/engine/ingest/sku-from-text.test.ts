// Events whose export names no SKU take the one SKU their message or payload names, whatever order the files came in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const FIXTURES = join(__dirname, '../../../../fixtures/sku-text');
const fixture = (name: string) => join(FIXTURES, name);

/** What every event ends up with, by its text: the SKU and where it was read from (relay events last). */
async function eventSkus(harness: EngineHarness): Promise<string[][]> {
  const files = new Map((await rows(harness, 'sources', 'source_id')).map((source) => [source.source_id, String(source.file_name)]));
  return (await rows(harness, 'events'))
    .map((row) => ({ row, relay: files.get(row.source_id)?.startsWith('relay') === true }))
    .sort((a, b) => Number(a.relay) - Number(b.relay))
    .map(({ row }) => [String(row.error_message ?? row.payload ?? ''), String(row.sku ?? '-'), String(row.sku_from ?? '-')]);
}

async function sourceWarnings(harness: EngineHarness, fileName: string): Promise<string[]> {
  const source = (await rows(harness, 'sources', 'source_id')).find((row) => row.file_name === fileName);
  return String(source?.warnings ?? '').split('; ').filter((warning) => warning !== '');
}

async function importInto(harness: EngineHarness, names: string[]) {
  return unwrap(await harness.service.handlers.importFiles({ paths: names.map(fixture), timeZones: ['UTC'] }));
}

const EXPECTED = [
  ['Adjustment CC-DAV-9118 FJH-TRAY-OAK qty -1 posted', 'FJH-TRAY-OAK', 'message'],
  // Two known SKUs: no way to tell which one the event is about.
  ['Moved FJH-TRAY-OAK to bin of FJH-MUG-SLT-350, posting failed', '-', '-'],
  // Case and the full stop after it do not matter.
  ['Released item fjh-mug-slt-350.', 'FJH-MUG-SLT-350', 'message'],
  // TRAY-OAK and FJH-TRAY-OAK are known, but only as parts of longer words here.
  ['Adjustment of TRAY-OAKS and XFJH-TRAY-OAK posted', '-', '-'],
  // Leading zeros, as the crosswalk compares SKUs; the document in the path names no SKU.
  ['Count posted for sku-0123 (see /counts/CC-9120.json)', 'SKU-00123', 'message'],
  ['', '-', '-'],
  // The same SKU twice is still one SKU.
  ['Adjustment CC-DAV-9119 FJH-TRAY-OAK qty 2 posted, retry of FJH-TRAY-OAK', 'FJH-TRAY-OAK', 'message'],
  ['{"item":{"code":"FJH-MUG-SLT-350"},"available":12}', 'FJH-MUG-SLT-350', 'payload'],
  ['{"url":"/variants/FJH-TRAY-OAK.json","available":40}', 'FJH-TRAY-OAK', 'payload'],
  ['{"batch":"2026-03-27","count":2}', '-', '-'],
];

const ALL_FILES = ['on-hand.csv', 'on-hand-mugs.csv', 'boomi-executions.jsonl', 'relay-events.csv'];

describe('SKUs named only in an event text', () => {
  const folder = tempFolder();

  it('gives an event the one known SKU its text names, as a whole word, and marks it read from the text', async () => {
    const harness = await engineWithCase(folder, 'together.driftcase');
    const summary = await importInto(harness, ALL_FILES);
    expect(await eventSkus(harness)).toEqual(EXPECTED);
    expect(outcomeFor(summary, 'boomi-executions.jsonl').warnings).toEqual([
      "4 event(s) take their SKU from their message (sku_from), which names exactly one SKU the case's files write (e.g. line 1: FJH-TRAY-OAK)",
      '1 event(s) name more than one known SKU in their message or payload and are left without one (e.g. line 2: FJH-MUG-SLT-350, FJH-TRAY-OAK)',
    ]);
    expect(outcomeFor(summary, 'relay-events.csv').warnings).toEqual([
      "2 event(s) take their SKU from their payload (sku_from), which names exactly one SKU the case's files write (e.g. line 2: FJH-MUG-SLT-350)",
    ]);
  });

  it('comes to the same SKUs when the files that write them come after the middleware log, taking back one that turned ambiguous', async () => {
    const harness = await engineWithCase(folder, 'log-first.driftcase');
    await importInto(harness, ['boomi-executions.jsonl', 'relay-events.csv']);
    expect((await eventSkus(harness)).filter((row) => row[1] !== '-')).toEqual([]);

    await importInto(harness, ['on-hand.csv']);
    const halfway = await eventSkus(harness);
    // Only FJH-TRAY-OAK is known yet, so the move names one known SKU.
    expect(halfway[1]).toEqual(['Moved FJH-TRAY-OAK to bin of FJH-MUG-SLT-350, posting failed', 'FJH-TRAY-OAK', 'message']);

    await importInto(harness, ['on-hand-mugs.csv']);
    expect(await eventSkus(harness)).toEqual(EXPECTED);
    // The counts are those of the last run, not added to the earlier ones.
    expect(await sourceWarnings(harness, 'boomi-executions.jsonl')).toEqual([
      "4 event(s) take their SKU from their message (sku_from), which names exactly one SKU the case's files write (e.g. line 1: FJH-TRAY-OAK)",
      '1 event(s) name more than one known SKU in their message or payload and are left without one (e.g. line 2: FJH-MUG-SLT-350, FJH-TRAY-OAK)',
    ]);
    // The table list counts the manifest exactly, though each import rewrote the warnings of the files before it.
    const tables = unwrap(await harness.service.handlers.listTables({}));
    expect(tables.find((table) => table.name === 'sources')?.rowCount).toBe(4);
  });

  it('takes spellings the crosswalk makes one SKU for one SKU, and gives the event that identity', async () => {
    // NetSuite writes fjh-tray-oak where the WMS writes FJH-TRAY-OAK: one SKU, named by the ERP's spelling.
    const harness = await engineWithCase(folder, 'crosswalked.driftcase');
    await importInto(harness, ['on-hand.csv', 'netsuite-items.csv', 'boomi-executions.jsonl']);
    const first = (await eventSkus(harness))[0];
    expect(first).toEqual(['Adjustment CC-DAV-9118 FJH-TRAY-OAK qty -1 posted', 'fjh-tray-oak', 'message']);
  });

  it('gives no SKU when no other file writes the SKUs the texts name', async () => {
    const harness = await engineWithCase(folder, 'log-only.driftcase');
    const summary = await importInto(harness, ['boomi-executions.jsonl']);
    expect((await eventSkus(harness)).filter((row) => row[1] !== '-')).toEqual([]);
    expect(outcomeFor(summary, 'boomi-executions.jsonl').warnings).toEqual([]);
  });
});
