import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  /** the bytes as they came over the wire (DATA) */
  raw: Buffer;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
  user: string | undefined;
}

/**
 * A real SMTP server for the sending tests: nodemailer's `smtp-server` in this process on
 * 127.0.0.1 and a free port, plain SMTP with AUTH PLAIN/LOGIN against the given users. It keeps
 * every message's raw bytes, and parses them with mailparser as a mail client would.
 */
export class SmtpReceiver {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly received: Received[],
  ) {}

  static async start(users: Record<string, string>): Promise<SmtpReceiver> {
    const received: Received[] = [];
    const server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username && users[auth.username] === auth.password)
          cb(null, { user: auth.username });
        else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          void simpleParser(raw).then((parsed) => {
            received.push({
              raw,
              parsed,
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              user: session.user as string | undefined,
            });
            cb();
          }, cb);
        });
      },
    });
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return new SmtpReceiver(server, port, received);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
