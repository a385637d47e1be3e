// A NetSuite line's second document reference: the storefront order its memo or Other Ref. # names, stored with its key.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('second references of NetSuite transaction lines', () => {
  const folder = tempFolder();

  const imported = async (name: string, content: string) => {
    const harness = await engineWithCase(folder, `${name}.driftcase`);
    const file = join(folder, name);
    writeFileSync(file, content);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file], timeZones: ['UTC'] }));
    expect(outcomeFor(summary, name)).toMatchObject({ presetId: 'netsuite-transactions-csv', rowsRejected: 0 });
    return (await rows(harness, 'ledger')).map((row) => [row.txn_id, row.reference, row.ref_key, row.alt_reference, row.alt_ref_key]);
  };

  it('reads the storefront order in the memo as alt_reference and stores both keys, keeping Created From as the reference', async () => {
    const ledger = await imported(
      'ItemLedger.csv',
      '\uFEFFDate,Type,Document Number,Name,Item,Location,Quantity,Created From,Memo,Date Created\r\n' +
        '3/2/2026,Item Fulfillment,IF30139,Shopify Customer,NW-FLC : NW-FLC-BLK-S,Reno Warehouse,(2),Sales Order #SO50258,Shopify order #NW10261,3/2/2026 2:15 pm\r\n' +
        '3/2/2026,Item Receipt,IR20456,Alpine Mills Co.,NW-CAP : NW-CAP-RED,Atlanta DC,48,Purchase Order #PO1041,"Received, per ASN 88750",3/2/2026 3:10 pm\r\n' +
        '3/2/2026,Inventory Adjustment,ADJ7717,,NW-FLC : NW-FLC-BLK-XS,Reno Warehouse,(5),,ShipHero cycle count sync,3/2/2026 1:45 pm\r\n',
    );
    expect(ledger).toEqual([
      ['IF30139', 'Sales Order #SO50258', 'SO50258', '#NW10261', 'NW10261'],
      // The ASN a memo names by its bare number is the document the WMS receives under.
      ['IR20456', 'Purchase Order #PO1041', 'PO1041', '88750', '88750'],
      ['ADJ7717', null, 'ADJ7717', null, null],
    ]);
  });

  it('prefers Other Ref. # to the memo, and reads the memo where a line has no Other Ref. #', async () => {
    const ledger = await imported(
      'fulfillments.csv',
      'Date Created,Type,Document Number,Item,Location,Quantity,Created From,Other Ref. #,Memo\r\n' +
        '3/2/2026 2:15 pm,Item Fulfillment,IF1,NW-TEE-BLK-M,Reno Warehouse,-2,Sales Order #SO1,NW-1001,Shopify order #NW1001\r\n' +
        '3/2/2026 2:30 pm,Item Fulfillment,IF2,NW-TEE-BLK-M,Reno Warehouse,-1,Sales Order #SO2,,Shopify order #NW1002\r\n',
    );
    expect(ledger).toEqual([
      ['IF1', 'Sales Order #SO1', 'SO1', 'NW-1001', 'NW1001'],
      ['IF2', 'Sales Order #SO2', 'SO2', '#NW1002', 'NW1002'],
    ]);
  });
});
