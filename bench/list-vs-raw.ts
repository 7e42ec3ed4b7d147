/**
 * Issue #10's per-request cost: the customer page `country=DE&limit=50` through the whole API
 * (in process, and over loopback HTTP one request at a time) against the same page read by raw
 * SQL on the same file (same filter, same order, live rows only, one prepared statement).
 */
import SQLite from 'better-sqlite3';
import type { App } from '../src/http/types.ts';
import { percentile } from './stats.ts';

export interface ListVsRaw {
  who: string;
  api: { p50: number; p95: number };
  http: { p50: number; p95: number };
  raw: { p50: number; p95: number };
}

async function timed(n: number, fn: () => unknown) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function listVsRaw(
  app: App,
  file: string,
  actors: { who: string; token: string; ownerId: string | null; workspaceId: string }[],
  requests: number,
): Promise<ListVsRaw[]> {
  const url = '/api/v1/customers?country=DE&limit=50';
  const sqlite = new SQLite(file, { readonly: true });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const out: ListVsRaw[] = [];
  try {
    for (const { who, token, ownerId, workspaceId } of actors) {
      const headers = { authorization: `Bearer ${token}` };
      const raw = sqlite.prepare(
        `select * from customers where workspace_id = ? ${ownerId ? 'and owner_id = ?' : ''}
         and deleted_at is null and country = 'DE' order by id desc limit 51`,
      );
      const args = ownerId ? [workspaceId, ownerId] : [workspaceId];
      const api = () => app.inject({ method: 'GET', url, headers });
      const http = async () => (await fetch(address + url, { headers })).text();
      for (let i = 0; i < 20; i++) {
        await api();
        await http();
        raw.all(...args);
      }
      out.push({
        who,
        api: await timed(requests, api),
        http: await timed(requests, http),
        raw: await timed(requests, () => raw.all(...args)),
      });
    }
  } finally {
    sqlite.close();
  }
  return out;
}
