import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { vetHost, type Resolver } from '../webhooks/resolver.ts';

export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;

/**
 * GETs a feed: the host vetted as webhooks are (public addresses only unless the feed allows
 * private networks; the socket goes to the vetted address), no redirects followed, 10 s for the
 * whole answer, at most 5 MB read. Every failure is a rejected promise with a plain message,
 * never an uncaught error.
 */
export async function fetchFeed(
  resolve: Resolver,
  raw: string,
  allowPrivate: boolean,
  limits = { timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES },
): Promise<string> {
  const url = new URL(raw);
  const to = await vetHost(resolve, url, allowPrivate);
  const lookup: LookupFunction = (_host, opts, cb) => {
    if (opts.all) cb(null, [to]);
    else cb(null, to.address, to.family);
  };
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const done = (err: Error | null, body?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolvePromise(body!);
    };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        lookup,
        agent: false,
        headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' },
      },
      (res) => {
        if ((res.statusCode ?? 0) >= 300) {
          res.resume();
          done(new Error(`the server answered ${res.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            res.destroy();
            done(
              new Error(`the feed is larger than ${Math.round(limits.maxBytes / 1024 ** 2)} MB`),
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
        res.on('error', (e) => done(e));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done(new Error(`no complete answer within ${limits.timeoutMs / 1000} s`));
    }, limits.timeoutMs);
    req.on('error', (e) => done(e));
    req.end();
  });
}
