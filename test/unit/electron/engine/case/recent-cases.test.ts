// The recent-cases list: kept in the settings folder given, most recent first, missing files marked, tolerant of a bad file.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngineService } from '../../../../../electron/engine/engine-service';
import { configDirFromEnv, defaultConfigDir } from '../../../../../electron/engine/case/config-dir';
import { MAX_RECENT_CASES, RECENT_CASES_FILE, recentCasesIn } from '../../../../../electron/engine/case/recent-cases';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('recent cases', () => {
  const folder = tempFolder();

  it('puts the latest first, once, and keeps at most the limit', async () => {
    const recent = recentCasesIn(join(folder, 'limit'));
    for (let i = 0; i < MAX_RECENT_CASES + 3; i += 1) await recent.remember(join(folder, `c${i}.driftcase`), new Date(Date.UTC(2026, 0, 1, 0, i)));
    await recent.remember(join(folder, 'c5.driftcase'), new Date(Date.UTC(2026, 0, 2)));
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_CASES);
    expect(list[0]).toEqual({ path: join(folder, 'c5.driftcase'), openedAt: '2026-01-02T00:00:00.000Z', exists: false });
    expect(list.filter((item) => item.path.endsWith('c5.driftcase'))).toHaveLength(1);
    expect(list[1]?.path).toBe(join(folder, `c${MAX_RECENT_CASES + 2}.driftcase`));
  });

  it('marks a case file that is gone as missing, and forgets one without touching any file', async () => {
    const configDir = join(folder, 'missing');
    const present = join(folder, 'present.driftcase');
    writeFileSync(present, '');
    const recent = recentCasesIn(configDir);
    await recent.remember(present);
    await recent.remember(join(folder, 'gone.driftcase'));
    expect((await recent.list()).map((item) => [item.path.split('/').pop(), item.exists])).toEqual([
      ['gone.driftcase', false],
      ['present.driftcase', true],
    ]);
    expect((await recent.forget(present)).map((item) => item.path)).toEqual([join(folder, 'gone.driftcase')]);
    expect(existsSync(present)).toBe(true);
    expect(JSON.parse(readFileSync(join(configDir, RECENT_CASES_FILE), 'utf8'))).toMatchObject({ version: 1, cases: [{ path: join(folder, 'gone.driftcase') }] });
  });

  it('reads a missing or mangled list as empty, keeping only well-formed entries', async () => {
    const configDir = join(folder, 'mangled');
    const recent = recentCasesIn(configDir);
    expect(await recent.list()).toEqual([]);
    await recent.remember(join(folder, 'a.driftcase'));
    writeFileSync(join(configDir, RECENT_CASES_FILE), '{ not json');
    expect(await recent.list()).toEqual([]);
    writeFileSync(join(configDir, RECENT_CASES_FILE), JSON.stringify({ cases: [{ path: 3 }, { path: '/x.driftcase', openedAt: '2026-01-01T00:00:00Z' }] }));
    expect((await recent.list()).map((item) => item.path)).toEqual(['/x.driftcase']);
  });

  it('keeps nothing without a settings folder', async () => {
    const recent = recentCasesIn(null);
    await recent.remember(join(folder, 'a.driftcase'));
    expect(await recent.list()).toEqual([]);
  });

  it('is updated by the engine when a case is created or opened, and a list it cannot write never stops the case', async () => {
    const configDir = join(folder, 'engine');
    const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, configDir });
    const first = join(folder, 'first.driftcase');
    const second = join(folder, 'second.driftcase');
    unwrap(await service.handlers.createCase({ path: first }));
    unwrap(await service.handlers.createCase({ path: second }));
    unwrap(await service.handlers.openCase({ path: first }));
    expect(unwrap(await service.handlers.listRecentCases({})).map((item) => item.path)).toEqual([first, second]);
    expect(unwrap(await service.handlers.forgetRecentCase({ path: second })).map((item) => item.path)).toEqual([first]);
    service.close();

    // A settings "folder" that is a file cannot hold the list; opening still works.
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, '');
    const stuck = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, configDir: blocked });
    unwrap(await stuck.handlers.openCase({ path: first }));
    expect(unwrap(await stuck.handlers.listRecentCases({}))).toEqual([]);
    stuck.close();
    rmSync(blocked);
  });
});

describe('settings folder', () => {
  it('is DRIFTSCOPE_CONFIG_DIR, else XDG_CONFIG_HOME/driftscope, else ~/.config/driftscope', () => {
    expect(defaultConfigDir({ DRIFTSCOPE_CONFIG_DIR: '/tmp/ds', XDG_CONFIG_HOME: '/xdg' }, '/home/me')).toBe('/tmp/ds');
    expect(defaultConfigDir({ XDG_CONFIG_HOME: '/xdg' }, '/home/me')).toBe('/xdg/driftscope');
    expect(defaultConfigDir({ XDG_CONFIG_HOME: '' }, '/home/me')).toBe('/home/me/.config/driftscope');
    expect(configDirFromEnv({})).toBeNull();
    expect(configDirFromEnv({ DRIFTSCOPE_CONFIG_DIR: '' })).toBeNull();
  });
});
