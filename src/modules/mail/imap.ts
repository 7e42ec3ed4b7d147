import { isIP } from 'node:net';
import { ImapFlow } from 'imapflow';
import type { MailTls } from '../../domain/mail/mail-vocabulary.ts';

export interface ImapSettings {
  host: string;
  port: number;
  tls: MailTls;
  username: string;
  password: string;
}

/**
 * A connected IMAP client, at `address` (the host's vetted address). Never logs: imapflow's logger would write the LOGIN command and with it
 * the password. Timeouts are short so a wrong host or port answers within seconds, not minutes.
 */
export async function connectImap(s: ImapSettings, address = s.host): Promise<ImapFlow> {
  const client = new ImapFlow({
    // The vetted address is connected to (src/modules/mail/mail-hosts.ts); TLS still checks the
    // certificate against the name the user entered.
    host: address,
    ...(isIP(s.host.replace(/^\[|\]$/g, '')) ? {} : { servername: s.host }),
    port: s.port,
    secure: s.tls === 'tls',
    doSTARTTLS: s.tls === 'starttls' ? true : s.tls === 'none' ? false : undefined,
    auth: { user: s.username, pass: s.password },
    logger: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    disableAutoIdle: true,
  });
  // A dropped connection emits 'error'; without a listener it would crash the process.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** A folder of the server (IMAP LIST), as the mailbox settings offer it. */
export interface ServerFolder {
  path: string;
  name: string;
  /** `\Sent`, `\Junk`, … (RFC 6154), or null */
  specialUse: string | null;
  /** INBOX and the Sent folder: always read */
  always: boolean;
}

const SENT_NAMES = /^(sent|sent items|sent messages|已发送)$/i;

/** Every folder the server lists that can hold messages, INBOX and Sent marked `always`. */
export async function serverFolders(client: ImapFlow): Promise<ServerFolder[]> {
  const list = (await client.list()).filter((f) => !f.flags?.has('\\Noselect'));
  const sent =
    list.find((f) => f.specialUse === '\\Sent') ?? list.find((f) => SENT_NAMES.test(f.name));
  return list.map((f) => ({
    path: f.path,
    name: f.name,
    specialUse: f.specialUse ?? null,
    always: f.path.toUpperCase() === 'INBOX' || f.path === sent?.path,
  }));
}

/**
 * The folders a sync reads: INBOX, the Sent folder the server marks \Sent (else "Sent"), and
 * the `chosen` ones the server still has (a folder removed on the server is passed over).
 */
export async function syncFolders(
  client: ImapFlow,
  chosen: readonly string[] = [],
): Promise<{ path: string; sent: boolean }[]> {
  const list = await serverFolders(client);
  const sent =
    list.find((f) => f.always && f.specialUse === '\\Sent') ??
    list.find((f) => f.always && f.path.toUpperCase() !== 'INBOX');
  const folders = [{ path: 'INBOX', sent: false }];
  if (sent) folders.push({ path: sent.path, sent: true });
  for (const path of chosen)
    if (list.some((f) => f.path === path && !f.always)) folders.push({ path, sent: false });
  return folders;
}

export async function closeQuietly(client: ImapFlow): Promise<void> {
  try {
    await client.logout();
  } catch {
    client.close();
  }
}
