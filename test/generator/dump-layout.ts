// Where each export goes in the dump folder and what it is called, per seed: flat, by system, or nested.
import type { Rng } from './prng';
import { fileStamp } from './time-format';

type Area = 'middleware' | 'erp' | 'wms' | 'storefront';

const FOLDERS: Record<'flat' | 'by-system' | 'nested', Record<Area, string>> = {
  flat: { middleware: '', erp: '', wms: '', storefront: '' },
  'by-system': { middleware: 'middleware', erp: 'erp', wms: 'wms', storefront: 'storefront' },
  nested: { middleware: 'logs/relay', erp: 'exports/netsuite', wms: 'wms/exports', storefront: 'shopify' },
};

export class DumpLayout {
  private readonly folders: Record<Area, string>;
  private readonly stampStyle: number;
  private readonly stampWms: boolean;

  constructor(rng: Rng) {
    this.folders = FOLDERS[rng.pick(['flat', 'by-system', 'nested'] as const)];
    this.stampStyle = rng.int(0, 2);
    this.stampWms = rng.chance(0.5);
  }

  /** Whether this area's snapshot name carries a local time, which needs a --tz rule for its system to read. */
  namesLocalTime(area: Area): boolean {
    return this.stampStyle === 1 && (area !== 'wms' || this.stampWms);
  }

  folder(area: Area): string {
    return this.folders[area];
  }

  /** `folder/name`, or just `name` for a flat dump. */
  path(area: Area, name: string): string {
    const folder = this.folders[area];
    return folder === '' ? name : `${folder}/${name}`;
  }

  /** A snapshot's file name with its capture instant in it (UTC when it ends in Z, else the given local offset). */
  snapshotPath(area: Area, stem: string, extension: string, capturedAt: number, offsetMinutes: number): string {
    const stamped = area !== 'wms' || this.stampWms;
    const separator = this.stampStyle === 1 ? '-' : '_';
    const stamp = stamped ? `${separator}${fileStamp(capturedAt, this.stampStyle, offsetMinutes)}` : '';
    return this.path(area, `${stem}${stamp}${extension}`);
  }
}
