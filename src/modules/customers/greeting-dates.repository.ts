import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

export interface CountryCount {
  country: string;
  customers: number;
}

export interface CustomerBrief {
  id: string;
  name: string;
  native_name: string | null;
  country: string;
  region: string | null;
}

export interface DatedCustomer extends CustomerBrief {
  founded_on: string | null;
  customer_since: string | null;
}

export interface ContactBirthday extends CustomerBrief {
  contact_id: string;
  first_name: string;
  last_name: string | null;
  birthday: string;
}

// The MM-DD of a stored date (YYYY-MM-DD or MM-DD): the last five characters on both databases.
const monthDay = (column: string) =>
  sql<string>`substr(${sql.ref(column)}, length(${sql.ref(column)}) - 4)`;

const live = (db: Executor, scope: Scope) =>
  db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'));

/** Reads (never writes) what greetings are planned from: countries and yearly dates in scope. */
export const greetingDatesRepository = {
  /** The countries of the live customers the scope may see, with how many in each. */
  async countries(db: Executor, scope: Scope): Promise<CountryCount[]> {
    const rows = await live(db, scope)
      .select(['customers.country', (eb) => eb.fn.countAll<number>().as('customers')])
      .groupBy('customers.country')
      .orderBy('customers.country')
      .execute();
    return rows.map((r) => ({ country: r.country, customers: Number(r.customers) }));
  },

  /** A few customers of a country in scope, most valuable first (the names a greeting lists). */
  sample(db: Executor, scope: Scope, country: string, limit: number): Promise<CustomerBrief[]> {
    return live(db, scope)
      .where('customers.country', '=', country)
      .select(['id', 'name', 'native_name', 'country', 'region'])
      .orderBy(sql`coalesce(${sql.ref('customers.revenue_minor')}, 0)`, 'desc')
      .orderBy('customers.id')
      .limit(limit)
      .execute();
  },

  /** Customers whose founding or relationship date returns on one of these MM-DD days. */
  yearly(db: Executor, scope: Scope, days: string[], limit: number): Promise<DatedCustomer[]> {
    if (!days.length) return Promise.resolve([]);
    return live(db, scope)
      .where((eb) =>
        eb.or([
          eb(monthDay('customers.founded_on'), 'in', days),
          eb(monthDay('customers.customer_since'), 'in', days),
        ]),
      )
      .select(['id', 'name', 'native_name', 'country', 'region', 'founded_on', 'customer_since'])
      .orderBy('customers.id')
      .limit(limit)
      .execute();
  },

  /** Contacts of customers in scope whose birthday is one of these MM-DD days. */
  birthdays(db: Executor, scope: Scope, days: string[], limit: number): Promise<ContactBirthday[]> {
    if (!days.length) return Promise.resolve([]);
    return live(db, scope)
      .innerJoin('contacts', (j) =>
        j
          .onRef('contacts.workspace_id', '=', 'customers.workspace_id')
          .onRef('contacts.customer_id', '=', 'customers.id'),
      )
      .where(monthDay('contacts.birthday'), 'in', days)
      .select([
        'customers.id',
        'customers.name',
        'customers.native_name',
        'customers.country',
        'customers.region',
        'contacts.id as contact_id',
        'contacts.first_name',
        'contacts.last_name',
        sql<string>`${sql.ref('contacts.birthday')}`.as('birthday'),
      ])
      .orderBy('contacts.id')
      .limit(limit)
      .execute();
  },
};
