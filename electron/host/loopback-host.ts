// The contract over HTTP on 127.0.0.1 for browser mode: per-run token, Host/Origin checks, built renderer served.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  API_CALLS,
  HOST_EVENTS_PATH,
  HOST_TOKEN_HEADER,
  hostCallPath,
  type CallName,
  type EngineHandlers,
  type ShellHandlers,
} from '../../shared/contract';
import { err, type Result } from '../../shared/result';
import type { EventStream } from './event-stream';
import { isAllowedHost, isAllowedOrigin, TOKEN_COOKIE, tokenFromCookie, tokensMatch } from './request-guard';
import { CONTENT_SECURITY_POLICY, readStaticFile } from './static-files';

const MAX_BODY_BYTES = 1 << 20;

export interface HostOptions {
  engine: EngineHandlers;
  shell: ShellHandlers;
  events: EventStream;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface RunningHost {
  /** The URL to open: carries the token once, which the host swaps for a cookie. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const handlers = { ...options.engine, ...options.shell } as Record<CallName, (request: unknown) => Promise<Result<unknown>>>;
  const callNames = new Map(API_CALLS.map((name) => [hostCallPath(name), name]));
  let port = 0;

  const server = createServer((request, response) => {
    setCommonHeaders(response);
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, err('internal', String(error)));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return sendText(response, 421, 'Unknown host');
    if (!isAllowedOrigin(request.headers.origin, port)) return sendText(response, 403, 'Cross-origin request refused');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (request.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokensMatch(token, url.searchParams.get('token') ?? undefined)) return sendText(response, 401, 'Wrong token');
      response.setHeader('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      response.writeHead(303, { location: '/' });
      return void response.end();
    }
    const given = tokenFromCookie(request.headers.cookie) ?? headerValue(request, HOST_TOKEN_HEADER);
    if (!tokensMatch(token, given)) {
      return sendText(response, 401, 'Open the URL that `driftscope serve` printed (it carries this run\'s token)');
    }
    const callName = callNames.get(url.pathname);
    if (callName !== undefined) return handleCall(request, response, callName);
    if (url.pathname === HOST_EVENTS_PATH && request.method === 'GET') return options.events.attach(response);
    if (url.pathname.startsWith('/api/')) return sendJson(response, 404, err('not_found', `No such call: ${url.pathname}`));
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (file === null) return sendText(response, 404, 'Not found');
    response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, name: CallName): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, err('bad_request', `${name}: use POST`));
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, err('bad_request', `${name}: the body must be application/json`));
    }
    const body = await readBody(request);
    if (body === null) return sendJson(response, 413, err('bad_request', `${name}: request body too large`));
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, err('bad_request', `${name}: the body is not valid JSON`));
    }
    sendJson(response, 200, await handlers[name](parsed));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: async () => {
      options.events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function setCommonHeaders(response: ServerResponse): void {
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
  response.setHeader('cache-control', 'no-store');
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
