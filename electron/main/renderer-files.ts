// What the app scheme serves: files of the built renderer, and only for driftscope://app URLs.
import { resolveRendererPath } from '../host/static-files';
import { APP_ORIGIN, originOf } from './app-origin';

/** The file a driftscope://app URL names inside `rendererDir`, or null for any other origin or a refused path. */
export function rendererFileFor(rendererDir: string, requestUrl: string): string | null {
  if (originOf(requestUrl) !== APP_ORIGIN) return null;
  return resolveRendererPath(rendererDir, new URL(requestUrl).pathname);
}
