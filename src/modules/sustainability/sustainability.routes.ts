import { Type, type TSchema } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { OneOf } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { Scope } from '../../domain/scope.ts';
import type { CertificatesService } from './certificates.service.ts';
import type { CommitmentsService } from './commitments.service.ts';
import type { RequirementsService } from './requirements.service.ts';
import {
  CertificateBody,
  CertificateOut,
  CertificatePatch,
  CommitmentBody,
  CommitmentOut,
  CommitmentPatch,
  CommitmentQuery,
  RequirementBody,
  RequirementOut,
  RequirementPatch,
  RequirementQuery,
} from './sustainability.schemas.ts';

/** What one resource's service offers the routes. */
interface Crud {
  list(scope: Scope, query: Record<string, string | undefined>): Promise<unknown[]>;
  get(scope: Scope, id: string): Promise<unknown>;
  create(scope: Scope, body: never): Promise<unknown>;
  update(scope: Scope, id: string, body: never): Promise<unknown>;
  remove(scope: Scope, id: string): Promise<void>;
}

interface Resource {
  path: string;
  what: string;
  service: Crud;
  query: TSchema;
  body: TSchema;
  patch: TSchema;
  out: TSchema;
  read: string;
}

/** list, add, read, change and delete, the same five routes for each resource. */
function crud(app: App, r: Resource) {
  const tags = ['sustainability'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };
  const list = Type.Object({ items: Type.Array(r.out) });
  app.get(
    r.path,
    {
      schema: {
        tags,
        summary: `${r.what}: ${r.read}`,
        querystring: r.query,
        response: { 200: list, ...errorResponses },
      },
    },
    async (req) => ({
      items: await r.service.list(requireScope(req), req.query as Record<string, string>),
    }),
  );
  app.post(
    r.path,
    {
      schema: {
        tags,
        summary: `Add (managers and admins): ${r.what}`,
        body: r.body,
        response: { 201: r.out, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await r.service.create(requireScope(req), req.body as never)),
  );
  app.get(
    `${r.path}/:id`,
    {
      schema: {
        tags,
        summary: `One of ${r.what}`,
        params: IdParams,
        response: { 200: r.out, ...errors },
      },
    },
    async (req) => r.service.get(requireScope(req), req.params.id),
  );
  app.patch(
    `${r.path}/:id`,
    {
      schema: {
        tags,
        summary: `Change (its owner or an admin): ${r.what}`,
        params: IdParams,
        body: r.patch,
        response: { 200: r.out, ...errors },
      },
    },
    async (req) => r.service.update(requireScope(req), req.params.id, req.body as never),
  );
  app.delete(
    `${r.path}/:id`,
    {
      schema: {
        tags,
        summary: `Delete (its owner or an admin): ${r.what}`,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await r.service.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}

export function sustainabilityRoutes(
  app: App,
  s: {
    requirements: RequirementsService;
    certificates: CertificatesService;
    commitments: CommitmentsService;
  },
): void {
  crud(app, {
    path: '/sustainability/requirements',
    what: 'customers’ sustainability requirements',
    read: 'all for managers and admins; for others their own and those of customers they see',
    service: s.requirements,
    query: RequirementQuery,
    body: RequirementBody,
    patch: RequirementPatch,
    out: RequirementOut,
  });
  crud(app, {
    path: '/certificates',
    what: 'certificates the company holds, with the renewal reminder in the home office’s calendar',
    read: 'managers and admins, and each certificate’s owner',
    service: s.certificates,
    query: Type.Object(
      { state: Type.Optional(OneOf(['valid', 'renew_now', 'expired'] as const)) },
      { additionalProperties: false },
    ),
    body: CertificateBody,
    patch: CertificatePatch,
    out: CertificateOut,
  });
  crud(app, {
    path: '/sustainability/commitments',
    what: 'sustainability commitments made to customers or stakeholders',
    read: 'all for managers and admins; for others their own and those of customers they see',
    service: s.commitments,
    query: CommitmentQuery,
    body: CommitmentBody,
    patch: CommitmentPatch,
    out: CommitmentOut,
  });
}
