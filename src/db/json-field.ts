import { sql, type RawBuilder } from 'kysely';

/**
 * A custom field's value out of a customer's `custom_fields` JSON, the same on both databases;
 * the key is a bound parameter, never spliced into the SQL.
 */
export function customFieldValue(
  key: string,
  numeric: boolean,
  postgres: boolean,
): RawBuilder<unknown> {
  const column = sql.ref('customers.custom_fields');
  if (postgres) {
    const text = sql`(${column}::jsonb ->> ${sql.val(key)})`;
    // Values are validated by type on write, so a number field holds only numbers.
    return numeric ? sql`(${text})::numeric` : text;
  }
  return sql`json_extract(${column}, ${sql.val(`$."${key}"`)})`;
}
