import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

/**
 * A real IMAP server for the mail tests: Debian's Dovecot in the foreground on 127.0.0.1 and a
 * free port, with a throwaway configuration, a passwd file and maildirs in a temp folder, running
 * as the current user. Plain IMAP without TLS: the tests exercise sync, not certificates.
 */
export class Dovecot {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(users: Record<string, string>): Promise<Dovecot> {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-dovecot-'));
    // The login process runs as another user when we are root; it must reach the auth socket.
    chmodSync(dir, 0o755);
    for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub));
    const { username } = userInfo();
    // Dovecot never reads mail as UID 0: as root, the maildirs belong to nobody.
    const { uid, gid } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : userInfo();
    for (const user of Object.keys(users)) {
      mkdirSync(join(dir, 'home', user));
      chownSync(join(dir, 'home', user), uid, gid);
    }
    writeFileSync(
      join(dir, 'passwd'),
      Object.entries(users)
        .map(([user, password]) => `${user}:{PLAIN}${password}:${uid}:${gid}::${dir}/home/${user}`)
        .join('\n') + '\n',
    );
    const port = await freePort();
    writeFileSync(
      join(dir, 'dovecot.conf'),
      config(dir, port, username, process.getuid?.() ?? uid),
    );
    const child = spawn('/usr/sbin/dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += String(d)));
    child.stderr?.on('data', (d) => (output += String(d)));
    const server = new Dovecot(port, dir, child);
    try {
      await waitForPort(port, child, () => output);
    } catch (err) {
      await server.stop();
      throw err;
    }
    return server;
  }

  /** The server's log, for a failing test's message. */
  log(): string {
    try {
      return readFileSync(join(this.dir, 'dovecot.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** APPENDs raw RFC 5322 messages (Buffers keep their 8-bit bytes) to a user's folder. */
  async append(user: string, password: string, folder: string, messages: (string | Buffer)[]) {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
      doSTARTTLS: false,
    });
    await client.connect();
    try {
      for (const raw of messages) await client.append(folder, raw, ['\\Seen']);
    } finally {
      await client.logout();
    }
  }

  /** Creates (or, with `remove`, deletes) a folder of a user's mailbox. */
  async folder(user: string, password: string, path: string, remove = false): Promise<void> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
      doSTARTTLS: false,
    });
    await client.connect();
    try {
      if (remove) await client.mailboxDelete(path);
      else await client.mailboxCreate(path);
    } finally {
      await client.logout();
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function config(dir: string, port: number, user: string, uid: number): string {
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A refused password answers at once: the tests check refusals, not brute-force delays.
auth_failure_delay = 0
default_internal_user = ${user}
default_internal_group = ${user === 'root' ? 'root' : user}
# imap-login refuses to run as root: as root, Debian's unprivileged dovenull takes that part.
default_login_user = ${uid === 0 ? 'dovenull' : user}
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited: ${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`dovecot did not listen on ${port}: ${output()}`);
}
