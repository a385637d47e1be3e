// A source written in local time with no zone given gets the offset its shared references prove, or a warning.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

interface DumpOptions {
  /** Minutes each event follows its document. */
  lag?: (i: number) => number;
  /** The events' path, written into each event when given. */
  path?: string;
  /** Which side writes wall-clock time with no zone; the other writes UTC instants. */
  naive?: 'ledger' | 'events';
  /** The naive side's wall clock, east positive: Chicago's UTC-06:00 by default. */
  offsetMinutes?: number;
}

/**
 * A NetSuite-style ledger and the middleware events for the same documents, each lagging its document by `lag(i)`
 * minutes along `path`.
 */
function writeDump(folder: string, documents: number, options: DumpOptions = {}): { ledger: string; events: string } {
  const { lag = (i: number) => 2 + (i % 4), path = '', naive = 'ledger', offsetMinutes = -360 } = options;
  const ledger = ['Date,Type,Document Number,Item,Location,Quantity'];
  const events: string[] = [];
  for (let i = 0; i < documents; i += 1) {
    const instant = new Date(Date.UTC(2026, 10, 3, 14 + (i % 8), 5 * i, 0));
    const local = new Date(instant.getTime() + offsetMinutes * 60_000);
    const hour = local.getUTCHours();
    const wall = `11/${local.getUTCDate()}/2026 ${hour % 12 === 0 ? 12 : hour % 12}:${String(local.getUTCMinutes()).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
    ledger.push(`${naive === 'ledger' ? wall : instant.toISOString()},Item Receipt,IR${1000 + i},SKU-${i},Dallas DC,${10 + i}`);
    const lagMs = lag(i) * 60_000;
    const lagged =
      naive === 'events' ? new Date(local.getTime() + lagMs).toISOString().slice(0, 19).replace('T', ' ') : new Date(instant.getTime() + lagMs).toISOString();
    events.push(
      JSON.stringify({
        event_id: `E${i}`,
        occurred_at: lagged,
        event_type: 'receipt',
        status: 'success',
        record_ref: `IR${1000 + i}`,
        sku: `SKU-${i}`,
        ...(path === '' ? {} : { path }),
      }),
    );
  }
  const name = `${documents}${path === '' ? '' : `-${path.replace('->', '-to-')}`}${naive === 'events' ? '-naive-log' : ''}${offsetMinutes === -360 ? '' : `-utc${offsetMinutes}`}`;
  const paths = { ledger: join(folder, `netsuite-${name}.csv`), events: join(folder, `middleware-${name}.jsonl`) };
  writeFileSync(paths.ledger, `${ledger.join('\n')}\n`);
  writeFileSync(paths.events, `${events.join('\n')}\n`);
  return paths;
}

describe('inferring the zone of a naive source', () => {
  const folder = tempFolder();

  it('shifts a naive ERP ledger by the offset its documents share with zone-aware middleware events', async () => {
    const dump = writeDump(folder, 12);
    const harness = await engineWithCase(folder, 'infer.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump.ledger, dump.events] }));
    const ledger = summary.files.find((file) => file.path === dump.ledger);
    expect(ledger?.tzRule).toBe('inferred UTC-06:00');
    expect(ledger?.warnings.join(' ')).toMatch(/UTC-06:00 inferred from 12 of 12 references/);
    expect(ledger?.warnings.join(' ')).not.toMatch(/read as UTC/);
    const page = unwrap(
      await harness.service.handlers.getTablePage({ table: 'ledger', startRow: 0, endRow: 1, sort: [{ column: 'line_number', direction: 'asc' }] }),
    );
    expect(page.rows[0]).toMatchObject({ txn_id: 'IR1000', ts: '2026-11-03 14:00:00+00' });
  });

  it('leaves the times as read and says why when too few references are shared', async () => {
    const dump = writeDump(folder, 3);
    const harness = await engineWithCase(folder, 'few.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump.ledger, dump.events] }));
    const ledger = summary.files.find((file) => file.path === dump.ledger);
    expect(ledger?.tzRule).toBe('none given: naive times read as UTC');
    expect(ledger?.warnings.join(' ')).toMatch(/no zone inferred: only 3 of 3 shared references agree on UTC-06:00/);
  });

  it('infers the offset of a ledger the middleware picks up on an hourly clock, and only from its own pickups', async () => {
    // Each document waits up to an hour for the next sync: the lags spread over four 15-minute steps.
    const hourly = (i: number) => (i * 23) % 60;
    const dump = writeDump(folder, 24, { lag: hourly, path: 'erp->wms' });
    const harness = await engineWithCase(folder, 'hourly.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump.ledger, dump.events] }));
    const ledger = outcomeFor(summary, dump.ledger);
    expect(ledger.tzRule).toBe('inferred UTC-06:00');
    expect(ledger.warnings.join(' ')).toMatch(/UTC-06:00 inferred from 24 of 24 references the middleware picked up from erp within the hour/);
    const page = unwrap(
      await harness.service.handlers.getTablePage({ table: 'ledger', startRow: 0, endRow: 1, sort: [{ column: 'line_number', direction: 'asc' }] }),
    );
    expect(page.rows[0]).toMatchObject({ txn_id: 'IR1000', ts: '2026-11-03 14:00:00+00' });

    // Events flowing into the ERP do not follow its records: the same spread proves nothing.
    const inbound = writeDump(folder, 24, { lag: hourly, path: 'wms->erp' });
    const other = await engineWithCase(folder, 'hourly-inbound.driftcase');
    const refused = unwrap(await other.service.handlers.importFiles({ paths: [inbound.ledger, inbound.events] }));
    expect(outcomeFor(refused, inbound.ledger).tzRule).toBe('none given: naive times read as UTC');
  });

  it('infers the offset of a naive middleware log that picks up a zone-aware ledger on an hourly clock', async () => {
    const hourly = (i: number) => (i * 23) % 60;
    const dump = writeDump(folder, 24, { lag: hourly, path: 'erp->wms', naive: 'events' });
    const harness = await engineWithCase(folder, 'hourly-naive-log.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump.ledger, dump.events] }));
    const log = outcomeFor(summary, dump.events);
    expect(outcomeFor(summary, dump.ledger).tzRule).toBeNull();
    expect(log.tzRule).toBe('inferred UTC-06:00');
    expect(log.warnings.join(' ')).toMatch(/UTC-06:00 inferred from 24 of 24 references this log picked up from erp within the hour/);
    const page = unwrap(
      await harness.service.handlers.getTablePage({ table: 'events', startRow: 0, endRow: 1, sort: [{ column: 'line_number', direction: 'asc' }] }),
    );
    expect(page.rows[0]).toMatchObject({ record_ref: 'IR1000', ts: '2026-11-03 14:00:00+00' });

    // A log whose events carry records into the ERP does not follow the ERP's ledger: the same spread proves nothing.
    const inbound = writeDump(folder, 24, { lag: hourly, path: 'wms->erp', naive: 'events' });
    const other = await engineWithCase(folder, 'hourly-naive-log-inbound.driftcase');
    const refused = unwrap(await other.service.handlers.importFiles({ paths: [inbound.ledger, inbound.events] }));
    expect(outcomeFor(refused, inbound.events).tzRule).toBe('none given: naive times read as UTC');
  });

  it('infers a half-hour zone from hourly pickups, and a whole-hour zone from short lags a half hour would also fit', async () => {
    const hourly = (i: number) => (i * 23) % 60;
    const india = writeDump(folder, 24, { lag: hourly, path: 'erp->wms', offsetMinutes: 330 });
    const harness = await engineWithCase(folder, 'hourly-india.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [india.ledger, india.events] }));
    expect(outcomeFor(summary, india.ledger).tzRule).toBe('inferred UTC+05:30');

    // Lags of 8 to 20 minutes spread over two 15-minute steps; +04:30 and +05:00 both hold them within an hour.
    const quarterHourly = (i: number) => 8 + ((i * 7) % 13);
    const pakistan = writeDump(folder, 24, { lag: quarterHourly, path: 'erp->wms', naive: 'events', offsetMinutes: 300 });
    const other = await engineWithCase(folder, 'quarter-hourly-pakistan.driftcase');
    const short = unwrap(await other.service.handlers.importFiles({ paths: [pakistan.ledger, pakistan.events] }));
    expect(outcomeFor(short, pakistan.events).tzRule).toBe('inferred UTC+05:00');
  });

  it('gives a naive snapshot of the same system the offset its ledger proved, and names where it came from', async () => {
    const dump = writeDump(folder, 12);
    const snapshot = join(folder, 'item-location-summary.csv');
    writeFileSync(
      snapshot,
      'Type,Item Name/Number,Inventory Location,Available,On Hand,Committed,Date Last Modified\n' +
        'Inventory Item,SKU-1,Dallas DC,114,120,6,11/3/2026 4:05 pm\n',
    );
    const harness = await engineWithCase(folder, 'snapshot-offset.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [dump.ledger, dump.events, snapshot] }));
    const stock = summary.files.find((file) => file.path === snapshot);
    expect(stock?.tzRule).toBe('inferred UTC-06:00');
    expect(stock?.warnings.join(' ')).toMatch(/UTC-06:00 taken from netsuite-12\.csv, another erp source/);
    expect(stock?.warnings.join(' ')).not.toMatch(/read as UTC|no zone could be inferred/);
    const page = unwrap(
      await harness.service.handlers.getTablePage({ table: 'snapshots', startRow: 0, endRow: 1, sort: [{ column: 'line_number', direction: 'asc' }] }),
    );
    expect(page.rows[0]).toMatchObject({ sku: 'SKU-1', last_modified: '2026-11-03 22:05:00+00' });
  });

  it('infers the zone of a ledger whose wall clock spans a daylight-saving change, and its snapshot adopts it', async () => {
    const dstFolder = join(folder, 'dst');
    mkdirSync(dstFolder, { recursive: true });
    const chicago = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    });
    const wall = (instant: Date) => chicago.format(instant).replace(',', '').replace(' AM', ' am').replace(' PM', ' pm');
    const ledger = ['Date,Type,Document Number,Item,Location,Quantity'];
    const events: string[] = [];
    // Ten documents a day from 29 October to 3 November: Chicago is UTC-05:00 before 1 November, UTC-06:00 after.
    for (let i = 0; i < 60; i += 1) {
      const instant = new Date(Date.UTC(2026, 9, 29 + Math.floor(i / 10), 14 + (i % 10), 7, 0));
      ledger.push(`${wall(instant)},Item Receipt,IR${2000 + i},SKU-${i},Dallas DC,5`);
      const event = { event_id: `E${i}`, occurred_at: new Date(instant.getTime() + 180_000).toISOString(), event_type: 'receipt' };
      events.push(JSON.stringify({ ...event, status: 'success', record_ref: `IR${2000 + i}`, sku: `SKU-${i}` }));
    }
    const paths = { ledger: join(dstFolder, 'netsuite-dst.csv'), events: join(dstFolder, 'middleware-dst.jsonl'), stock: join(dstFolder, 'stock.csv') };
    writeFileSync(paths.ledger, `${ledger.join('\n')}\n`);
    writeFileSync(paths.events, `${events.join('\n')}\n`);
    writeFileSync(
      paths.stock,
      'Type,Item Name/Number,Inventory Location,Available,On Hand,Committed,Date Last Modified\n' +
        'Inventory Item,SKU-1,Dallas DC,114,120,6,10/30/2026 9:05 am\nInventory Item,SKU-2,Dallas DC,50,50,0,11/2/2026 9:05 am\n',
    );
    const harness = await engineWithCase(folder, 'dst.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [paths.ledger, paths.events, paths.stock] }));
    const outcome = summary.files.find((file) => file.path === paths.ledger);
    expect(outcome?.tzRule).toBe('inferred America/Chicago');
    expect(outcome?.warnings.join(' ')).toMatch(/America\/Chicago \(its offsets and daylight-saving dates\) inferred from 60 of 60 references/);
    const rows = unwrap(
      await harness.service.handlers.getTablePage({ table: 'ledger', startRow: 0, endRow: 60, sort: [{ column: 'line_number', direction: 'asc' }] }),
    ).rows;
    expect(rows[0]).toMatchObject({ txn_id: 'IR2000', ts: '2026-10-29 14:07:00+00' });
    expect(rows[59]).toMatchObject({ txn_id: 'IR2059', ts: '2026-11-03 23:07:00+00' });
    const stock = summary.files.find((file) => file.path === paths.stock);
    expect(stock?.tzRule).toBe('inferred America/Chicago');
    const levels = unwrap(
      await harness.service.handlers.getTablePage({ table: 'snapshots', startRow: 0, endRow: 2, sort: [{ column: 'line_number', direction: 'asc' }] }),
    ).rows;
    expect(levels.map((row) => row.last_modified)).toEqual(['2026-10-30 14:05:00+00', '2026-11-02 15:05:00+00']);
  });

  it('leaves a naive snapshot as read when no source of its system proved an offset', async () => {
    const snapshot = join(folder, 'alone', 'item-location-summary.csv');
    mkdirSync(join(folder, 'alone'), { recursive: true });
    writeFileSync(
      snapshot,
      'Type,Item Name/Number,Inventory Location,Available,On Hand,Committed,Date Last Modified\n' +
        'Inventory Item,SKU-1,Dallas DC,114,120,6,11/3/2026 4:05 pm\n',
    );
    const harness = await engineWithCase(folder, 'snapshot-alone.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [snapshot] }));
    expect(summary.files[0]?.tzRule).toBe('none given: naive times read as UTC');
    expect(summary.files[0]?.warnings.join(' ')).toMatch(/no zone could be inferred/);
  });
});
