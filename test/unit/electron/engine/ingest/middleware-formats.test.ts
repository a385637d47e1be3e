// Middleware exports as clients hand them over: json-logger content, CloudHub messages, Celigo API responses and
// downloads, Boomi process names, and the text files that come along with them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const jsonLine = (value: unknown) => JSON.stringify(value);

/** One json-logger line of a flow that carries a WMS receipt to the ERP. */
function muleLine(correlationId: string, tracePoint: string, priority: string, time: string, extra: object = {}): string {
  return jsonLine({
    correlationId,
    message: `${tracePoint} line`,
    tracePoint,
    priority,
    locationInfo: { rootContainer: 'shiphero-receipts-to-netsuite-flow' },
    timestamp: time,
    content: { payload: { sku: 'SKU-1', warehouse: 'ATL1', delta: 4, reference: `PO-${correlationId}` }, ...extra },
    applicationName: 'sync-api',
  });
}

describe('middleware formats', () => {
  const folder = tempFolder();

  it('reads a json-logger record from its content, and its outcome from the trace point, not from INFO', async () => {
    const path = join(folder, 'sync-api.log');
    writeFileSync(
      path,
      [
        muleLine('c1', 'START', 'INFO', '2026-03-09T00:12:49.764-04:00'),
        muleLine('c1', 'AFTER_TRANSFORM', 'INFO', '2026-03-09T00:12:50.001-04:00'),
        muleLine('c1', 'END', 'INFO', '2026-03-09T00:12:50.177-04:00'),
        muleLine('c2', 'START', 'INFO', '2026-03-09T00:20:00.000-04:00'),
        muleLine('c2', 'EXCEPTION', 'ERROR', '2026-03-09T00:20:01.000-04:00', {
          error: { errorType: 'HTTP:TOO_MANY_REQUESTS', description: '429' },
        }),
      ].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'mule.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'sync-api.log')).toMatchObject({ presetId: 'mulesoft-json-logger', rowsLoaded: 5 });
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.status, event.sku, event.location, event.qty, event.record_ref, event.error_code])).toEqual([
      ['pending', 'SKU-1', 'ATL1', 4, 'PO-c1', null],
      ['pending', 'SKU-1', 'ATL1', 4, 'PO-c1', null],
      ['success', 'SKU-1', 'ATL1', 4, 'PO-c1', null],
      ['pending', 'SKU-1', 'ATL1', 4, 'PO-c2', null],
      ['error', 'SKU-1', 'ATL1', 4, 'PO-c2', 'HTTP:TOO_MANY_REQUESTS'],
    ]);
    expect(events[0]).toMatchObject({ status_raw: 'START', path: 'wms->erp' });

    // The lines of one event share its correlationId: they are one delivery, and the failure one failed attempt.
    const findings = unwrap(await harness.service.handlers.analyzeCase({}));
    expect(findings.noise).toMatchObject({ duplicates_applied: 0, duplicates_ignored: 0 });
    expect(findings.noise.retries).toEqual({ retried: 1, succeeded_later: 0, never_succeeded: 1 });
  });

  it('reads the values of a CloudHub record from the JSON object its message prints after a text prefix', async () => {
    const path = join(folder, 'cloudhub_logs.json');
    const record = (recordId: string, message: string, priority = 'INFO') => ({
      recordId,
      deploymentId: 'd1',
      line: 1,
      event: { loggerName: 'Logger', threadName: `[MuleRuntime].uber.07: [shipment-confirm-api].confirm-flow.CPU_LITE @${recordId}a7`, timestamp: 1772478188221, priority, message },
    });
    writeFileSync(
      path,
      JSON.stringify([
        record('r1', 'Posting shipment confirmation {"salesOrder": "SO1", "fulfillment": "IF1", "sku": "SKU-1", "qty": 2, "warehouse": "RNO2"} done'),
        record('r2', 'Heartbeat without any object'),
        record('r3', '{"sku": "SKU-3", "qty": -1}', 'ERROR'),
      ]),
    );
    const harness = await engineWithCase(folder, 'cloudhub.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'cloudhub_logs.json')).toMatchObject({ presetId: 'mulesoft-cloudhub-log', rowsLoaded: 3 });
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.event_id, event.sku, event.qty, event.location, event.record_ref, event.status])).toEqual([
      ['r1', 'SKU-1', 2, 'RNO2', 'IF1', 'unknown'],
      ['r2', null, null, null, null, 'unknown'],
      ['r3', 'SKU-3', -1, null, null, 'error'],
    ]);
    expect(events[0]?.event_type).toBe('shipment_confirm');
    // Each thread has an id of its own; the flow is the app and flow the thread name ends with.
    expect(new Set(events.map((event) => event.flow))).toEqual(new Set(['[shipment-confirm-api].confirm-flow']));
  });

  it('reads a custom logger record (log, location, payload) a CloudHub message carries, skipping its location object', async () => {
    const path = join(folder, 'app-2027-03-24.log');
    const record = (n: number, level: string, tracePoint: string, payload: Record<string, unknown>) =>
      JSON.stringify({
        recordId: `r${n}`,
        line: 800 + n,
        event: {
          loggerName: 'com.duinhaven.sync',
          threadName: `[MuleRuntime].uber.0${n}: [dh-netsuite-shiphero-papi].ns-item-receipt-to-shiphero.CPU_LITE @cf8cb9c${n}`,
          timestamp: 1805879721388 + n * 1000,
          priority: level,
          message: JSON.stringify({
            app_name: 'dh-netsuite-shiphero-papi',
            log: { correlation_id: '8c6ada64', level, message: 'Posting receipt to ShipHero', tracePoint },
            location: { root_container: 'ns-item-receipt-to-shiphero', component: 'mule:logger' },
            payload,
          }),
        },
      });
    const receipt = { path: 'netsuite->shiphero', eventType: 'receipt', record: 'IR-24411', po: 'PO-2027-0288' };
    writeFileSync(
      path,
      [
        record(1, 'INFO', 'FLOW', { ...receipt, warehouse: 'TLB-01', lines: [{ sku: 'DH-TNT-2P-GRN', qty: 6 }] }),
        record(2, 'ERROR', 'EXCEPTION', { ...receipt, status: 'FAILED' }),
      ].join('\n'),
    );
    const harness = await engineWithCase(folder, 'custom-in-cloudhub.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'app-2027-03-24.log')).toMatchObject({ presetId: 'mulesoft-cloudhub-log', rowsLoaded: 2 });
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.event_type, event.status, event.sku, event.qty, event.location, event.record_ref, event.correlation_id])).toEqual([
      ['receipt', 'unknown', 'DH-TNT-2P-GRN', 6, 'TLB-01', 'PO-2027-0288', '8c6ada64'],
      ['receipt', 'error', null, null, null, 'PO-2027-0288', '8c6ada64'],
    ]);
  });

  it('unwraps an API response whose records sit in one array property, pretty-printed or on one line', async () => {
    const error = (errorId: string, traceKey: string) => ({
      occurredAt: '2026-03-03T00:13:52.850Z',
      source: 'application',
      code: 'response_failure',
      message: '{"errors":[{"message":"SKU not found","code":6}]}',
      traceKey,
      errorId,
    });
    const response = { errors: [error('e1', 'IR1'), error('e2', 'IR2'), error('e3', 'IR3')], nextPageURL: null };
    const pretty = join(folder, 'errors_NetSuite-Item-Receipt-to-ShipHero-PO.json');
    const oneLine = join(folder, 'errors_page2.json');
    // The resolved errors endpoint answers under `resolved`.
    const resolved = join(folder, 'flows_imports_errors_resolved.json');
    writeFileSync(pretty, JSON.stringify(response, null, 2));
    writeFileSync(oneLine, JSON.stringify({ ...response, errors: [error('e4', 'IR4')] }));
    writeFileSync(resolved, JSON.stringify({ resolved: [error('e5', 'IR5'), error('e6', 'IR6')] }, null, 2));
    const harness = await engineWithCase(folder, 'celigo-api.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [pretty, oneLine, resolved] }));
    expect(outcomeFor(summary, 'flows_imports_errors_resolved.json')).toMatchObject({ status: 'loaded', presetId: 'celigo-errors', rowsLoaded: 2 });
    expect(outcomeFor(summary, 'PO.json')).toMatchObject({ status: 'loaded', presetId: 'celigo-errors', rowsSeen: 3, rowsLoaded: 3 });
    expect(outcomeFor(summary, 'errors_page2.json')).toMatchObject({ status: 'loaded', presetId: 'celigo-errors', rowsLoaded: 1 });
    const events = await rows(harness, 'events');
    // Each record is numbered by its place in the array; the flow named only in the file name gives the path.
    expect(events.map((event) => [event.line_number, event.event_id, event.record_ref, event.status, event.path])).toEqual([
      ['1', 'e1', 'IR1', 'error', 'erp->wms'],
      ['2', 'e2', 'IR2', 'error', 'erp->wms'],
      ['3', 'e3', 'IR3', 'error', 'erp->wms'],
      ['1', 'e4', 'IR4', 'error', null],
      ['1', 'e5', 'IR5', 'error', null],
      ['2', 'e6', 'IR6', 'error', null],
    ]);
  });

  it('keeps a JSON document whose array property is no record list as one record', async () => {
    const path = join(folder, 'webhook.json');
    writeFileSync(path, JSON.stringify({ account_id: 'a', webhook_type: 'Inventory Update', inventory: [{ sku: 'S' }] }, null, 2));
    const harness = await engineWithCase(folder, 'webhook.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'webhook.json')).toMatchObject({ status: 'loaded_raw', rowsLoaded: 1 });
  });

  it('reads a Celigo download with a Resolved column: resolved errors were retried, open ones are errors', async () => {
    const path = join(folder, 'Celigo_errors.csv');
    writeFileSync(
      path,
      [
        'Flow name,Step name,Occurred at,Source,Code,Message,Trace key,Classification,Resolved,Error ID',
        'NetSuite Inventory to Shopify Inventory Levels,Import,2026-03-02T20:10:12.841Z,connection,429,"Rate limited, retry",SKU-1,Rate limit,Yes,1',
        'NetSuite Item Receipt to ShipHero PO,Import,2026-03-02T21:10:12.841Z,application,422,"quantity, must be a number",IR1,Value,No,2',
      ].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'celigo-csv.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'Celigo_errors.csv')).toMatchObject({ presetId: 'celigo-errors-resolved', rowsLoaded: 2 });
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.status, event.status_raw, event.path])).toEqual([
      ['retried', 'Yes', 'erp->storefront'],
      ['error', 'No', 'erp->wms'],
    ]);
  });

  it('reads the SKU a Celigo error message names when the download has no record of it', async () => {
    const path = join(folder, 'celigo-sku-in-message.csv');
    writeFileSync(
      path,
      [
        'Flow name,Occurred at,Code,Message,Trace key',
        'NetSuite Item Receipt to ShipHero PO,2026-03-02T21:10:12.841Z,422,"Purchase order PO1047: line for SKU NW-HOOD-OAT-M rejected, ""quantity"" must be a number",IR1',
        'NetSuite Item Receipt to ShipHero PO,2026-03-02T21:11:12.841Z,422,"{""sku"": ""A-1"", ""error"": ""bad""}",IR2',
        'NetSuite Item Receipt to ShipHero PO,2026-03-02T21:12:12.841Z,500,"Gateway timeout after 30 s",IR3',
      ].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'celigo-sku.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect((await rows(harness, 'events')).map((event) => event.sku)).toEqual(['NW-HOOD-OAT-M', 'A-1', null]);
  });

  it('reads the path of a Boomi process from abbreviations and from "to" and "from", whatever the word order, and from its target alone', async () => {
    const path = join(folder, 'ExecutionRecords.csv');
    const run = (id: string, process: string) => `${id}|2026-03-02T05:00:35Z|COMPLETE|exec_sched|${process}|p|atom|1|0|1|100|`;
    writeFileSync(
      path,
      [
        'executionId|executionTime|status|executionType|processName|processId|atomName|inboundDocumentCount|inboundErrorDocumentCount|outboundDocumentCount|executionDuration|message',
        run('x1', 'NS Planning Sync to WMS'),
        run('x2', 'ShipHero Adjustment Listener to NS'),
        run('x3', 'WMS Item Receipts from NS'),
        run('x4', 'To Shopify: NetSuite inventory'),
        run('x5', 'Transfers sync'),
        run('x6', 'order-release-to-wms'),
        run('x7', 'Adjustments into NetSuite'),
        run('x8', 'Inventory to Shopify'),
        run('x9', 'WMS inventory sync'),
      ].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'boomi.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    const events = await rows(harness, 'events');
    expect(events.map((event) => [event.flow, event.path, event.event_type])).toEqual([
      ['NS Planning Sync to WMS', 'erp->wms', 'planning_signal'],
      ['ShipHero Adjustment Listener to NS', 'wms->erp', 'adjustment'],
      ['WMS Item Receipts from NS', 'erp->wms', 'receipt'],
      ['To Shopify: NetSuite inventory', 'erp->storefront', 'inventory_sync'],
      ['Transfers sync', null, 'other'],
      // One system named as the target gives the one path that ends there; the storefront may be fed by either.
      ['order-release-to-wms', 'erp->wms', 'order_release'],
      ['Adjustments into NetSuite', 'wms->erp', 'adjustment'],
      ['Inventory to Shopify', null, 'inventory_sync'],
      ['WMS inventory sync', null, 'inventory_sync'],
    ]);
  });

  it('says plainly what an empty file, a note and a log without dates are, and still accounts for their lines', async () => {
    const empty = join(folder, 'empty.csv');
    const note = join(folder, 'README from client.txt');
    writeFileSync(empty, '');
    writeFileSync(note, 'Hi! Here are the exports you asked for.\nNetSuite times are Eastern.\n- Dana\n');
    // An e-mail saved as text: its first line is a header, not a sentence, and later lines have commas.
    const mail = join(folder, 'cover-mail.txt');
    writeFileSync(
      mail,
      'From: Kevin Beaulieu <kb@example.ca>\nSubject: exports\n\nHi,\n\nAs discussed, here is everything we could pull, run around 2 pm.\n' +
        '- netsuite/ : two saved searches (balance by location, movements)\nKevin\n',
    );
    // A log whose lines carry no date: its commas are in its messages.
    const worker = join(folder, 'worker.log');
    writeFileSync(worker, 'INFO  starting worker, pool 4\nWARN  slow response, 3 s\n[ERROR] push failed, retrying\n');
    const harness = await engineWithCase(folder, 'text.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [empty, note, mail, worker] }));
    expect(outcomeFor(summary, 'worker.log')).toMatchObject({ status: 'loaded_raw', rowsSeen: 3, rowsLoaded: 3 });
    expect(outcomeFor(summary, 'worker.log').warnings.join(' ')).toMatch(/log whose lines carry no date/);
    expect(outcomeFor(summary, 'cover-mail.txt')).toMatchObject({ status: 'loaded_raw', rowsSeen: 8, rowsLoaded: 8, rowsRejected: 0 });
    expect(outcomeFor(summary, 'cover-mail.txt').warnings.join(' ')).toMatch(/not a table/);
    expect(outcomeFor(summary, 'empty.csv')).toMatchObject({ status: 'loaded_raw', rowsSeen: 0, rowsLoaded: 0, warnings: ['empty file, 0 rows'] });
    const noteOutcome = outcomeFor(summary, 'README from client.txt');
    expect(noteOutcome).toMatchObject({ status: 'loaded_raw', rowsSeen: 3, rowsLoaded: 3 });
    expect(noteOutcome.warnings.join(' ')).toMatch(/not a table/);
  });

  it('reads a Mule runtime text log as events: one per record, an error block read into its record, lines kept', async () => {
    const log = join(folder, 'mule_ee.log');
    writeFileSync(
      log,
      [
        'INFO  2026-03-02 19:08:52,997 [[MuleRuntime].uber.03: [api].inventory-to-wms.CPU_LITE @1a] [processor: inventory-to-wms/processors/2; event: e8] Logger: received {"sku": "S-1", "qty": -2}',
        'ERROR 2026-03-02 19:08:53,477 [[MuleRuntime].uber.03: [api].inventory-to-wms.CPU_INTENSIVE @1a] [processor: inventory-to-wms/processors/4; event: e8] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler:',
        '********************************************************************************',
        'Message               : HTTP POST on resource \'https://wms.example/api\' failed: service unavailable (503).',
        'Error type            : HTTP:SERVICE_UNAVAILABLE',
        '********************************************************************************',
        '',
        'WARN  2026-03-02 19:26:00,127 [[MuleRuntime].uber.03: [api].inventory-to-wms.CPU_LITE @1a] [processor: inventory-to-wms/processors/2; event: 2a] Logger: slow',
        '{"sku": "S-2"',
        'INFO  2026-03-02 19:27:00,000 [[MuleRuntime].uber.03: [api].inventory-to-wms.CPU_LITE @1a] [processor: inventory-to-wms/processors/2; event: 3b] Logger: done',
      ].join('\r\n') + '\r\n',
    );
    const harness = await engineWithCase(folder, 'mule-text.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [log], timeZones: ['middleware=UTC'] }));
    expect(outcomeFor(summary, 'mule_ee.log')).toMatchObject({
      status: 'loaded',
      format: 'log',
      presetId: 'mulesoft-text-log',
      rowsSeen: 4,
      rowsLoaded: 4,
      rowsRejected: 0,
    });
    const events = await rows(harness, 'events');
    expect(events.map((row) => [Number(row.line_number), row.ts, row.flow, row.status, row.status_raw, row.error_code, row.correlation_id, row.sku])).toEqual([
      [1, '2026-03-02 19:08:52.997+00', '[api].inventory-to-wms', 'unknown', 'INFO', null, 'e8', 'S-1'],
      [2, '2026-03-02 19:08:53.477+00', '[api].inventory-to-wms', 'error', 'ERROR', 'HTTP:SERVICE_UNAVAILABLE', 'e8', null],
      [8, '2026-03-02 19:26:00.127+00', '[api].inventory-to-wms', 'unknown', 'WARN', null, '2a', null],
      [10, '2026-03-02 19:27:00+00', '[api].inventory-to-wms', 'unknown', 'INFO', null, '3b', null],
    ]);
    expect(events[1]?.error_message).toBe("HTTP POST on resource 'https://wms.example/api' failed: service unavailable (503).");
    // A line after a record that opens none (a payload printed over two lines) stays with its record.
    expect(String(events[2]?.payload)).toBe('slow\n{"sku": "S-2"');
    expect(events.map((row) => row.path)).toEqual(['erp->wms', 'erp->wms', 'erp->wms', 'erp->wms']);
  });

  it('reads a JSON Logger record a Mule text log prints: path, type, trace point, document and the first order line', async () => {
    const log = join(FIXTURES, 'presets', 'mulesoft-text-log', 'cl-erp2wms-papi-app.log.2.gz');
    const harness = await engineWithCase(folder, 'mule-json-in-text.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [log], timeZones: ['middleware=Europe/London'] }));
    expect(outcomeFor(summary, 'cl-erp2wms-papi-app.log.2.gz')).toMatchObject({ presetId: 'mulesoft-text-log', format: 'log+gzip', rowsLoaded: 2 });
    const events = await rows(harness, 'events');
    expect(
      events.map((row) => [row.ts, row.path, row.event_type, row.status, row.record_ref, row.idempotency_key, row.sku, row.qty, row.location]),
    ).toEqual([
      ['2026-10-25 13:18:21.513+00', 'erp->wms', 'order_release', 'pending', 'SO104961', 'ns-IF231902-v1', 'CL-MUG-ENAMEL-INK', 1, null],
      ['2026-10-25 13:18:22.352+00', 'erp->wms', 'order_release', 'success', 'SO104961', 'ns-IF231902-v1', 'CL-MUG-ENAMEL-INK', 1, 'Dublin (IE)'],
    ]);
  });

  it('reads a JSON log one of whose records holds an object under a key a records rule reads as a list', async () => {
    const log = join(folder, 'relay.log.1');
    writeFileSync(
      log,
      [
        '{"ts":1800000003000,"level":"info","msg":"relay starting","locations":{"shiphero:V2FyZWhvdXNlOjc3MjE0":68420411539}}',
        '{"ts":1800000004000,"level":"info","event":"inventory_sync","status":"success","sku":"TR-BTL-1L","available":12}',
        '{"ts":1800000005000,"level":"error","event":"inventory_sync","status":"error","sku":"TR-BTL-1L","available":12}',
      ].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'object-not-list.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [log] }));
    expect(outcomeFor(summary, 'relay.log.1')).toMatchObject({ status: 'loaded', presetId: 'generic-event-log', rowsSeen: 3 });
  });

  it('reads a log4j-style log with a stack trace, and keeps a line that is not text as a reject with its line number', async () => {
    const log = join(folder, 'bridge.log');
    writeFileSync(
      log,
      Buffer.concat([
        Buffer.from(
          '2026-03-06 08:00:01,004 INFO  [main] com.acme.Bridge - started\n' +
            '2026-03-06 08:00:02,310 ERROR [main] com.acme.Bridge - push failed {"sku":"A-100","qty":5}\n' +
            '\tat com.acme.Bridge.push(Bridge.java:88)\n',
        ),
        Buffer.from([0x00, 0x01, 0xfe, 0x0a]),
        Buffer.from('2026-03-06 08:05:02,007 INFO  [main] com.acme.Bridge - pushed {"sku":"A-100","qty":5,"status":"success"}\n'),
      ]),
    );
    const harness = await engineWithCase(folder, 'bridge.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [log], timeZones: ['middleware=UTC'] }));
    const outcome = outcomeFor(summary, 'bridge.log');
    expect(outcome).toMatchObject({ presetId: 'text-log', rowsSeen: 4, rowsLoaded: 3, rowsRejected: 1 });
    expect((await rows(harness, 'rejects')).map((row) => Number(row.line_number))).toEqual([4]);
    const events = await rows(harness, 'events');
    expect(events.map((row) => [Number(row.line_number), row.status, row.sku, row.flow])).toEqual([
      [1, 'unknown', null, 'com.acme.Bridge'],
      [2, 'error', 'A-100', 'com.acme.Bridge'],
      [5, 'success', 'A-100', 'com.acme.Bridge'],
    ]);
  });

  it('still reads a one-column list and a headed CSV as tables', async () => {
    const list = join(folder, 'skus.csv');
    writeFileSync(list, 'sku\nA-1\nA-2\n');
    const harness = await engineWithCase(folder, 'list.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [list] }));
    expect(outcomeFor(summary, 'skus.csv')).toMatchObject({ status: 'loaded_raw', rowsLoaded: 2 });
    expect(outcomeFor(summary, 'skus.csv').warnings.join(' ')).not.toMatch(/not a table/);
  });
});
