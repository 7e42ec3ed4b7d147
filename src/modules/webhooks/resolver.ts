import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import { blockedAddress, urlProblem } from '../../domain/webhooks/addresses.ts';

export interface Address {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to (tests inject their own to play a DNS rebinding). */
export type Resolver = (hostname: string) => Promise<Address[]>;

export const dnsResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** Why a host may not be used: it resolves nowhere, or to an address that is not public. */
export class HostRefused extends Error {
  override name = 'HostRefused';
  constructor(
    readonly code: 'webhook_url_unresolvable' | 'webhook_url_private_network',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The address to connect to for a URL's host: an IP literal as is, a name resolved now. Unless
 * private networks are allowed, EVERY address the name has must be public (a name with one public
 * and one internal address could be answered either way next time) and the one returned is then
 * the one connected to, so a DNS answer changed between check and connect (rebinding) cannot
 * steer the request inside.
 */
export async function vetHost(
  resolve: Resolver,
  url: URL,
  allowPrivate: boolean,
): Promise<Address> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  let addresses: Address[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      throw new HostRefused(
        'webhook_url_unresolvable',
        `${host} does not resolve: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const first = addresses[0];
  if (!first) throw new HostRefused('webhook_url_unresolvable', `${host} has no address`);
  if (!allowPrivate)
    for (const a of addresses) {
      const range = blockedAddress(a.address);
      if (range)
        throw new HostRefused(
          'webhook_url_private_network',
          `${host} resolves to ${a.address} (${range}), which is not a public address`,
        );
    }
  return first;
}

/**
 * An endpoint URL as saved: refused by its shape (a field error on `/url`), then, unless private
 * networks are allowed, by where its host resolves now.
 */
export async function checkUrl(
  resolve: Resolver,
  url: string,
  allowPrivate: boolean,
): Promise<void> {
  const problem = urlProblem(url, allowPrivate);
  if (problem) throw AppError.validation([fieldError('/url', problem)]);
  if (allowPrivate) return;
  try {
    await vetHost(resolve, new URL(url), false);
  } catch (err) {
    if (err instanceof HostRefused)
      throw AppError.validation([fieldError('/url', err.code)], err.message);
    throw err;
  }
}
