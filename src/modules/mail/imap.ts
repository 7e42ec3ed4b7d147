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

/** The folders a sync reads: INBOX, and the Sent folder the server marks \Sent (else "Sent"). */
export async function syncFolders(client: ImapFlow): Promise<{ path: string; sent: boolean }[]> {
  const list = await client.list();
  const sent =
    list.find((f) => f.specialUse === '\\Sent') ??
    list.find((f) => /^(sent|sent items|sent messages|已发送)$/i.test(f.name));
  const folders = [{ path: 'INBOX', sent: false }];
  if (sent) folders.push({ path: sent.path, sent: true });
  return folders;
}

export async function closeQuietly(client: ImapFlow): Promise<void> {
  try {
    await client.logout();
  } catch {
    client.close();
  }
}
