// Overlapping exports: a stock move or a handoff two files both hold counts once, and an ERP return reads as such.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFindings } from '../../../../../electron/engine/analysis/findings';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import type { SourceFinding } from '../../../../../shared/model/findings';
import { addSource, caseRows } from '../../../../support/case-rows';
import { tempFolder } from '../../../../support/temp-folder';

describe('ledger rows that two exports of one system both hold', () => {
  const folder = tempFolder();
  let db: CaseDatabase;
  let kept: { source: string; txn_id: string; sku_key: string; txn_type: string }[] = [];
  let sources: SourceFinding[] = [];

  beforeAll(async () => {
    ({ db } = await createCase(join(folder, 'repeats.driftcase'), { memoryLimit: '512MB', threads: 2 }));
    const rows = await caseRows(db);
    const month = await addSource(db, { file: 'data_team/ledger-march.parquet', system: 'erp', kind: 'ledger', table: 'ledger' });
    const week = await addSource(db, { file: 'netsuite/last-7-days.csv', system: 'erp', kind: 'ledger', table: 'ledger' });
    const april = await addSource(db, { file: 'netsuite/april.csv', system: 'erp', kind: 'ledger', table: 'ledger' });
    const wms = await addSource(db, { file: 'wms/changes.csv', system: 'wms', kind: 'ledger', table: 'ledger' });
    const line = (source: number, txn_id: string, sku: string, ts: string, qty_delta: number, reference: string | null = null) =>
      rows.ledger({ source, system: 'erp', txn_id, sku, ts, txn_type: 'receipt', qty_delta, reference });
    // The month's pull: a receipt, and a receipt with two equal lines.
    await line(month, 'IR1', 'A-1', '2026-03-06T15:14:52Z', 5);
    await line(month, 'IR2', 'B-1', '2026-03-07T10:00:05Z', 1);
    await line(month, 'IR2', 'B-1', '2026-03-07T10:00:05Z', 1);
    await line(month, 'IR9', 'C-1', '2026-03-01T09:00:00Z', 2);
    await line(month, 'IR4', 'E-1', '2026-03-09T08:00:00Z', 6);
    // Last week's saved search, to the minute: the same receipt, one of the two equal lines, and a receipt of its own.
    await line(week, 'IR1', 'A-1', '2026-03-06T15:14:00Z', 5);
    await line(week, 'IR2', 'B-1', '2026-03-07T10:00:00Z', 1);
    await line(week, 'IR3', 'A-1', '2026-03-08T11:00:00Z', 4);
    await line(week, 'IR4', 'E-1', '2026-03-09T08:00:00Z', 6);
    await line(week, 'IR4', 'E-1', '2026-03-09T08:00:00Z', 6);
    // A later export that does not overlap the others in time: a document number reused is another document.
    await line(april, 'IR1', 'A-1', '2026-04-20T09:00:00Z', 5);
    // The WMS's own record of the receipt is another system's row, never a repeat.
    await rows.ledger({ source: wms, system: 'wms', txn_id: 'IR1', sku: 'A-1', ts: '2026-03-06T15:20:00Z', txn_type: 'receipt', qty_delta: 5 });
    // NetSuite receipts: one of a purchase order, one of a return authorization.
    await line(april, 'IR20', 'D-1', '2026-04-21T09:00:00Z', 3, 'Purchase Order #PO5');
    await line(april, 'IR21', 'D-1', '2026-04-21T10:00:00Z', 1, 'Return Authorization #RMA77');
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      kept = await session.query(
        `SELECT s.file_name AS source, l.txn_id, l.sku_key, l.txn_type
         FROM analysis_ledger l JOIN sources s USING (source_id)
         ORDER BY l.source_id, l.line_number`,
      );
      sources = await sourceFindings(session);
    });
  });

  afterAll(() => db.close());

  it('keeps the earlier export’s rows and drops the later export’s repeats, occurrence by occurrence', () => {
    expect(kept.filter((row) => row.source !== 'changes.csv').map((row) => `${row.source} ${row.txn_id}`)).toEqual([
      'ledger-march.parquet IR1',
      'ledger-march.parquet IR2',
      'ledger-march.parquet IR2',
      'ledger-march.parquet IR9',
      'ledger-march.parquet IR4',
      'last-7-days.csv IR3',
      'last-7-days.csv IR4',
      'april.csv IR1',
      'april.csv IR20',
      'april.csv IR21',
    ]);
  });

  it('never takes another system’s row for a repeat', () => {
    expect(kept.filter((row) => row.source === 'changes.csv').map((row) => row.txn_id)).toEqual(['IR1']);
  });

  it('says in the later export’s warnings how many of its rows repeat which file', () => {
    const week = sources.find((source) => source.file === 'netsuite/last-7-days.csv');
    expect(week?.warnings).toBe(
      '3 row(s) repeat rows of ledger-march.parquet (the same records exported twice) and are counted once',
    );
    expect(sources.find((source) => source.file === 'netsuite/april.csv')?.warnings ?? null).toBeNull();
  });

  it('reads an ERP receipt created from a return authorization as a return', () => {
    const types = Object.fromEntries(kept.filter((row) => row.sku_key === 'D-1').map((row) => [row.txn_id, row.txn_type]));
    expect(types).toEqual({ IR20: 'receipt', IR21: 'return' });
  });
});

describe('two exports that write one document number two ways', () => {
  const folder = tempFolder();
  let db: CaseDatabase;
  let kept: { source: string; txn_id: string; reference: string | null; alt_reference: string | null }[] = [];
  let sources: SourceFinding[] = [];

  beforeAll(async () => {
    ({ db } = await createCase(join(folder, 'spellings.driftcase'), { memoryLimit: '512MB', threads: 2 }));
    const rows = await caseRows(db);
    const savedSearch = await addSource(db, { file: 'netsuite/fulfilments.csv', system: 'erp', kind: 'ledger', table: 'ledger' });
    const suiteql = await addSource(db, { file: 'data_team/transaction_lines.csv', system: 'erp', kind: 'ledger', table: 'ledger' });
    const line = (source: number, txn_id: string, ts: string, reference: string, alt_reference: string | null = null) =>
      rows.ledger({ source, system: 'erp', txn_id, sku: 'A-1', ts, txn_type: 'fulfillment', qty_delta: -2, reference, alt_reference });
    // The saved search drops the dash and names only the sales order; the SuiteQL pull, imported later, also
    // carries the web order each fulfilment came from.
    await line(savedSearch, 'IF41117', '2027-01-13T22:30:00Z', 'Sales Order #SO58283');
    await line(savedSearch, 'IF41118', '2027-01-13T23:00:00Z', 'Sales Order #SO58284');
    await line(suiteql, 'IF-41117', '2027-01-13T22:30:01Z', 'SO-58283', 'TR104463');
    await line(suiteql, 'IF-41118', '2027-01-13T23:00:01Z', 'SO-58284', 'TR104464');
    await line(suiteql, 'IF-41119', '2027-01-14T09:00:00Z', 'SO-58290', 'TR104470');
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      kept = await session.query(
        `SELECT s.file_name AS source, l.txn_id, l.reference, l.alt_reference
         FROM analysis_ledger l JOIN sources s USING (source_id)
         ORDER BY l.source_id, l.line_number`,
      );
      sources = await sourceFindings(session);
    });
  });

  afterAll(() => db.close());

  it('takes IF41117 and IF-41117 for one document, and keeps the export that names more documents per row', () => {
    expect(kept.map((row) => `${row.source} ${row.txn_id} ${row.alt_reference}`)).toEqual([
      'transaction_lines.csv IF-41117 TR104463',
      'transaction_lines.csv IF-41118 TR104464',
      'transaction_lines.csv IF-41119 TR104470',
    ]);
    expect(sources.find((source) => source.file === 'netsuite/fulfilments.csv')?.warnings).toBe(
      '2 row(s) repeat rows of transaction_lines.csv (the same records exported twice) and are counted once',
    );
  });
});

describe('handoff events that two files both log', () => {
  const folder = tempFolder();
  let db: CaseDatabase;
  let kept: { source: string; line_number: number; status: string }[] = [];
  let sources: SourceFinding[] = [];

  beforeAll(async () => {
    ({ db } = await createCase(join(folder, 'event-repeats.driftcase'), { memoryLimit: '512MB', threads: 2 }));
    const rows = await caseRows(db);
    const documents = await addSource(db, { file: 'boomi/documents.csv', system: 'middleware', kind: 'events', table: 'events' });
    const log = await addSource(db, { file: 'boomi/process.log', system: 'middleware', kind: 'events', table: 'events' });
    const later = await addSource(db, { file: 'boomi/process.log.april', system: 'middleware', kind: 'events', table: 'events' });
    const event = (source: number, ts: string, status: string, idempotency_key: string | null, correlation_id: string | null = null) =>
      rows.event({ source, ts, path: 'erp->wms', event_type: 'receipt', sku: 'A-1', qty: 5, status, idempotency_key, correlation_id, record_ref: 'IR1' });
    // The document export writes whole seconds.
    await event(documents, '2026-03-11T16:05:31Z', 'success', 'IR1:1');
    await event(documents, '2026-03-11T16:13:20Z', 'success', 'IR1:1');
    await event(documents, '2026-03-11T17:00:00Z', 'error', null, 'c-9');
    // A third delivery only the document export has, and a fourth only the log has: ten minutes apart, not one.
    await event(documents, '2026-03-11T16:40:00Z', 'success', 'IR1:1');
    // The process log of the same runs: a line before each delivery, then the deliveries, to the millisecond.
    await event(log, '2026-03-11T16:05:31.120Z', 'unknown', 'IR1:1');
    await event(log, '2026-03-11T16:05:31.306Z', 'success', 'IR1:1');
    await event(log, '2026-03-11T16:13:20.712Z', 'success', 'IR1:1');
    await event(log, '2026-03-11T17:00:00.400Z', 'error', null, 'c-9');
    // An event with no key is never a repeat.
    await event(log, '2026-03-11T17:00:00.500Z', 'error', null);
    await event(log, '2026-03-11T16:30:00.000Z', 'success', 'IR1:1');
    // Sent twice within the second the document export writes once: one of the two is the export's.
    await event(log, '2026-03-11T16:13:21.100Z', 'success', 'IR1:1');
    // Another month's log reuses the key: not the same handoff.
    await event(later, '2026-04-11T16:05:31Z', 'success', 'IR1:1');
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      kept = await session.query(
        `SELECT s.file_name AS source, e.line_number, e.status
         FROM analysis_events e JOIN sources s USING (source_id)
         ORDER BY e.source_id, e.line_number`,
      );
      sources = await sourceFindings(session);
    });
  });

  afterAll(() => db.close());

  it('counts a delivery both files log once, and keeps every delivery of the same key only one file logs', () => {
    expect(kept.map((row) => `${row.source} ${row.status}`)).toEqual([
      'documents.csv success',
      'documents.csv success',
      'documents.csv error',
      'documents.csv success',
      'process.log unknown',
      'process.log error',
      'process.log success',
      'process.log success',
      'process.log.april success',
    ]);
  });

  it('says in the later file’s warnings how many of its events repeat which file', () => {
    expect(sources.find((source) => source.file === 'boomi/process.log')?.warnings).toBe(
      '3 row(s) repeat rows of documents.csv (the same records exported twice) and are counted once',
    );
  });
});
