import { describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { createTestDatabase } from '../support/databases.ts';

/** The jobs page names every kind of job and every schedule in both languages, not by its code. */
describe('job names on the admin page', () => {
  it('has an English and a Chinese name for every job kind and schedule the server defines', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const { runner } = createContainer(database.db, {
        uploadsDir: null,
        // Scheduled backups exist only when configured: configure them so they are checked too.
        backups: { dir: '/tmp/never', keep: 1, cron: '30 2 * * *', timeZone: 'UTC' },
      }).jobs;
      const kinds = runner.kindNames();
      const schedules = runner.scheduleNames();
      expect(kinds.length).toBeGreaterThan(5);
      for (const messages of [en, zhCN]) {
        expect(kinds.filter((k) => !(k in messages.jobs.kinds))).toEqual([]);
        expect(schedules.filter((s) => !(s in messages.jobs.schedules.names))).toEqual([]);
      }
    } finally {
      await database.drop();
    }
  });
});
