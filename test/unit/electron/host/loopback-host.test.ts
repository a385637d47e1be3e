// The loopback host: 127.0.0.1 only, the per-run token on every request, Host and Origin checked, calls and events served.
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostCallPath, HOST_EVENTS_PATH, HOST_TOKEN_HEADER } from '../../../../shared/contract';
import { createEngineService } from '../../../../electron/engine/engine-service';
import { browserShell } from '../../../../electron/host/browser-shell';
import { createEventStream } from '../../../../electron/host/event-stream';
import { startHost, type RunningHost } from '../../../../electron/host/loopback-host';
import { tempFolder } from '../../../support/temp-folder';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  host: RunningHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(path, host.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: url.port, path: `${url.pathname}${url.search}`, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback host', () => {
  const folder = tempFolder();
  const renderer = join(folder, 'renderer');
  const events = createEventStream();
  const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: events.emit });
  let host: RunningHost;
  const auth = () => ({ [HOST_TOKEN_HEADER]: host.token });
  const call = (name: Parameters<typeof hostCallPath>[0], body: unknown, headers: Record<string, string> = {}) =>
    send(host, hostCallPath(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(), ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Driftscope</title>');
    writeFileSync(join(folder, 'secret.txt'), 'outside the renderer');
    host = await startHost({ engine: service.handlers, shell: browserShell, events, rendererDir: renderer });
  });
  afterAll(async () => {
    await host.close();
    service.close();
  });

  it('listens on 127.0.0.1 with a random port and a long random token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  it('refuses any request without the token', async () => {
    expect((await send(host, '/')).status).toBe(401);
    expect((await send(host, '/', { headers: { cookie: 'driftscope_token=wrong' } })).status).toBe(401);
    expect((await send(host, `/?token=wrong`)).status).toBe(401);
    const reply = await send(host, hostCallPath('getAppInfo'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('swaps the token in the URL for a strict HttpOnly cookie, then serves the app', async () => {
    const bootstrap = await send(host, `/?token=${host.token}`);
    expect(bootstrap.status).toBe(303);
    const cookie = String(bootstrap.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(host, '/', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Driftscope</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const port = new URL(host.origin).port;
    expect((await send(host, '/', { headers: { ...auth(), host: `evil.example:${port}` } })).status).toBe(421);
    expect((await call('getAppInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('getAppInfo', {}, { origin: host.origin })).status).toBe(200);
  });

  it('answers contract calls with Result values', async () => {
    const info = JSON.parse((await call('getAppInfo', {})).body);
    expect(info).toMatchObject({ ok: true, value: { mode: 'browser', nativeDialogs: false, openCase: null } });
    const noCase = JSON.parse((await call('listTables', {})).body);
    expect(noCase).toMatchObject({ ok: false, error: { code: 'no_case' } });
    const dialog = JSON.parse((await call('pickImportFiles', {})).body);
    expect(dialog).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('refuses non-JSON bodies and unknown paths', async () => {
    const form = await send(host, hostCallPath('getAppInfo'), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const garbage = await send(host, hostCallPath('getAppInfo'), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await send(host, '/api/call/dropEverything', { method: 'POST', headers: auth() })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(host, path, { headers: auth() });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('streams push events to an open event stream', async () => {
    const url = new URL(HOST_EVENTS_PATH, host.origin);
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: auth() }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('onMenuCommand')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.emit('onMenuCommand', 'import-files');
    expect(await received).toContain('event: onMenuCommand\ndata: "import-files"\n\n');
  });
});
