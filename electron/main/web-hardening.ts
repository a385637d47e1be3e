// Locks down every web page the app shows: no permissions, no foreign requests, no navigation away, no popups or webviews.
import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, type AppOrigins } from './app-origin';

/** Driftscope needs no camera, notification, clipboard-read or other web permission, so none is ever granted. */
export function hardenSession(session: Session, origins: AppOrigins): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) console.warn(`Driftscope blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/** Applied to every WebContents as it is created, so nothing the app ever opens escapes these rules. */
export function hardenWebContents(contents: WebContents, origins: AppOrigins): void {
  const stayOnAppOrigin = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(event.url, origins.pages)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
