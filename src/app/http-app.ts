import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import type { Kysely } from 'kysely';
import { fastifyTrustProxy, type TrustProxy } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { authenticate } from '../http/authenticate.ts';
import { problemHandler } from '../http/error-handler.ts';
import { httpsOnlyHeaders } from '../http/https-only-headers.ts';
import { logRequests, requestId } from '../http/logging.ts';
import { Problem, type App } from '../http/types.ts';
import { rememberedSerializers } from '../http/compiled-schemas.ts';
import { partAwareValidators } from '../http/validators.ts';
import { serveWeb } from '../http/web-assets.ts';
import { observeRequests, operationsRoutes } from '../modules/operations/operations.routes.ts';
import { createContainer, type Container } from './container.ts';
import { registerRoutes } from './routes.ts';

export interface AppOptions {
  db: Kysely<DB>;
  /** the services to serve; built from `db` and `uploadsDir` when not given */
  container?: Container;
  secret: string;
  secureCookies?: boolean;
  /** whose forwarded headers to believe (see `Config.trustProxy`); default: nobody */
  trustProxy?: TrustProxy;
  /** JSON-lines logger (see `loggerOptions`); default: none */
  logger?: FastifyServerOptions['logger'];
  /** bearer token that `GET /metrics` requires; without one `/metrics` is a 404 */
  metricsToken?: string;
  /** folder of the built web app; served when it exists */
  webDist?: string;
  /** where uploaded import files are kept until their import is done (default data/uploads) */
  uploadsDir?: string;
}

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: fastifyTrustProxy(opts.trustProxy),
    genReqId: requestId,
    // Path parameters up to 200 characters (Fastify's default is 100): a campaign's unsubscribe
    // token names its workspace, campaign and contact under an HMAC (~140 characters).
    maxParamLength: 200,
    // One line per request from `logRequests` instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: {
      // Coercion and strict numbers are set per request part by `partAwareValidators`.
      customOptions: { removeAdditional: false, allErrors: true, useDefaults: true },
    },
    schemaController: {
      compilersFactory: {
        buildValidator: partAwareValidators(),
        buildSerializer: rememberedSerializers(),
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(Problem);
  app.setErrorHandler(problemHandler);
  // Built here, the container seals mailbox passwords under the same secret as the cookies.
  const services =
    opts.container ??
    createContainer(opts.db, { uploadsDir: opts.uploadsDir, secret: opts.secret });
  // The Chromium a quote PDF started goes with the app (tests and tools close the app, not it).
  app.addHook('onClose', () => services.pdfBrowser.close());
  logRequests(app);
  observeRequests(app, services.metrics);

  // Helmet's security headers on every answer. Its middleware is built once here: the Fastify
  // plugin built it anew on every request (parsing the CSP directives each time).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd and ECharts write inline styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // Added per response, and only over HTTPS: see httpsOnlyHeaders.
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined));
  });
  httpsOnlyHeaders(app, { alwaysHttps: opts.secureCookies ?? false });
  await app.register(cookie, { secret: opts.secret });
  await app.register(csrf, {
    cookieOpts: {
      signed: true,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: opts.secureCookies ?? false,
    },
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

  await app.register(authenticate, { auth: services.auth });

  await app.register(
    async (api) => {
      const v1 = api as unknown as App;
      v1.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await registerRoutes(v1, services, { secureCookies: opts.secureCookies ?? false });
    },
    { prefix: '/api/v1' },
  );

  operationsRoutes(app, {
    operations: services.operations,
    metrics: services.metrics,
    metricsToken: opts.metricsToken,
  });
  await serveWeb(app, opts.webDist ?? resolve('web/dist'));

  return app;
}
