// phantom_stock: stock the ERP received but the WMS never did, because the erp->wms receipt handoff failed.
import sql from '../../sql/analysis/detect-phantom-stock.sql?raw';
import type { Detector } from './detector';

export const phantomStock: Detector = {
  cluster: 'phantom_stock',
  sql: [sql],
  firstCheck:
    'The inbound PO receipt handoff ERP->WMS: why its receipt events failed and whether their payload matches what the WMS expects.',
};
