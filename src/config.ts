import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cronProblem } from './domain/jobs/cron.ts';

export interface Config {
  dataDir: string;
  databaseUrl: string;
  port: number;
  host: string;
  /** signs session cookies; from CHUHAI_SECRET or generated once into the data directory */
  secret: string;
  /** Secure cookies when served over HTTPS (set CHUHAI_SECURE_COOKIES=1 behind TLS). */
  secureCookies: boolean;
  /**
   * Whose `X-Forwarded-For` / `X-Forwarded-Proto` to believe (Fastify's `trustProxy`): nobody by
   * default, else the proxies' addresses or CIDRs (CHUHAI_TRUST_PROXY=127.0.0.1,10.0.0.0/8) or a
   * hop count (CHUHAI_TRUST_PROXY=1). Sign-in and lead-form limits and the audit log use the
   * client address this yields, so trusting everyone would let any caller choose theirs.
   */
  trustProxy: TrustProxy;
  /** Bearer token `GET /metrics` requires (CHUHAI_METRICS_TOKEN); unset: `/metrics` is a 404. */
  metricsToken?: string;
  /** pino level of the JSON log on stdout (LOG_LEVEL): one `info` line per request by default */
  logLevel: string;
  /** mail servers on private or loopback addresses may be used (CHUHAI_MAIL_ALLOW_PRIVATE_HOSTS=1) */
  mailAllowPrivateHosts: boolean;
  /**
   * The address users and customers reach the app at (CHUHAI_PUBLIC_URL, e.g.
   * https://crm.example.com): campaign mail carries absolute unsubscribe links under it.
   */
  publicUrl: string;
  /** tickets' attachments: CHUHAI_ATTACHMENTS_DIR (default <data>/uploads/attachments) and CHUHAI_ATTACHMENT_MAX_MB (10) */
  attachments: { dir: string; maxBytes: number };
  /** scheduled backups (CHUHAI_BACKUP_DIR set): where, how many kept, when (cron in a zone) */
  backups?: ScheduledBackups;
}

export interface ScheduledBackups {
  dir: string;
  keep: number;
  cron: string;
  timeZone: string;
}

/** `CHUHAI_BACKUP_DIR` turns scheduled backups on; keep 7, nightly 02:30 UTC unless told. */
export function parseBackups(env: NodeJS.ProcessEnv): ScheduledBackups | undefined {
  const dir = env.CHUHAI_BACKUP_DIR?.trim();
  if (!dir) return undefined;
  const keep = Number(env.CHUHAI_BACKUP_KEEP ?? 7);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error('CHUHAI_BACKUP_KEEP must be a whole number of 1 or more');
  const cron = env.CHUHAI_BACKUP_CRON?.trim() || '30 2 * * *';
  const timeZone = env.CHUHAI_BACKUP_TIME_ZONE?.trim() || 'UTC';
  const problem = cronProblem(cron, timeZone);
  if (problem) throw new Error(`CHUHAI_BACKUP_CRON / CHUHAI_BACKUP_TIME_ZONE: ${problem}`);
  return { dir: resolve(dir), keep, cron, timeZone };
}

export type TrustProxy = false | number | string[];

/** Fastify's `trustProxy`; its types lack the hop count, so a count becomes the function it means. */
export function fastifyTrustProxy(
  trust: TrustProxy | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust ?? false;
}

/** `CHUHAI_TRUST_PROXY`: empty → trust nobody; `2` → hop count; else comma-separated addresses/CIDRs. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : false;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.CHUHAI_DATA_DIR ?? 'data');
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL ?? join(dataDir, 'chuhai.db'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    secret: env.CHUHAI_SECRET ?? loadOrCreateSecret(dataDir),
    secureCookies: env.CHUHAI_SECURE_COOKIES === '1',
    trustProxy: parseTrustProxy(env.CHUHAI_TRUST_PROXY),
    metricsToken: env.CHUHAI_METRICS_TOKEN?.trim() || undefined,
    mailAllowPrivateHosts: env.CHUHAI_MAIL_ALLOW_PRIVATE_HOSTS === '1',
    publicUrl: (env.CHUHAI_PUBLIC_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(
      /\/+$/,
      '',
    ),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    backups: parseBackups(env),
    attachments: {
      dir: resolve(env.CHUHAI_ATTACHMENTS_DIR?.trim() || join(dataDir, 'uploads', 'attachments')),
      maxBytes:
        Math.round(Number(env.CHUHAI_ATTACHMENT_MAX_MB || 10) * 1024 * 1024) || 10 * 1024 * 1024,
    },
  };
}

function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}
