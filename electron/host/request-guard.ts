// Pure checks every loopback request passes: the Host and Origin it claims, and the per-run token it carries.
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'driftscope_token';

/** Names under which the host may be addressed; anything else (e.g. a rebinding domain) is refused. */
function allowedAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedAuthorities(port).includes(hostHeader.toLowerCase());
}

/** A request without Origin (same-origin GET, curl) passes; one with Origin must come from the host itself. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return allowedAuthorities(port).some((authority) => originHeader.toLowerCase() === `http://${authority}`);
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenFromCookie(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}
