import type {
  ExpressionBuilder,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  QueryId,
  RootOperationNode,
} from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/seed/demo.ts';
import { salesOrg, TestContext, type Actor } from '../support/context.ts';
import { signInAndOut, tour } from './api-tour.ts';
import { FAN_OUTS, NOT_BY_WORKSPACE_ID, publicTables } from './distribution.ts';
import { analyseQuery } from './workspace-joins.ts';

/** Every query the app sends, as Kysely built it (once compiled it is only text). */
class QueryLog implements KyselyPlugin {
  queries: { node: RootOperationNode; queryId: QueryId }[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push(args);
    return args.node;
  }
  transformResult<R>(args: { result: R }): Promise<R> {
    return Promise.resolve(args.result);
  }
}

// On a distributed PostgreSQL a query touching two tables is answered on one node only when
// both are tied to one workspace; on any database it is what keeps one workspace's rows out of
// another's answers. The test drives the app through its API (two workspaces, admin, manager
// and rep) and checks the operation-node tree of every query it sent (docs/scaling.md).
describe.skipIf(!process.env.TEST_DATABASE_URL)('no query joins across workspaces', () => {
  const log = new QueryLog();
  let ctx: TestContext;
  let workspaceTables: Set<string>;
  beforeAll(async () => {
    ctx = await TestContext.create('postgres', { plugins: [log] });
    const tables = await publicTables(ctx.db as never);
    // Platform tables on the allow-list (a job queue) are read across workspaces by design.
    workspaceTables = new Set(
      tables.filter((t) => t.hasWorkspaceId && !(t.name in NOT_BY_WORKSPACE_ID)).map((t) => t.name),
    );
  });
  afterAll(() => ctx?.close());

  it('tells a tied join or subquery from an untied one', () => {
    const groups = (q: { toOperationNode(): OperationNode }) =>
      analyseQuery(q.toOperationNode(), workspaceTables).groups.length;
    const untied = ctx.db
      .selectFrom('follow_ups as f')
      .innerJoin('customers as c', 'c.id', 'f.customer_id')
      .where('f.workspace_id', '=', 'w1')
      .selectAll();
    expect(groups(untied)).toBe(2);
    expect(groups(untied.whereRef('c.workspace_id', '=', 'f.workspace_id'))).toBe(1);
    expect(groups(untied.where('c.workspace_id', '=', 'w1'))).toBe(1);
    expect(groups(untied.where('c.workspace_id', '=', 'w2'))).toBe(2);
    const tags = (eb: ExpressionBuilder<DB, 'customers'>) =>
      eb.selectFrom('customer_tags as t').select('t.customer_id');
    const sub = ctx.db.selectFrom('customers').where('workspace_id', '=', 'w1').selectAll();
    expect(groups(sub.where('id', 'in', tags))).toBe(2);
    expect(
      groups(
        sub.where('id', 'in', (eb) =>
          tags(eb).whereRef('t.workspace_id', '=', 'customers.workspace_id'),
        ),
      ),
    ).toBe(1);
  });

  it('finds every query of a broad API tour tied to one workspace', async () => {
    log.queries = [];
    await seedDemo(ctx.db, { customers: 24, services: ctx.services });
    const demo = async (email: string): Promise<Actor> => {
      const { token } = await ctx.services.auth.createTokenForEmail(email, 'tour');
      const scope = await ctx.services.auth.scopeForToken(token);
      return { token, scope } as Actor;
    };
    const org = await salesOrg(ctx);
    const failures: string[] = [];
    for (const actor of [
      await demo('admin@demo.chuhai.dev'),
      await demo('manager.west@demo.chuhai.dev'),
      await demo('rep1@demo.chuhai.dev'),
      org.admin,
      org.eastRep,
    ])
      await tour(ctx, actor, failures);
    await signInAndOut(ctx);
    expect(failures).toEqual([]);
    // The work the tour set off: event dispatch and the demo's automation rules (a German
    // customer made by the tour fires one), through the job runner as a worker runs it.
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();

    const executor = ctx.db.getExecutor();
    const crossing: string[] = [];
    const unpinned = new Set<string>();
    const raw = new Set<string>();
    const hidden = new Set<string>();
    const distinct = new Set<string>();
    let tied = 0;
    for (const { node, queryId } of log.queries) {
      const report = analyseQuery(node, workspaceTables);
      const text = executor.compileQuery(node, queryId).sql.replace(/\s+/g, ' ').trim();
      if (distinct.has(text)) continue;
      distinct.add(text);
      if (node.kind === 'RawNode') raw.add(text);
      // A `sql` fragment inside a built query that reads a table of its own is checked by text.
      else if (report.raw.some((r) => /\b(from|join)\b/i.test(r) && !/workspace_id/.test(r)))
        hidden.add(text);
      else if (report.groups.length > 1) crossing.push(`${JSON.stringify(report.groups)} ${text}`);
      else if (report.unpinned) unpinned.add(text);
      else if (report.groups[0] && report.groups[0].length > 1) tied++;
    }
    console.log(
      `${log.queries.length} queries, ${distinct.size} distinct: ${tied} joining tables tied to ` +
        `one workspace, ${crossing.length} crossing, ${unpinned.size} fan-outs, ${raw.size} raw`,
    );
    expect(tied).toBeGreaterThan(20);
    expect(crossing).toEqual([]);
    // Reads of one table by a global key (sign-in by email, a token or session by its hash):
    // not joins, but on Citus each asks every node. Listed in docs/scaling.md.
    expect([...unpinned].filter((q) => !FAN_OUTS.some((f) => f.query.test(q)))).toEqual([]);
    // Whole queries written as `sql` text: each names workspace_id (ANALYZE is upkeep).
    // Savepoints (one automation rule run) are transaction control, not reads; the job runner's
    // advisory lock guards its claim on the coordinator-local queue. Reading the catalog for
    // stale statistics (whether ANALYZE is due) is upkeep too.
    const rawUntied = [...raw].filter(
      (q) =>
        !/workspace_id/.test(q) &&
        !/^analyze /i.test(q) &&
        !/^select c\.relname as name from pg_class c join pg_stat_user_tables /.test(q) &&
        !/^(savepoint|release savepoint|rollback to savepoint) /i.test(q) &&
        !/^select pg_advisory_xact_lock\(/.test(q),
    );
    expect(rawUntied).toEqual([]);
    expect([...hidden]).toEqual([]);
    // The demo seed and a tour of the whole API: longer than the default 30 s on a busy machine.
  }, 180_000);
});
