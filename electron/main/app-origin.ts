// Which origins count as the app itself (the privileged scheme, or the dev server while developing) and which frames may call it.

export const APP_SCHEME = 'driftscope';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export interface AppOrigins {
  /** Origins whose pages may be shown in the window and may call the engine. */
  pages: string[];
  /** Origins the window may load anything from: the pages, plus the dev server's hot-reload socket. */
  requests: string[];
}

/**
 * Scheme and host of a URL, lower-cased, or null when it has none. Node's `URL.origin` is "null" for
 * custom schemes such as driftscope://, so the origin is rebuilt here the way Chromium sees a standard scheme.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function appOrigins(devServerUrl: string | null): AppOrigins {
  const devOrigin = devServerUrl === null ? null : originOf(devServerUrl);
  if (devOrigin === null) return { pages: [APP_ORIGIN], requests: [APP_ORIGIN] };
  const socketOrigin = devOrigin.replace(/^http/, 'ws');
  return { pages: [devOrigin], requests: [devOrigin, socketOrigin] };
}

export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** Inline data and DevTools never leave the machine, so they pass; everything else must be the app's own. */
export function isAllowedRequest(url: string, origins: AppOrigins): boolean {
  if (/^(data|blob|devtools):/i.test(url)) return true;
  return isAppUrl(url, origins.requests);
}

/** The parts of Electron's WebFrameMain that identify a frame and where it is. */
export interface FrameIdentity {
  processId: number;
  routingId: number;
  url: string;
}

/**
 * A call is trusted only from our window's main frame showing our own page: an iframe, a popup or a page
 * navigated elsewhere (all blocked separately) must still not reach the engine if one ever appeared.
 * Distinct WebFrameMain objects for the same frame share processId and routingId, so those identify it.
 */
export function isTrustedSender(
  sender: FrameIdentity | null,
  mainFrame: FrameIdentity | null,
  pageOrigins: readonly string[],
): boolean {
  return (
    sender !== null &&
    mainFrame !== null &&
    sender.processId === mainFrame.processId &&
    sender.routingId === mainFrame.routingId &&
    isAppUrl(sender.url, pageOrigins)
  );
}
