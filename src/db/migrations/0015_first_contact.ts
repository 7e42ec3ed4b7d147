import { sql, type Kysely } from 'kysely';

// A new customer's first contact has its own deadline, in business days of the customer's
// calendar, set per cadence policy; and a health score only once there is a relationship to score.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cadence_policies')
    .addColumn('first_contact_days', 'integer')
    .execute();
  // Workspaces that set their own policies get the same deadlines as the defaults.
  await sql`update cadence_policies set first_contact_days = 2 where stage = 'lead'`.execute(db);
  await sql`update cadence_policies set first_contact_days = 5 where stage = 'prospect'`.execute(
    db,
  );
  // A churned customer has no score (it used to keep its last one).
  await sql`update customers set health_score = null where stage = 'churned'`.execute(db);
  // The replan map is scratch (emptied after every run): rebuilt with whether the plan is a
  // customer's first contact, which the same market, basis date and policy plan differently.
  await db.schema.dropTable('cadence_plan_map').execute();
  await createPlanMap(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cadence_plan_map').execute();
  await createPlanMap(db, false);
  await db.schema.alterTable('cadence_policies').dropColumn('first_contact_days').execute();
}

const KEY = ['workspace_id', 'run_id', 'country', 'region', 'basis_date', 'policy'];

async function createPlanMap(db: Kysely<unknown>, firstContact: boolean): Promise<void> {
  let t = db.schema
    .createTable('cadence_plan_map')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('basis_date', 'text', (c) => c.notNull())
    .addColumn('policy', 'integer', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull());
  if (firstContact) t = t.addColumn('first_contact', 'integer', (c) => c.notNull());
  await t
    .addPrimaryKeyConstraint(
      'cadence_plan_map_pk',
      // Typed as the columns above; the builder cannot see the conditional one.
      (firstContact ? [...KEY, 'first_contact'] : KEY) as never,
    )
    .execute();
}
