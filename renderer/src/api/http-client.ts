// The contract over the loopback host: one POST per call, the JSON Result as the body, auth by the host's cookie.
import { hostCallPath, type ApiClient } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { buildClient } from './build-client';
import { describeError, internalFailure, isResult, parseJson } from './failure';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export function createHttpClient(fetchFn: FetchLike): ApiClient {
  return buildClient(async (name, request) => {
    let response: Response;
    try {
      response = await fetchFn(hostCallPath(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        credentials: 'same-origin',
      });
    } catch (error) {
      return internalFailure(`Cannot reach the Driftscope host (${name}): ${describeError(error)}`);
    }
    return readResult(name, response);
  });
}

async function readResult(name: string, response: Response): Promise<Result<unknown>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return internalFailure(`${name}: the host's answer was cut off (HTTP ${response.status}): ${describeError(error)}`);
  }
  const body = parseJson(text);
  if (isResult(body)) return body;
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const detail = text.trim().slice(0, 200);
  return internalFailure(`${name}: the host answered ${status} without a result${detail ? `: ${detail}` : ''}`);
}
