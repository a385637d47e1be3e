import { describe, expect, it } from 'vitest';
import { hostCallPath } from '../../../../shared/contract';
import { createHttpClient, type FetchLike } from '../../../../renderer/src/api/http-client';

interface Sent {
  url: string;
  init: RequestInit;
}

function fetchAnswering(answer: () => Promise<Response>): { fetch: FetchLike; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: (url, init) => {
      sent.push({ url, init });
      return answer();
    },
  };
}

describe('http client', () => {
  it('POSTs the JSON request to the call’s path with the session cookie and returns the Result body', async () => {
    const value = { path: '/x', entries: [], parent: '/' };
    const host = fetchAnswering(async () => Response.json({ ok: true, value }));
    const api = createHttpClient(host.fetch);

    const result = await api.listDirectory({ path: '/x' });

    expect(result).toEqual({ ok: true, value });
    expect(host.sent[0]?.url).toBe(hostCallPath('listDirectory'));
    expect(host.sent[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/x' }),
    });
  });

  it('has a method for every call, including shell calls', async () => {
    const host = fetchAnswering(async () => Response.json({ ok: true, value: { paths: [] } }));
    const api = createHttpClient(host.fetch);

    await api.pickExportPath({ suggestedName: 'a.csv' });

    expect(host.sent[0]?.url).toBe('/api/call/pickExportPath');
  });

  it('passes on the Result the host sends with an error status', async () => {
    const failure = { ok: false, error: { code: 'bad_request', message: 'createCase: path required' } };
    const api = createHttpClient(fetchAnswering(async () => Response.json(failure, { status: 400 })).fetch);

    expect(await api.createCase({ path: '' })).toEqual(failure);
  });

  it('turns a body that is not a Result into an internal error naming the HTTP status', async () => {
    const api = createHttpClient(
      fetchAnswering(async () => new Response('Open the URL that `driftscope serve` printed', { status: 401, statusText: 'Unauthorized' })).fetch,
    );

    const result = await api.getAppInfo({});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toContain('HTTP 401');
    expect(result.error.message).toContain('getAppInfo');
  });

  it('turns a network failure into an internal error instead of throwing', async () => {
    const api = createHttpClient(fetchAnswering(() => Promise.reject(new TypeError('Failed to fetch'))).fetch);

    const result = await api.listTables({});

    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Cannot reach the Driftscope host (listTables): Failed to fetch' },
    });
  });
});
