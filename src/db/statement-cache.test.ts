import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.ts';

describe('cachingStatements', () => {
  const open = () => {
    const raw = new SQLite(':memory:');
    raw.exec('create table t (n integer)');
    raw.exec('insert into t values (1), (2), (3)');
    return cachingStatements(raw, 2);
  };

  it('hands out the same prepared statement for the same SQL', () => {
    const db = open();
    expect(db.prepare('select n from t')).toBe(db.prepare('select n from t'));
    db.close();
  });

  it('keeps only the most recently used statements', () => {
    const db = open();
    const a = db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3'); // evicts "select 2", the least recently used
    expect(db.prepare('select 1')).toBe(a);
    const b = db.prepare('select 2');
    expect(db.prepare('select 2')).toBe(b);
    db.close();
  });

  it('never shares a statement that is still iterating', () => {
    const db = open();
    const outer = db.prepare('select n from t');
    const seen: number[] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = db.prepare('select n from t');
      expect(inner).not.toBe(outer);
      seen.push(row.n, (inner.all([]) as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    db.close();
  });
});
