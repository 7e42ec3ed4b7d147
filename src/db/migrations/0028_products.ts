import type { Kysely } from 'kysely';

// Products (names and descriptions per language as JSON maps, custom fields like customers'),
// price lists (a currency, a validity period, optionally a country or a segment) and their prices
// per product with quantity breaks, in minor units. Custom field definitions gain the entity they
// describe; existing ones are the customers'. Every key leads with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('descriptions', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('hs_code', 'text')
    .addColumn('moq', 'integer')
    .addColumn('lead_time_days', 'integer')
    .addColumn('weight_kg', 'double precision')
    .addColumn('volume_m3', 'double precision')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('products_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('products_sku_uq', ['workspace_id', 'sku'])
    .execute();

  await db.schema
    .createTable('price_lists')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('country', 'text')
    .addColumn('segment_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('price_lists_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('price_lists_name_uq', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('price_list_items')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('price_list_id', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('min_quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('price_list_items_pk', [
      'workspace_id',
      'price_list_id',
      'product_id',
      'min_quantity',
    ])
    .addForeignKeyConstraint(
      'price_list_items_list_fk',
      ['workspace_id', 'price_list_id'],
      'price_lists',
      ['workspace_id', 'id'],
    )
    .addForeignKeyConstraint(
      'price_list_items_product_fk',
      ['workspace_id', 'product_id'],
      'products',
      ['workspace_id', 'id'],
    )
    .execute();
  // Price resolution reads one product's prices across the workspace's lists.
  await db.schema
    .createIndex('price_list_items_product_idx')
    .on('price_list_items')
    .columns(['workspace_id', 'product_id'])
    .execute();

  await db.schema
    .alterTable('custom_field_definitions')
    .addColumn('entity', 'text', (c) => c.notNull().defaultTo('customer'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('custom_field_definitions').dropColumn('entity').execute();
  await db.schema.dropTable('price_list_items').execute();
  await db.schema.dropTable('price_lists').execute();
  await db.schema.dropTable('products').execute();
}
