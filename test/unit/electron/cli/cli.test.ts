// The `driftscope` command as a user runs it: help, import with per-file outcomes, exit codes, plain errors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftscope, driftscopeUnread } from '../../../support/run-cli';
import { FIXTURES, tempFolder } from '../../../support/temp-folder';

describe('driftscope CLI', () => {
  const folder = tempFolder();

  it('explains its commands', async () => {
    const help = await driftscope('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import \[options\] <paths\.\.\.>/);
    expect(help.stdout).toMatch(/serve \[options\]/);
  });

  it('ends quietly when its reader stops reading (`driftscope … | head`)', async () => {
    const unread = await driftscopeUnread('--help');
    expect(unread).toEqual({ code: 0, stderr: '' });
  });

  it('imports files into a new case and prints each file with its counts', async () => {
    const casePath = join(folder, 'cli.driftcase');
    const result = await driftscope('import', join(FIXTURES, 'csv', 'malformed-rows.csv'), join(FIXTURES, 'csv', 'tabs.tsv'), '--case', casePath);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created case ${casePath}`);
    expect(result.stdout).toMatch(/malformed-rows\.csv\s+loaded_raw\s+unrecognised\s+raw_malformed_rows\s+2\s+2/);
    expect(result.stdout).toMatch(/tabs\.tsv\s+loaded_raw\s+unrecognised\s+raw_tabs\s+2\s+0/);
    expect(result.stdout).toContain('2 files: 4 rows loaded, 2 rejected');
    const again = await driftscope('import', join(FIXTURES, 'csv', 'tabs.tsv'), '--case', casePath);
    expect(again.stdout).toContain(`Opened case ${casePath}`);
    expect(again.stdout).toMatch(/already_imported/);
  });

  it('exits 1 naming the file when a path cannot be imported, after loading the rest', async () => {
    const result = await driftscope('import', join(folder, 'missing.csv'), join(FIXTURES, 'csv', 'tabs.tsv'), '--case', join(folder, 'partial.driftcase'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/missing\.csv\s+failed/);
    expect(result.stdout).toContain('no such file or folder');
    expect(result.stdout).toMatch(/tabs\.tsv\s+loaded_raw/);
  });

  it('recognises presets, applies --tz rules, and verifies the originals afterwards', async () => {
    const casePath = join(folder, 'presets.driftcase');
    const netsuite = join(FIXTURES, 'presets', 'netsuite-transactions-csv', 'transactions-type-codes.csv');
    const result = await driftscope('import', netsuite, '--case', casePath, '--tz', 'erp=America/Chicago', '--no-progress');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/transactions-type-codes\.csv\s+loaded\s+netsuite-transactions-csv\s+ledger\s+10\s+0\s+--tz erp=America\/Chicago/);
    const verified = await driftscope('verify', '--case', casePath);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/unchanged\s+.*transactions-type-codes\.csv/);
    expect(verified.stdout).toContain('1 unchanged, 0 changed, 0 missing');
    const chosen = await driftscope(
      'import', join(FIXTURES, 'csv', 'tabs.tsv'), '--case', join(folder, 'chosen.driftcase'), '--preset', `${join(FIXTURES, 'csv', 'tabs.tsv')}=wms-on-hand`,
    );
    expect(chosen.code).toBe(1);
    expect(chosen.stdout).toMatch(/tabs\.tsv\s+failed/);
    expect(chosen.stdout).toMatch(/WMS on-hand snapshot .*: the file has no column for/);
    const badZone = await driftscope('import', netsuite, '--case', join(folder, 'zone.driftcase'), '--tz', 'erp=Central Time');
    expect(badZone.code).toBe(1);
    expect(badZone.stderr).toMatch(/--tz erp=Central Time: Unknown time zone/);
  });

  it('reports usage mistakes and unusable case files in one line, without a stack trace', async () => {
    const usage = await driftscope('import', join(FIXTURES, 'csv', 'tabs.tsv'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/required option '--case <file>' not specified/);
    const notCase = await driftscope('import', join(FIXTURES, 'csv', 'tabs.tsv'), '--case', join(FIXTURES, 'csv', 'tabs.tsv'));
    expect(notCase.code).toBe(1);
    expect(notCase.stderr).toMatch(/^driftscope: .*tabs\.tsv is not a Driftscope case file/);
    expect(notCase.stderr).not.toMatch(/\n\s+at /);
  });

  it('previews how a file would import without creating or touching a case', async () => {
    const result = await driftscope('preview', join(FIXTURES, 'presets', 'wms-on-hand', 'shiphero-on-hand.csv'), '--rows', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/read as WMS on-hand snapshot .* -> snapshots of wms/);
    expect(result.stdout).toContain('First 2 records as they would load:');
    const unknown = await driftscope('preview', join(FIXTURES, 'presets', '_unmatched', 'orders.csv'));
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/not recognised/);
  });
});
