import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { checklistFor } from '../../domain/reputation/incidents.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const political = {
  title: 'Opposition MP questions our tender win',
  kind: 'political',
  severity: 'medium',
  countries: ['KZ'],
};
const ours = [
  { key: 'embassy', en: 'Brief the commercial counsellor', zh: '向商务参赞通报' },
  { en: 'Ask the local partner to speak first', zh: '请本地合作伙伴先发声' },
];

describe.each(testDialects())('incident playbooks on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx?.close());
  const stored = async () =>
    (await ctx.db.selectFrom('incident_playbooks').selectAll().execute()).length;

  it('reads the shipped playbooks (managers, admins); reps 403', async () => {
    const res = await ctx.client(org.westManager).get('/incident-playbooks');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Json[];
    expect(items.map((p) => p.kind)).toEqual([
      'product_safety',
      'data_security',
      'labour_ethics',
      'political',
      'environmental',
      'other',
    ]);
    expect(items.every((p) => !p.custom)).toBe(true);
    expect(items[3].steps).toEqual(checklistFor('political'));
    expect((await ctx.client(org.eastRep).get('/incident-playbooks')).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get('/incident-playbooks/political')).statusCode).toBe(
      403,
    );
  });

  it('refuses bad playbooks with field errors and writes nothing; only admins edit', async () => {
    const admin = ctx.client(org.admin);
    const codes = async (body: Record<string, unknown>) => {
      const res = await admin.put('/incident-playbooks/political', body);
      expect(res.statusCode).toBe(400);
      return res.json().errors.map((e: Json) => [e.path, e.code]);
    };
    expect(
      await codes({
        steps: [
          { key: 'a', en: 'x', zh: '' },
          { key: 'a', en: ' ', zh: 'y' },
        ],
      }),
    ).toEqual([
      ['/steps/0/zh', 'required'],
      ['/steps/1/key', 'taken'],
      ['/steps/1/en', 'required'],
    ]);
    expect((await admin.put('/incident-playbooks/political', { steps: [] })).statusCode).toBe(400);
    expect((await admin.put('/incident-playbooks/rumour', { steps: ours })).statusCode).toBe(400);
    expect(
      (await admin.put('/incident-playbooks/political', { steps: [{ en: 'x' }] })).statusCode,
    ).toBe(400);
    const manager = await ctx.client(org.eastManager).put('/incident-playbooks/political', {
      steps: ours,
    });
    expect(manager.statusCode).toBe(403);
    expect(await stored()).toBe(0);
  });

  it('starts new incidents with the workspace’s playbook; open ones keep theirs', async () => {
    const manager = ctx.client(org.eastManager);
    const before = (await manager.post('/incidents', political)).json();
    expect(before.checklist.map((s: Json) => s.key)).toEqual(
      checklistFor('political').map((s) => s.key),
    );

    const put = await ctx.client(org.admin).put('/incident-playbooks/political', { steps: ours });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      kind: 'political',
      custom: true,
      updatedBy: org.admin.user.id,
    });
    expect(put.json().steps.map((s: Json) => s.key)).toEqual(['embassy', 'step-2']);

    const after = (await manager.post('/incidents', political)).json();
    expect(after.checklist.map((s: Json) => [s.key, s.label.en, s.label.zh, s.done])).toEqual([
      ['embassy', 'Brief the commercial counsellor', '向商务参赞通报', false],
      ['step-2', 'Ask the local partner to speak first', '请本地合作伙伴先发声', false],
    ]);
    // Other kinds are untouched.
    const other = (
      await manager.post('/incidents', { ...political, kind: 'environmental' })
    ).json();
    expect(other.checklist.map((s: Json) => s.key)).toEqual(
      checklistFor('environmental').map((s) => s.key),
    );
    // A later edit changes neither the earlier incident nor the one opened under the old words.
    await ctx.client(org.admin).put('/incident-playbooks/political', {
      steps: [{ key: 'embassy', en: 'Call the embassy', zh: '致电使馆' }],
    });
    const kept = (await manager.get(`/incidents/${after.id}`)).json();
    expect(kept.checklist.map((s: Json) => s.label.en)).toEqual([
      'Brief the commercial counsellor',
      'Ask the local partner to speak first',
    ]);
    const tick = await manager.put(`/incidents/${after.id}/checklist/step-2`, { done: true });
    expect(tick.statusCode, tick.body).toBe(200);
    expect((await manager.get(`/incidents/${before.id}`)).json().checklist).toHaveLength(
      checklistFor('political').length,
    );

    // Back to the shipped playbook.
    const reset = await ctx.client(org.admin).delete('/incident-playbooks/political');
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ custom: false, steps: checklistFor('political') });
    expect(await stored()).toBe(0);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'incident_playbook')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'delete']);
  });
});
