// Every built-in format preset, in the order a consultant would look for them.
import type { Preset } from '../../../../shared/model/mapping';
import {
  boomiDocuments,
  boomiExecutions,
  celigoErrors,
  celigoErrorsResolved,
  celigoFlowRuns,
  genericEventLog,
  mulesoftAvioLogger,
  mulesoftCloudhub2OrderLines,
  mulesoftCloudhubLog,
  mulesoftJsonLogger,
  mulesoftTextLog,
  textLog,
} from './middleware';
import { netsuiteInventoryCsv, netsuiteTransactionsCsv } from './netsuite';
import {
  shopifyInventoryChanges,
  shopifyInventoryCsv,
  shopifyInventoryLevels,
  shopifyInventoryLevelsBulk,
  shopifyInventoryLevelsGraphql,
  shopifyInventoryWideCsv,
} from './shopify';
import {
  highjumpTranLog,
  shipheroInventoryChangesGraphql,
  shipheroInventoryUpdateWebhooks,
  wmsInventoryByLocation,
  wmsInventoryChanges,
  wmsOnHand,
  wmsStockMovements,
} from './wms';

export const PRESETS: readonly Preset[] = [
  shopifyInventoryCsv,
  shopifyInventoryWideCsv,
  shopifyInventoryLevels,
  shopifyInventoryLevelsGraphql,
  shopifyInventoryLevelsBulk,
  shopifyInventoryChanges,
  netsuiteInventoryCsv,
  netsuiteTransactionsCsv,
  wmsOnHand,
  wmsInventoryChanges,
  shipheroInventoryChangesGraphql,
  wmsStockMovements,
  highjumpTranLog,
  wmsInventoryByLocation,
  shipheroInventoryUpdateWebhooks,
  celigoErrors,
  celigoErrorsResolved,
  celigoFlowRuns,
  boomiExecutions,
  boomiDocuments,
  mulesoftCloudhubLog,
  mulesoftCloudhub2OrderLines,
  mulesoftJsonLogger,
  mulesoftAvioLogger,
  mulesoftTextLog,
  textLog,
  genericEventLog,
];
