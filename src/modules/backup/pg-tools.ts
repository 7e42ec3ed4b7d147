import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** PostgreSQL's client tools are missing or failed; the message says what to do. */
export class PgToolError extends Error {}

/** `pg_dump -Fc` of the database at `url` into `file`, inside an exported snapshot when given. */
export async function pgDump(url: string, file: string, snapshot?: string): Promise<void> {
  const args = ['--format=custom', '--file', file];
  if (snapshot) args.push(`--snapshot=${snapshot}`);
  await runTool('pg_dump', url, args);
}

/**
 * `pg_restore` of a custom-format dump into the database at `url`, in one transaction so a failed
 * restore leaves nothing behind; `clean` drops the dump's objects first (restore --force).
 */
export async function pgRestore(url: string, file: string, clean: boolean): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction'];
  if (clean) args.push('--clean', '--if-exists');
  await runTool('pg_restore', url, [...args, file]);
}

async function runTool(tool: string, url: string, args: string[]): Promise<void> {
  // The password goes in the environment, not the command line other users can read in `ps`.
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const bin = process.env.CHUHAI_PG_BIN_DIR ? join(process.env.CHUHAI_PG_BIN_DIR, tool) : tool;
  const child = spawn(bin, [`--dbname=${target.toString()}`, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new PgToolError(
              `${tool} was not found (${bin}): install the PostgreSQL client tools of the server's major version or newer (Debian/Ubuntu: apt install postgresql-client), or set CHUHAI_PG_BIN_DIR to their folder`,
            )
          : err,
      ),
    );
    child.once('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0)
    throw new PgToolError(`${tool} failed (exit ${code}): ${stderr.trim().replace(/\s+/g, ' ')}`);
}
