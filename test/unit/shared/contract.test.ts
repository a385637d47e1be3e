// The contract's lists of calls and events: complete, unique, and implemented by each adapter.
import { describe, expect, it } from 'vitest';
import { API_CALLS, ENGINE_CALLS, PUSH_EVENTS, SHELL_CALLS, hostCallPath, ipcChannel } from '../../../shared/contract';
import { browserShell } from '../../../electron/host/browser-shell';

describe('contract', () => {
  it('lists every call once, engine calls and shell calls apart', () => {
    expect(new Set(API_CALLS).size).toBe(API_CALLS.length);
    expect(API_CALLS).toEqual([...ENGINE_CALLS, ...SHELL_CALLS]);
    expect(ENGINE_CALLS).toContain('getTablePage');
    expect(SHELL_CALLS).toContain('pickImportFiles');
    expect(PUSH_EVENTS).toEqual(['onImportProgress', 'onAnalysisProgress', 'onMenuCommand']);
  });

  it('names calls verb-noun in camelCase and push events on<Event>', () => {
    for (const name of API_CALLS) expect(name).toMatch(/^[a-z]+[A-Z][A-Za-z]+$/);
    for (const name of PUSH_EVENTS) expect(name).toMatch(/^on[A-Z][A-Za-z]+$/);
  });

  it('gives each call a distinct IPC channel and host path', () => {
    expect(new Set(API_CALLS.map(ipcChannel)).size).toBe(API_CALLS.length);
    expect(new Set(API_CALLS.map(hostCallPath)).size).toBe(API_CALLS.length);
  });

  it('has the browser shell implement every shell call', () => {
    expect(Object.keys(browserShell).sort()).toEqual([...SHELL_CALLS].sort());
  });
});
