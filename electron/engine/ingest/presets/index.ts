// Every built-in format preset, in the order a consultant would look for them.
import type { Preset } from '../../../../shared/model/mapping';
import {
  boomiExecutions,
  celigoErrors,
  celigoErrorsResolved,
  genericEventLog,
  mulesoftAvioLogger,
  mulesoftCloudhubLog,
  mulesoftJsonLogger,
} from './middleware';
import { netsuiteInventoryCsv, netsuiteTransactionsCsv } from './netsuite';
import { shopifyInventoryCsv, shopifyInventoryLevels, shopifyInventoryWideCsv } from './shopify';
import { wmsInventoryChanges, wmsOnHand, wmsStockMovements } from './wms';

export const PRESETS: readonly Preset[] = [
  shopifyInventoryCsv,
  shopifyInventoryWideCsv,
  shopifyInventoryLevels,
  netsuiteInventoryCsv,
  netsuiteTransactionsCsv,
  wmsOnHand,
  wmsInventoryChanges,
  wmsStockMovements,
  celigoErrors,
  celigoErrorsResolved,
  boomiExecutions,
  mulesoftCloudhubLog,
  mulesoftJsonLogger,
  mulesoftAvioLogger,
  genericEventLog,
];
