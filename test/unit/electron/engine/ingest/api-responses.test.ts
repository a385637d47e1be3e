// Saved API responses and their envelopes: NetSuite's REST query pages, Shopify's REST lists, a Shopify ledger of GIDs,
// a Boomi document export numbering its documents per execution, and a Boomi atom's text log of key=value documents.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('saved API responses', () => {
  const folder = tempFolder();

  const imported = async (name: string, content: string, timeZones: string[] = []) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    const harness = await engineWithCase(folder, `${name}.driftcase`);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], timeZones }));
    return { harness, outcome: outcomeFor(summary, name) };
  };

  it('reads a NetSuite REST query page: its items beside paging links, each reference by its refName', async () => {
    const line = (id: string, tranid: string, type: string, createddate: string, item: string, quantity: number, createdfrom: string | null) =>
      JSON.stringify({
        links: [],
        id,
        tranid,
        type: { id: type, refName: type },
        createddate,
        location: { id: '11', refName: 'IN - Bhiwandi DC' },
        item: { id: '3121', refName: item },
        quantity,
        createdfrom: createdfrom === null ? null : { id: '9', refName: createdfrom },
        status: { refName: 'Shipped' },
      });
    const page =
      '{"links": [{"rel": "next", "href": "https://x.suitetalk.api.netsuite.com/query?offset=250"}], "count": 2, "hasMore": true, "items": [\n' +
      [
        line('884101', 'IF-IN-41328', 'ItemShip', '2027-04-17 15:10:00', 'SRL-RG : SRL-RG-4120', -3, 'Sales Order #SO-IN-20242'),
        line('884102', 'IR-IN-00031', 'ItemRcpt', '2027-04-17 16:40:00', 'SRL-BS : SRL-BS-2210', 12, null),
      ].join(',\n') +
      '\n]}';
    const { harness, outcome } = await imported('suiteql_transactions_IN_p1.json', page, ['erp=Asia/Kolkata']);
    expect(outcome).toMatchObject({ presetId: 'netsuite-transactions-csv', rowsSeen: 2, rowsLoaded: 2, rowsRejected: 0 });
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_id, row.ts, row.txn_type, row.sku, row.location, row.qty_delta, row.reference, row.status])).toEqual([
      ['IF-IN-41328', '2027-04-17 09:40:00+00', 'fulfillment', 'SRL-RG : SRL-RG-4120', 'IN - Bhiwandi DC', -3, 'Sales Order #SO-IN-20242', 'Shipped'],
      ['IR-IN-00031', '2027-04-17 11:10:00+00', 'receipt', 'SRL-BS : SRL-BS-2210', 'IN - Bhiwandi DC', 12, null, 'Shipped'],
    ]);
  });

  it('reads a Shopify REST list whose only property holds the records', async () => {
    // Written as text: the ids are above 2^53, which a JavaScript number would round.
    const levels =
      '{"inventory_levels":[\n' +
      '{"inventory_item_id":48051727138470915,"location_id":72814526601,"available":109,"updated_at":"2027-04-20T17:52:40+05:30"},\n' +
      '{"inventory_item_id":48051727145470936,"location_id":72814526601,"available":102,"updated_at":"2027-04-19T23:54:03+05:30"}\n' +
      ']}';
    const { harness, outcome } = await imported('inventory_levels.json', levels);
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-levels-json', rowsLoaded: 2 });
    expect((await rows(harness, 'snapshots')).map((row) => [row.sku, row.available])).toEqual([
      ['48051727138470915', 109],
      ['48051727145470936', 102],
    ]);
  });

  it('reads a Shopify ledger of GIDs and epoch milliseconds as the numbers webhooks write', async () => {
    const change = (name: string, delta: number) =>
      JSON.stringify({
        created_at_ms: 1807557310666,
        inventory_item_id: 'gid://shopify/InventoryItem/48051727159470978',
        location_id: 'gid://shopify/Location/72814526601',
        name,
        delta,
        ledger_document_uri: 'gid://shopify/Fulfillment/5712001373361',
      });
    const { harness, outcome } = await imported('inventory_ledger_capture.jsonl', `${change('on_hand', -2)}\n${change('committed', -2)}\n`);
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-changes', rowsLoaded: 2 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.sku, row.location, row.qty_delta, row.txn_type])).toEqual([
      ['2027-04-12 19:15:10.666+00', '48051727159470978', '72814526601', -2, 'ship'],
      ['2027-04-12 19:15:10.666+00', '48051727159470978', '72814526601', 0, 'ship'],
    ]);
  });

  it('reads a Boomi document export that numbers documents per execution and dates them in a Date column', async () => {
    const { harness, outcome } = await imported(
      'process_reporting_documents.csv',
      'Execution ID,Process Name,Execution Type,Document Index,Date,Document Status,Error Message,Tracked: Document Number,Tracked: SKU,Tracked: Quantity\n' +
        'execution-60c7,NS Sales Order Release to ShipHero,exec_listener,1,2027-04-12T19:20:20.876Z,Success,,SO-IN-20101,SRL-BS-2211,2\n',
    );
    expect(outcome).toMatchObject({ presetId: 'boomi-documents', rowsLoaded: 1 });
    expect((await rows(harness, 'events')).map((row) => [row.ts, row.trigger, row.status, row.sku, row.record_ref, row.path])).toEqual([
      ['2027-04-12 19:20:20.876+00', 'listener', 'success', 'SRL-BS-2211', 'SO-IN-20101', 'erp->wms'],
    ]);
  });

  it('reads a Boomi atom log: an offset after a space, the process in brackets, key=value documents', async () => {
    const log =
      '2027-04-16 01:05:26.941 +0530 INFO    [exec_listener] [execution-859d] [NS Sales Order Release to ShipHero] Document 1: ref=SO-IN-20187 sku=SRL-PL-9100 qty=1 location="IN - Bhiwandi DC" idempotencyKey=SO-IN-20187-REL correlationId=7fe1ba88\n' +
      '2027-04-16 06:37:06.857 +0530 INFO    [exec_sched] [execution-29e3] [ShipHero Shipments to NS Item Fulfillment] Execution finished: status=COMPLETE inbound=0 errors=0\n';
    const { harness, outcome } = await imported('atom_process.log', log);
    expect(outcome).toMatchObject({ presetId: 'text-log', rowsLoaded: 2, rowsRejected: 0 });
    const events = await rows(harness, 'events');
    expect(events.map((row) => [row.ts, row.flow, row.trigger, row.status, row.sku, row.qty, row.location, row.record_ref, row.idempotency_key, row.correlation_id])).toEqual([
      ['2027-04-15 19:35:26.941+00', 'NS Sales Order Release to ShipHero', 'listener', 'unknown', 'SRL-PL-9100', 1, 'IN - Bhiwandi DC', 'SO-IN-20187', 'SO-IN-20187-REL', '7fe1ba88'],
      ['2027-04-16 01:07:06.857+00', 'ShipHero Shipments to NS Item Fulfillment', 'scheduled', 'success', null, null, null, null, null, null],
    ]);
    expect(events.map((row) => row.path)).toEqual(['erp->wms', 'wms->erp']);
  });
});
