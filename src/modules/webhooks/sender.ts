import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { RESPONSE_KEEP_BYTES, TIMEOUT_MS } from '../../domain/webhooks/retries.ts';
import type { Address } from './resolver.ts';

export interface SendResult {
  /** null when no response came (refused, timed out, reset) */
  status: number | null;
  body: string;
  durationMs: number;
  error: string | null;
}

/**
 * One POST to the vetted address. The URL's host still names the server (Host header, TLS SNI
 * and certificate check), but the socket goes only to `to`: the lookup answers that address and
 * nothing else. Redirects are never followed (node:http does not); no connection is reused.
 */
export function send(
  url: URL,
  to: Address,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const lookup: LookupFunction = (_host, opts, cb) => {
    if (opts.all) cb(null, [to]);
    else cb(null, to.address, to.family);
  };
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    lookup,
    agent: false,
    signal,
  };
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, durationMs: elapsed() });
    };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      const finish = () =>
        done({
          status: res.statusCode ?? null,
          body: Buffer.concat(chunks).subarray(0, RESPONSE_KEEP_BYTES).toString('utf8'),
          error: null,
        });
      res.on('data', (chunk: Buffer) => {
        if (kept < RESPONSE_KEEP_BYTES) chunks.push(chunk);
        kept += chunk.length;
        // The log keeps 4 KB: a receiver streaming more is not read to its end.
        if (kept >= RESPONSE_KEEP_BYTES) {
          finish();
          res.destroy();
        }
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    );
    req.on('error', (err) => done({ status: null, body: '', error: err.message }));
    req.end(body);
  });
}
