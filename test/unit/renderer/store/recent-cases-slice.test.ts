// The start screen's recent cases against a fake API.
import { describe, expect, it } from 'vitest';
import type { RecentCase } from '../../../../shared/model/home';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { err, fakeApi, ok } from '../fake-api';

const RECENT: RecentCase[] = [
  { path: '/cases/b.driftcase', openedAt: '2026-11-26T10:00:00Z', exists: true },
  { path: '/cases/a.driftcase', openedAt: '2026-11-25T10:00:00Z', exists: false },
];

describe('recent cases slice', () => {
  it('loads the list, then forgets one', async () => {
    const fake = fakeApi({
      listRecentCases: async () => ok(RECENT),
      forgetRecentCase: async ({ path }) => ok(RECENT.filter((item) => item.path !== path)),
    });
    const store = createAppStore(fake.api);
    expect(store.getState().recentCases).toBeNull();
    await store.getState().loadRecentCases();
    expect(store.getState().recentCases).toEqual(RECENT);
    await store.getState().forgetRecentCase('/cases/a.driftcase');
    expect(fake.calls[1]).toEqual({ name: 'forgetRecentCase', request: { path: '/cases/a.driftcase' } });
    expect(store.getState().recentCases).toEqual([RECENT[0]]);
  });

  it('shows why the list could not be read', async () => {
    const fake = fakeApi({ listRecentCases: async () => err('internal', 'settings folder unreadable') });
    const store = createAppStore(fake.api);
    await store.getState().loadRecentCases();
    expect(store.getState().error).toEqual({ code: 'internal', message: 'settings folder unreadable' });
    expect(store.getState().recentCases).toBeNull();
  });
});
