import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import type { DialectName } from '../../src/db/database.ts';
import type { Customer, Role, User } from '../../src/db/schema.ts';
import type { Scope } from '../../src/domain/scope.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../../src/app/http-app.ts';
import { createContainer, type Container, type ContainerOptions } from '../../src/app/container.ts';
import type { ImportsService } from '../../src/modules/imports/imports.service.ts';
import type { App } from '../../src/http/types.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { ContactsService } from '../../src/modules/customers/contacts.service.ts';
import type { ContactBody } from '../../src/modules/customers/contacts.schemas.ts';
import type { CustomerBody, CustomerOut } from '../../src/modules/customers/customers.schemas.ts';
import { teamsRepository } from '../../src/modules/users/teams.repository.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspaces } from '../../src/modules/workspaces/workspaces.service.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Actor {
  user: User;
  scope: Scope;
  token: string;
}

type Body = InjectOptions['payload'];

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: Body): Promise<LightMyRequestResponse>;
  patch(url: string, body?: Body): Promise<LightMyRequestResponse>;
  put(url: string, body?: Body): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

let seq = 0;

/** One fresh database and app per test file, with factories for the records tests need. */
export class TestContext {
  private constructor(
    readonly dialect: DialectName,
    readonly database: TestDatabase,
    readonly app: App,
    /** the app's services, built once as the server builds them */
    readonly services: Container,
    readonly uploadsDir: string,
  ) {}

  static async create(
    dialect: DialectName,
    opts: Pick<AppOptions, 'trustProxy' | 'secureCookies' | 'metricsToken' | 'logger'> & {
      /** Kysely plugins every query of the app and the factories passes through (query checks) */
      plugins?: KyselyPlugin[];
      /** the container's clock, DNS and other options (webhook tests) */
      container?: Omit<ContainerOptions, 'uploadsDir'>;
    } = {},
  ): Promise<TestContext> {
    const created = await createTestDatabase(dialect);
    const { plugins = [], container, ...appOpts } = opts;
    const database = plugins.length
      ? { ...created, db: plugins.reduce((db, p) => db.withPlugin(p), created.db) }
      : created;
    const uploadsDir = mkdtempSync(join(tmpdir(), 'chuhai-uploads-'));
    const services = createContainer(database.db, { ...container, uploadsDir });
    const app = await buildApp({
      db: database.db,
      container: services,
      secret: 'test-secret-test-secret-test-secret',
      webDist: '/nonexistent',
      ...appOpts,
    });
    return new TestContext(dialect, database, app, services, uploadsDir);
  }

  /** the app's import runner, to wait for an upload's import to finish */
  get imports(): ImportsService {
    return this.services.imports;
  }

  get db() {
    return this.database.db;
  }

  async close(): Promise<void> {
    await this.app.close();
    // Work a request started in the background ("count now", a list's screening) ends before its
    // database goes.
    await this.services.jobs.runner.drain();
    await this.services.pdfBrowser.close();
    await this.database.drop();
    rmSync(this.uploadsDir, { recursive: true, force: true });
  }

  async newWorkspace(name = `Workspace ${++seq}`) {
    // As the product creates one: set up by every module (the default sales pipeline).
    return workspaces.create(this.db, name);
  }

  async newTeam(workspaceId: string, name = `Team ${++seq}`) {
    const team = {
      workspace_id: workspaceId,
      id: crypto.randomUUID(),
      name,
      created_at: new Date().toISOString(),
    };
    await teamsRepository.insert(this.db, team);
    return team;
  }

  async newUser(
    workspaceId: string,
    role: Role,
    opts: { teamIds?: string[]; email?: string } = {},
  ): Promise<Actor> {
    const n = ++seq;
    const user = await insertUser(this.db, workspaceId, null, {
      email: opts.email ?? `${role}${n}@example.test`,
      name: `${role} ${n}`,
      role,
      password: TEST_PASSWORD,
      teamIds: opts.teamIds ?? [],
    });
    const auth = new AuthService(this.db);
    const scope = await auth.scopeFor(workspaceId, user.id);
    if (!scope) throw new Error('user has no scope');
    const { token } = await auth.createToken(scope, 'tests');
    return { user, scope, token };
  }

  /** Refreshes an actor's scope after team changes. */
  async rescope(actor: Actor): Promise<Actor> {
    const scope = await new AuthService(this.db).scopeFor(actor.user.workspace_id, actor.user.id);
    if (!scope) throw new Error('user has no scope');
    return { ...actor, scope };
  }

  newCustomer(owner: Actor, input: Partial<CustomerBody> = {}): Promise<CustomerOut> {
    // The app's own service: a customer made here gets its first follow-up, as in the product.
    return this.services.customers.create(owner.scope, {
      name: `Customer ${++seq}`,
      country: 'DE',
      ...input,
    });
  }

  newContact(owner: Actor, customerId: string, input: Partial<ContactBody> = {}) {
    return new ContactsService(this.db).create(owner.scope, customerId, {
      firstName: `Contact ${++seq}`,
      ...input,
    });
  }

  async rawCustomer(workspaceId: string, id: string): Promise<Customer | undefined> {
    return this.db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** An API client that authenticates with the actor's bearer token (or anonymously). */
  client(actor?: Actor): Client {
    const headers = actor ? { authorization: `Bearer ${actor.token}` } : {};
    const send = (method: InjectOptions['method'], url: string, payload?: Body) =>
      this.app.inject({
        method,
        url: `/api/v1${url}`,
        headers,
        ...(payload === undefined ? {} : { payload }),
      });
    return {
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      delete: (url) => send('DELETE', url),
    };
  }

  /** Posts a multipart form with one file, as a browser uploads it. */
  upload(
    actor: Actor,
    url: string,
    file: { name: string; content: string | Buffer },
    fields: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const boundary = '----chuhai-test-boundary';
    const parts = [
      ...Object.entries(fields).map(
        ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      ),
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ];
    const payload = Buffer.concat([
      Buffer.from(parts.join(''), 'utf8'),
      typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
    ]);
    return this.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: {
        authorization: `Bearer ${actor.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
  }
}

/** A workspace shaped like a real sales org: admin, two teams with a manager and two reps each. */
export async function salesOrg(ctx: TestContext) {
  const ws = await ctx.newWorkspace();
  const east = await ctx.newTeam(ws.id, 'East');
  const west = await ctx.newTeam(ws.id, 'West');
  const admin = await ctx.newUser(ws.id, 'admin');
  const eastManager = await ctx.newUser(ws.id, 'manager', { teamIds: [east.id] });
  const westManager = await ctx.newUser(ws.id, 'manager', { teamIds: [west.id] });
  const eastRep = await ctx.newUser(ws.id, 'rep', { teamIds: [east.id] });
  const eastRep2 = await ctx.newUser(ws.id, 'rep', { teamIds: [east.id] });
  const westRep = await ctx.newUser(ws.id, 'rep', { teamIds: [west.id] });
  // Managers' scopes list their team members, who exist only now.
  return {
    ws,
    east,
    west,
    admin,
    eastManager: await ctx.rescope(eastManager),
    westManager: await ctx.rescope(westManager),
    eastRep,
    eastRep2,
    westRep,
  };
}
