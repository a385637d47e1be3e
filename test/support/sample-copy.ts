// A private copy of the sample dump, for tests that must show nothing is written into the folder a case was imported from.
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'sample');

/** The sample's naive times are New York local time. */
export const SAMPLE_ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];

/** Copies the sample into `folder`/sample and returns that path. */
export function copySample(folder: string): string {
  const target = join(folder, 'sample');
  cpSync(SAMPLE_DIR, target, { recursive: true });
  return target;
}
