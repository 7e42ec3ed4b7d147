import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { blockedAddress } from '../../domain/webhooks/addresses.ts';
import { MailFailure } from './mail-sync.service.ts';

/** Every address a host name resolves to (tests may answer for the DNS). */
export type MailResolver = (host: string) => Promise<string[]>;

export const dnsMailResolver: MailResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export interface HostPolicy {
  /** CHUHAI_MAIL_ALLOW_PRIVATE_HOSTS: a mail server on the same machine or network (tests, on-premises) */
  allowPrivate: boolean;
  resolve: MailResolver;
}

/**
 * The address to connect to for a user's mail server. Any user may enter any host and port, so
 * without this check the server could be made to knock on its own network (a database, a cloud
 * metadata service) and the error codes would tell an open port from a closed one. Unless private
 * hosts are allowed, every address of the name must be public, and the one returned is the one
 * connected to, so a DNS answer changed in between cannot steer the connection inside.
 */
export async function vetMailHost(policy: HostPolicy, host: string): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else {
    try {
      addresses = await policy.resolve(bare);
    } catch (err) {
      throw new MailFailure(
        'mail_host_not_found',
        err instanceof Error ? err.message : String(err),
      );
    }
  }
  const first = addresses[0];
  if (!first) throw new MailFailure('mail_host_not_found', `${bare} has no address`);
  if (!policy.allowPrivate)
    for (const a of addresses) {
      const range = blockedAddress(a);
      if (range)
        throw new MailFailure(
          'mail_host_private',
          `${bare} resolves to ${a} (${range}), which is not a public address`,
        );
    }
  return first;
}
