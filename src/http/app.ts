import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { activitiesRoutes } from '../modules/relationship/activities.routes.ts';
import { ActivitiesService } from '../modules/relationship/activities.service.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { followUpsRoutes } from '../modules/relationship/follow-ups.routes.ts';
import { FollowUpsService } from '../modules/relationship/follow-ups.service.ts';
import { PlanningService } from '../modules/relationship/planning.service.ts';
import { AuditService } from '../modules/audit/audit.service.ts';
import { authRoutes } from '../modules/auth/auth.routes.ts';
import { AuthService } from '../modules/auth/auth.service.ts';
import { CalendarProvider } from '../modules/countries/calendar.provider.ts';
import { calendarRoutes } from '../modules/calendar/calendar.routes.ts';
import { CalendarService } from '../modules/calendar/calendar.service.ts';
import { countriesRoutes } from '../modules/countries/countries.routes.ts';
import { CountriesService } from '../modules/countries/countries.service.ts';
import { CountryOverridesService } from '../modules/countries/country-overrides.service.ts';
import { contactsRoutes } from '../modules/customers/contacts.routes.ts';
import { ContactsService } from '../modules/customers/contacts.service.ts';
import {
  customFieldsRoutes,
  CustomFieldsService,
} from '../modules/custom-fields/custom-fields.service.ts';
import { customersRoutes } from '../modules/customers/customers.routes.ts';
import { duplicatesRoutes } from '../modules/duplicates/duplicates.routes.ts';
import { DuplicatesService } from '../modules/duplicates/duplicates.service.ts';
import { importsRoutes } from '../modules/imports/imports.routes.ts';
import { ordersRoutes } from '../modules/orders/orders.routes.ts';
import { ExchangeRatesService } from '../modules/orders/exchange-rates.service.ts';
import { OrdersService } from '../modules/orders/orders.service.ts';
import { valueRoutes } from '../modules/orders/value.routes.ts';
import { ValueService } from '../modules/orders/value.service.ts';
import { leadCaptureRoutes } from '../modules/lead-capture/lead-capture.routes.ts';
import { LeadCaptureService } from '../modules/lead-capture/lead-capture.service.ts';
import { ImportsService } from '../modules/imports/imports.service.ts';
import { segmentsRoutes } from '../modules/segments/segments.routes.ts';
import { SegmentsService } from '../modules/segments/segments.service.ts';
import { CustomersService } from '../modules/customers/customers.service.ts';
import { teamsRoutes } from '../modules/users/teams.routes.ts';
import { TeamsService } from '../modules/users/teams.service.ts';
import { usersRoutes } from '../modules/users/users.routes.ts';
import { UsersService } from '../modules/users/users.service.ts';
import {
  workspaceRoutes,
  WorkspaceSettingsService,
} from '../modules/workspaces/workspaces.module.ts';
import { authenticate } from './authenticate.ts';
import { AppError } from './errors.ts';
import { problemHandler } from './error-handler.ts';
import { Problem, type App } from './types.ts';

export interface AppOptions {
  db: Kysely<DB>;
  secret: string;
  secureCookies?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** folder of the built web app; served when it exists */
  webDist?: string;
  /** where uploaded import files are kept until their import is done (default data/uploads) */
  uploadsDir?: string;
  /** started imports, shared with the caller (the server resumes unfinished ones) */
  imports?: ImportsService;
}

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: true,
    genReqId: () => crypto.randomUUID(),
    ajv: {
      customOptions: {
        removeAdditional: false,
        allErrors: true,
        coerceTypes: 'array',
        useDefaults: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(Problem);
  app.setErrorHandler(problemHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd and ECharts write inline styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie, { secret: opts.secret });
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/' },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chuhai API',
        version: '1',
        description: 'Overseas customer management. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'API token from `chuhai token create` or the profile page',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'chuhai_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const auth = new AuthService(opts.db);
  await app.register(authenticate, { auth });

  const users = new UsersService(opts.db);
  await app.register(
    async (api) => {
      const v1 = api as unknown as App;
      v1.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      authRoutes(v1, { auth, users, secureCookies: opts.secureCookies ?? false });
      usersRoutes(v1, users);
      teamsRoutes(v1, new TeamsService(opts.db));
      const customers = new CustomersService(opts.db);
      customersRoutes(v1, customers);
      segmentsRoutes(v1, new SegmentsService(opts.db, customers));
      duplicatesRoutes(v1, new DuplicatesService(opts.db));
      ordersRoutes(v1, new OrdersService(opts.db));
      valueRoutes(v1, new ExchangeRatesService(opts.db), new ValueService(opts.db));
      contactsRoutes(v1, new ContactsService(opts.db));
      customFieldsRoutes(v1, new CustomFieldsService(opts.db));
      auditRoutes(v1, new AuditService(opts.db));
      const calendars = new CalendarProvider();
      const countries = new CountriesService(opts.db, calendars);
      countriesRoutes(v1, countries, new CountryOverridesService(opts.db, calendars, countries));
      calendarRoutes(v1, new CalendarService(opts.db, calendars));
      workspaceRoutes(
        v1,
        new WorkspaceSettingsService(opts.db, (id) => calendars.invalidate(id)),
      );
      const planning = new PlanningService(opts.db, calendars);
      const activities = new ActivitiesService(opts.db, planning);
      activitiesRoutes(v1, activities);
      leadCaptureRoutes(v1, new LeadCaptureService(opts.db, activities));
      followUpsRoutes(v1, new FollowUpsService(opts.db, calendars, planning));
      await importsRoutes(
        v1,
        opts.imports ?? new ImportsService(opts.db, opts.uploadsDir ?? resolve('data/uploads')),
        opts.uploadsDir ?? resolve('data/uploads'),
      );
    },
    { prefix: '/api/v1' },
  );

  const webDist = opts.webDist ?? resolve('web/dist');
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      throw AppError.notFound(`${request.method} ${request.url.split('?')[0]}`);
    }
    // Client-side routes of the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}
