import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Config {
  dataDir: string;
  databaseUrl: string;
  port: number;
  host: string;
  /** signs session cookies; from CHUHAI_SECRET or generated once into the data directory */
  secret: string;
  /** Secure cookies when served over HTTPS (set CHUHAI_SECURE_COOKIES=1 behind TLS). */
  secureCookies: boolean;
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
