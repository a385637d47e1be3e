// ghost_shipment: orders the ERP shipped that the WMS never picked, packed or shipped.
import sql from '../../sql/analysis/detect-ghost-shipment.sql?raw';
import type { Detector } from './detector';

export const ghostShipment: Detector = {
  cluster: 'ghost_shipment',
  sql: [sql],
  firstCheck: 'The outbound order handoff ERP->WMS for orders that reached released status: did the release fire, and did it fail?',
};
