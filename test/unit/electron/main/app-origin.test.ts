// The shell's origin rules: what counts as the app's own page, which requests pass, and which IPC senders are trusted.
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_START_URL,
  appOrigins,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  originOf,
} from '../../../../electron/main/app-origin';

const packaged = appOrigins(null);
const dev = appOrigins('http://localhost:5173/');

describe('originOf', () => {
  it('rebuilds the origin of the custom scheme, which Node reports as "null"', () => {
    expect(new URL(APP_START_URL).origin).toBe('null');
    expect(originOf(APP_START_URL)).toBe(APP_ORIGIN);
    expect(originOf('DRIFTSCOPE://APP/assets/x.js')).toBe(APP_ORIGIN);
  });

  it('gives null for URLs without a host or that do not parse', () => {
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('appOrigins', () => {
  it('allows only the app scheme when packaged', () => {
    expect(packaged).toEqual({ pages: [APP_ORIGIN], requests: [APP_ORIGIN] });
  });

  it('allows the dev server and its hot-reload socket in development', () => {
    expect(dev.pages).toEqual(['http://localhost:5173']);
    expect(dev.requests).toEqual(['http://localhost:5173', 'ws://localhost:5173']);
    expect(appOrigins('https://127.0.0.1:5173').requests).toContain('wss://127.0.0.1:5173');
  });
});

describe('isAppUrl', () => {
  it('accepts the app pages and rejects look-alikes', () => {
    expect(isAppUrl('driftscope://app/index.html', packaged.pages)).toBe(true);
    expect(isAppUrl('driftscope://evil/index.html', packaged.pages)).toBe(false);
    expect(isAppUrl('driftscope://app.evil.example/', packaged.pages)).toBe(false);
    expect(isAppUrl('https://app/index.html', packaged.pages)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', packaged.pages)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev.pages)).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev.pages)).toBe(true);
  });
});

describe('isAllowedRequest', () => {
  it('lets through the app, inline data and DevTools only', () => {
    expect(isAllowedRequest('driftscope://app/assets/index.js', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(true);
    expect(isAllowedRequest('https://example.com/track.gif', packaged)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/api', packaged)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', packaged)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', packaged)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
  });
});

describe('isTrustedSender', () => {
  const mainFrame = { processId: 4, routingId: 1, url: 'driftscope://app/index.html' };

  it('trusts the main frame showing the app page', () => {
    expect(isTrustedSender({ ...mainFrame }, mainFrame, packaged.pages)).toBe(true);
  });

  it('refuses a missing frame, another frame, or a foreign page', () => {
    expect(isTrustedSender(null, mainFrame, packaged.pages)).toBe(false);
    expect(isTrustedSender(mainFrame, null, packaged.pages)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, routingId: 2 }, mainFrame, packaged.pages)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, processId: 5 }, mainFrame, packaged.pages)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, url: 'https://example.com/' }, mainFrame, packaged.pages)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, url: 'about:blank' }, mainFrame, packaged.pages)).toBe(false);
  });
});
