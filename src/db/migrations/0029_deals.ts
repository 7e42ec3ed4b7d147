import { sql, type Kysely } from 'kysely';
import { newId, nowIso } from '../../domain/ids.ts';

// Pipelines with ordered stages, deals (opportunities) with the contacts involved, win/loss
// reasons and competitors. Every key leads with workspace_id. Existing workspaces get the default
// export pipeline here; new ones get it when they are created (deals' pipeline records).
//
// The default is written out below rather than imported, so this migration keeps doing what it
// did when it landed even if the product's default pipeline changes later.
const DEFAULT_STAGES: [code: string, name: string, probability: number, kind: string][] = [
  ['inquiry', 'Inquiry', 10, 'open'],
  ['qualified', 'Qualified', 20, 'open'],
  ['quotation', 'Quotation', 40, 'open'],
  ['samples', 'Samples', 60, 'open'],
  ['negotiation', 'Negotiation', 80, 'open'],
  ['won', 'Won', 100, 'won'],
  ['lost', 'Lost', 0, 'lost'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pipelines')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rotting_days', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pipelines_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('pipelines_name_uq', ['workspace_id', 'name'])
    .addForeignKeyConstraint('pipelines_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();

  await db.schema
    .createTable('pipeline_stages')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pipeline_stages_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'pipeline_stages_pipeline_fk',
      ['workspace_id', 'pipeline_id'],
      'pipelines',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('pipeline_stages_pipeline_idx')
    .on('pipeline_stages')
    .columns(['workspace_id', 'pipeline_id', 'position'])
    .execute();

  await db.schema
    .createTable('deals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', 'text', (c) => c.notNull())
    .addColumn('stage_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expected_close_date', 'text', (c) => c.notNull())
    // YYYY-MM of the date: forecasts sum per month when every exchange rate starts on a 1st.
    .addColumn('expected_close_month', 'text', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('next_step', 'text')
    .addColumn('stage_entered_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('repeat_of_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deals_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'deals_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint('deals_pipeline_fk', ['workspace_id', 'pipeline_id'], 'pipelines', [
      'workspace_id',
      'id',
    ])
    // No cascade: a stage with deals is deleted only after they moved (the service says so).
    .addForeignKeyConstraint('deals_stage_fk', ['workspace_id', 'stage_id'], 'pipeline_stages', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('deals_owner_fk', ['workspace_id', 'owner_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .execute();
  // Forecasts and board totals sum deals per (group, currency, month or date) and convert each
  // sum at its date's rate. The wide indexes below cover every column they read, in the order of
  // their GROUP BY, so SQLite answers from the index alone without sorting (bench/deals.ts).
  const sums = [
    'currency',
    'expected_close_month',
    'expected_close_date',
    'amount_minor',
    'probability',
  ];
  for (const [name, columns] of [
    // An admin's forecast by stage (or month), and a board's open deals: in stage order.
    [
      'deals_forecast_idx',
      [
        'workspace_id',
        'status',
        'pipeline_id',
        'stage_id',
        ...sums,
        'customer_id',
        'owner_id',
        'closed_at',
      ],
    ],
    // An admin's forecast by owner.
    [
      'deals_owner_forecast_idx',
      ['workspace_id', 'status', 'owner_id', ...sums, 'customer_id', 'pipeline_id', 'closed_at'],
    ],
    // Through the customers a rep or a manager sees (and a customer's deals, merges).
    [
      'deals_customer_idx',
      [
        'workspace_id',
        'customer_id',
        'status',
        'pipeline_id',
        'stage_id',
        'owner_id',
        ...sums,
        'closed_at',
      ],
    ],
    // A board column: an open stage's first deals by expected close date; a closed one's newest.
    ['deals_stage_idx', ['workspace_id', 'stage_id', 'expected_close_date', 'id']],
    [
      'deals_closed_idx',
      ['workspace_id', 'stage_id', 'closed_at', ...sums, 'customer_id', 'owner_id', 'pipeline_id'],
    ],
    // The deals a forecast names because no rate covers their date: a range per currency.
    ['deals_currency_idx', ['workspace_id', 'status', 'currency', 'expected_close_date']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('deals')
      .columns([...columns])
      .execute();
  // An admin's totals are all deals minus those of customers in the trash: found through this
  // small index rather than by checking each of 200,000 deals' customer (see deal-reports).
  await db.schema
    .createIndex('customers_trash_idx')
    .on('customers')
    .columns(['workspace_id', 'id'])
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('deal_contacts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_contacts_pk', ['workspace_id', 'deal_id', 'contact_id'])
    .addForeignKeyConstraint(
      'deal_contacts_deal_fk',
      ['workspace_id', 'deal_id'],
      'deals',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    // A contact deleted from the customer leaves the deals it was part of.
    .addForeignKeyConstraint(
      'deal_contacts_contact_fk',
      ['workspace_id', 'contact_id'],
      'contacts',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('deal_contacts_contact_idx')
    .on('deal_contacts')
    .columns(['workspace_id', 'contact_id'])
    .execute();

  await db.schema
    .createTable('deal_reasons')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('deal_reasons_pk', ['workspace_id', 'deal_id', 'reason'])
    .addForeignKeyConstraint(
      'deal_reasons_deal_fk',
      ['workspace_id', 'deal_id'],
      'deals',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('deal_competitors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('deal_competitors_pk', ['workspace_id', 'deal_id', 'position'])
    .addForeignKeyConstraint(
      'deal_competitors_deal_fk',
      ['workspace_id', 'deal_id'],
      'deals',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await seedExistingWorkspaces(db as Kysely<Seeding>);
}

interface Seeding {
  workspaces: { id: string };
  pipelines: Record<string, string | number | null>;
  pipeline_stages: Record<string, string | number | null>;
}

async function seedExistingWorkspaces(db: Kysely<Seeding>): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  const at = nowIso();
  for (const ws of workspaces) {
    const pipelineId = newId();
    await db
      .insertInto('pipelines')
      .values({
        workspace_id: ws.id,
        id: pipelineId,
        code: 'export',
        name: 'Export sales',
        rotting_days: 21,
        position: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('pipeline_stages')
      .values(
        DEFAULT_STAGES.map(([code, name, probability, kind], position) => ({
          workspace_id: ws.id,
          id: newId(),
          pipeline_id: pipelineId,
          code,
          name,
          probability,
          kind,
          position,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_trash_idx').execute();
  await db.schema.dropTable('deal_competitors').execute();
  await db.schema.dropTable('deal_reasons').execute();
  await db.schema.dropTable('deal_contacts').execute();
  await db.schema.dropTable('deals').execute();
  await db.schema.dropTable('pipeline_stages').execute();
  await db.schema.dropTable('pipelines').execute();
}
