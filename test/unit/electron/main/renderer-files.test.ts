// The app scheme serves only files inside the built renderer, with the right types and the same CSP as the page.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../../../electron/host/static-files';
import { rendererFileFor } from '../../../../electron/main/renderer-files';

const root = resolve('/srv/driftscope/out/renderer');
const projectRoot = join(import.meta.dirname, '..', '..', '..', '..');

describe('rendererFileFor', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(rendererFileFor(root, 'driftscope://app/')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'driftscope://app/index.html')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'driftscope://app/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(rendererFileFor(root, 'driftscope://app/assets/My%20Font.woff2')).toBe(join(root, 'assets', 'My Font.woff2'));
  });

  it('keeps dot segments the URL parser removes inside the folder', () => {
    expect(rendererFileFor(root, 'driftscope://app/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(rendererFileFor(root, 'driftscope://app/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(rendererFileFor(root, 'driftscope://app//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses escapes that only become a way out once decoded', () => {
    expect(rendererFileFor(root, 'driftscope://app/%2e%2e')).toBeNull();
    expect(rendererFileFor(root, 'driftscope://app/..%2f..%2fsecret')).toBeNull();
    expect(rendererFileFor(root, 'driftscope://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    expect(rendererFileFor(root, 'driftscope://app/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    const backslashes = rendererFileFor(root, 'driftscope://app/..%5c..%5csecret');
    expect(backslashes === null || backslashes.startsWith(root + sep)).toBe(true);
  });

  it('refuses other origins, malformed escapes and NUL bytes', () => {
    expect(rendererFileFor(root, 'driftscope://other/index.html')).toBeNull();
    expect(rendererFileFor(root, 'file:///srv/driftscope/out/renderer/index.html')).toBeNull();
    expect(rendererFileFor(root, 'driftscope://app/%E0%A4%A')).toBeNull();
    expect(rendererFileFor(root, 'driftscope://app/index.html%00.png')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('names the types the renderer build emits', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/index.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('assets/blob.bin')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const html = join(projectRoot, 'renderer', 'index.html');

  it.skipIf(!existsSync(html))('is the policy of the renderer page, plus the header-only frame-ancestors', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(html, 'utf8'));
    const withoutFrameAncestors = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim().replace(/\s+/g, ' '))
        .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'));
    expect(meta?.[1]).toBeDefined();
    expect(withoutFrameAncestors(meta?.[1] ?? '')).toEqual(withoutFrameAncestors(CONTENT_SECURITY_POLICY));
  });

  it('allows nothing remote and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
