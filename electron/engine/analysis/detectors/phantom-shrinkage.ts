// phantom_shrinkage: WMS stock consumed step by step by ERP planning signals applied as demand.
import sql from '../../sql/analysis/detect-phantom-shrinkage.sql?raw';
import type { Detector } from './detector';

export const phantomShrinkage: Detector = {
  cluster: 'phantom_shrinkage',
  sql: [sql],
  firstCheck:
    'The bidirectional WMS<->ERP sync: how the WMS interprets ERP planning events (forecast, safety stock, reorder point) it receives.',
};
