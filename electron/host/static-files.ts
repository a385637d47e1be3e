// Serving the built renderer, for the loopback host and the desktop app scheme alike: path guard, content types, CSP.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The one page policy: nothing from any other origin, no inline or evaluated script. renderer/index.html carries
 * the same policy in its meta tag, less frame-ancestors, which browsers honour only as a response header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file an encoded URL path names inside root ('/' is index.html), or null for a malformed escape or a path that
 * leaves root (percent-encoded `..` and separators are decoded before the check, not after).
 */
export function resolveRendererPath(root: string, encodedPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${sep}${pathname === '/' ? 'index.html' : pathname}`);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The file's bytes and type, or null when the path is refused or the file is absent. */
export async function readStaticFile(root: string, encodedPath: string): Promise<StaticFile | null> {
  const path = resolveRendererPath(root, encodedPath);
  if (path === null) return null;
  try {
    return { body: await readFile(path), contentType: contentTypeOf(path) };
  } catch {
    return null;
  }
}
