// The --tz rules: their forms, which one applies to a file, and the messages for malformed ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { parseTzRules, resolveTzRules, zoneRuleFor } from '../../../../../electron/engine/ingest/tz-rules';

describe('parseTzRules', () => {
  it('reads a bare zone, a system, a file name and a glob', () => {
    expect(
      parseTzRules([
        'America/Chicago',
        'ERP=Central Standard Time',
        'wms-export.csv=Europe/Berlin',
        'netsuite/*.csv = UTC-05:00',
      ]),
    ).toEqual([
      { target: { kind: 'default' }, zone: 'America/Chicago', text: 'America/Chicago' },
      { target: { kind: 'system', system: 'erp' }, zone: 'Central Standard Time', text: 'ERP=Central Standard Time' },
      { target: { kind: 'file', pattern: 'wms-export.csv' }, zone: 'Europe/Berlin', text: 'wms-export.csv=Europe/Berlin' },
      { target: { kind: 'file', pattern: 'netsuite/*.csv' }, zone: 'UTC-05:00', text: 'netsuite/*.csv = UTC-05:00' },
    ]);
  });

  it('reads a file named like a system when written with ./, and Windows separators', () => {
    expect(parseTzRules(['./erp=UTC', 'exports\\wms\\*.csv=UTC']).map((rule) => rule.target)).toEqual([
      { kind: 'file', pattern: 'erp' },
      { kind: 'file', pattern: 'exports/wms/*.csv' },
    ]);
  });

  it('keeps one copy of a repeated rule', () => {
    expect(parseTzRules(['erp=America/Chicago', 'erp=america/chicago'])).toHaveLength(1);
  });

  it.each([
    ['', /--tz needs a value/],
    ['erp=', /--tz erp=: no zone after '='/],
    ['=Europe/Berlin', /--tz =Europe\/Berlin: nothing before '='/],
    ['wms', /--tz wms: the system wms needs a zone, e\.g\. --tz wms=America\/Chicago/],
    ['wms-export.csv', /--tz wms-export\.csv: the file pattern needs a zone/],
    ['netsuite/*', /the file pattern needs a zone/],
    ['/home/me/exports/erp.csv=UTC', /relative to the folder being imported/],
    ['C:\\exports\\erp.csv=UTC', /relative to the folder being imported/],
    ['../other/erp.csv=UTC', /cannot leave the imported folder/],
  ])('refuses %j', (text, message) => {
    expect(() => parseTzRules([text])).toThrow(message);
  });

  it('refuses two zones for one target, and reports every problem at once', () => {
    expect(() => parseTzRules(['erp=America/Chicago', 'erp=America/Denver'])).toThrow(
      '--tz erp=America/Chicago and --tz erp=America/Denver give the system erp two zones',
    );
    expect(() => parseTzRules(['UTC', 'Europe/Berlin'])).toThrow(/give every source two zones/);
    try {
      parseTzRules(['erp=', 'wms', 'storefront=UTC']);
      expect.fail('expected an error');
    } catch (error) {
      expect(error).toMatchObject({ code: 'bad_request' });
      expect((error as Error).message.split('; ')).toHaveLength(2);
    }
  });
});

describe('zoneRuleFor', () => {
  const rules = parseTzRules([
    'America/Chicago',
    'wms=Europe/Berlin',
    'netsuite/*.csv=America/Los_Angeles',
    'netsuite/old-*.csv=America/Denver',
    'wms-export.csv=Asia/Tokyo',
    '*.json=UTC',
    'archive/**/*.csv=Australia/Sydney',
  ]);

  it.each([
    ['erp', 'ledger.csv', 'America/Chicago', 'America/Chicago', 'default'],
    ['wms', 'onhand.csv', 'Europe/Berlin', 'wms=Europe/Berlin', 'system'],
    ['wms', 'exports/WMS-Export.CSV', 'Asia/Tokyo', 'wms-export.csv=Asia/Tokyo', 'file'],
    ['erp', 'netsuite/saved-search.csv', 'America/Los_Angeles', 'netsuite/*.csv=America/Los_Angeles', 'file'],
    ['erp', 'netsuite\\old-ledger.csv', 'America/Denver', 'netsuite/old-*.csv=America/Denver', 'file'],
    ['erp', 'netsuite/2026/ledger.csv', 'America/Chicago', 'America/Chicago', 'default'],
    ['middleware', 'celigo/errors.json', 'UTC', '*.json=UTC', 'file'],
    ['erp', 'archive/ledger.csv', 'Australia/Sydney', 'archive/**/*.csv=Australia/Sydney', 'file'],
    ['erp', 'archive/2025/q4/ledger.csv', 'Australia/Sydney', 'archive/**/*.csv=Australia/Sydney', 'file'],
  ] as const)('%s %s -> %s', (system, relativePath, zone, rule, matchedBy) => {
    expect(zoneRuleFor(rules, { system, relativePath })).toEqual({ zone, rule, matchedBy });
  });

  it('prefers the glob with more literal characters, then the later of two equally specific globs', () => {
    const zoneOf = (...texts: string[]) =>
      zoneRuleFor(parseTzRules(texts), { system: 'wms', relativePath: 'wms-export.csv' })?.zone;
    expect(zoneOf('*-export.csv=Europe/Berlin', 'wms-*.csv=Europe/Paris')).toBe('Europe/Berlin');
    expect(zoneOf('wms-*.csv=Europe/Paris', '*-export.csv=Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOf('wms-*.csv=Europe/Berlin', '*port.csv=Europe/Paris')).toBe('Europe/Paris');
    expect(zoneOf('*port.csv=Europe/Paris', 'wms-*.csv=Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('gives null when no rule applies', () => {
    const only = parseTzRules(['erp=America/Chicago']);
    expect(zoneRuleFor(only, { system: 'wms', relativePath: 'onhand.csv' })).toBeNull();
    expect(zoneRuleFor(only, { system: null, relativePath: 'unknown.csv' })).toBeNull();
    expect(zoneRuleFor([], { system: 'erp', relativePath: 'ledger.csv' })).toBeNull();
  });
});

describe('resolveTzRules', () => {
  let db: CaseDatabase;
  beforeAll(async () => {
    db = await CaseDatabase.open(':memory:');
  });
  afterAll(() => db.close());

  it('replaces every zone with its IANA name and keeps the rule as written', async () => {
    const resolved = await resolveTzRules(
      parseTzRules(['erp=Central Standard Time', 'netsuite/*.csv=UTC-05:00', 'europe/berlin']),
      db.session,
    );
    expect(resolved.map(({ zone, text }) => ({ zone, text }))).toEqual([
      { zone: 'America/Chicago', text: 'erp=Central Standard Time' },
      { zone: 'Etc/GMT+5', text: 'netsuite/*.csv=UTC-05:00' },
      { zone: 'Europe/Berlin', text: 'europe/berlin' },
    ]);
    expect(zoneRuleFor(resolved, { system: 'erp', relativePath: 'ledger.csv' })).toEqual({
      zone: 'America/Chicago',
      rule: 'erp=Central Standard Time',
      matchedBy: 'system',
    });
  });

  it('names every rule whose zone is unknown', async () => {
    const rules = parseTzRules(['erp=Amercia/Chicago', 'wms=EST', 'storefront=UTC']);
    const failure = resolveTzRules(rules, db.session);
    await expect(failure).rejects.toThrow(/^--tz erp=Amercia\/Chicago: Unknown time zone 'Amercia\/Chicago'\. Did you mean/);
    await expect(failure).rejects.toThrow(/; --tz wms=EST: Time zone 'EST' is an abbreviation/);
  });
});
