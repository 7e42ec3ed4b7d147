import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  AssignBody,
  ClaimBody,
  CustomerIdParams,
  PoolListQuery,
  PoolMoveOut,
  PoolPage,
  PoolSettingsBody,
  PoolSettingsOut,
  ReleaseBody,
} from './pool.schemas.ts';
import type { PoolService } from './pool.service.ts';

const moveErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

/** The shared customer pool (公海): its rule, the list, claims, assignments and returns by hand. */
export function poolRoutes(app: App, pool: PoolService): void {
  const tags = ['pool'];

  app.get(
    '/pool/settings',
    {
      schema: {
        tags,
        summary: 'The workspace’s pool rule (everyone may read it)',
        response: { 200: PoolSettingsOut, ...errorResponses },
      },
    },
    async (req) => pool.settings(requireScope(req)),
  );

  app.put(
    '/pool/settings',
    {
      schema: {
        tags,
        summary:
          'Set the pool rule (admin): stages, business days without a touch, warning days, claim limit',
        body: PoolSettingsBody,
        response: { 200: PoolSettingsOut, ...errorResponses, 403: Type.Ref('Problem') },
      },
    },
    async (req) => pool.saveSettings(requireScope(req), req.body),
  );

  app.get(
    '/pool',
    {
      schema: {
        tags,
        summary:
          'Customers in the shared pool, newest first: name, country, stage, since when, last touch; with your claims in the window',
        querystring: PoolListQuery,
        response: { 200: PoolPage, ...errorResponses },
      },
    },
    async (req) => pool.list(requireScope(req), req.query),
  );

  app.post(
    '/pool/:customerId/claim',
    {
      schema: {
        tags,
        summary:
          'Claim a pooled customer: first claim wins (409 pool_taken), within the claim limit (409 pool_claim_limit), refused when a look-alike is already yours (409 pool_duplicate) unless force',
        params: CustomerIdParams,
        body: ClaimBody,
        response: { 200: PoolMoveOut, ...moveErrors },
      },
    },
    async (req) => pool.claim(requireScope(req), req.params.customerId, req.body),
  );

  app.post(
    '/pool/:customerId/assign',
    {
      schema: {
        tags,
        summary: 'Give a pooled customer to a user (admin; no claim limit)',
        params: CustomerIdParams,
        body: AssignBody,
        response: { 200: PoolMoveOut, ...moveErrors },
      },
    },
    async (req) => pool.assign(requireScope(req), req.params.customerId, req.body),
  );

  app.post(
    '/customers/:id/release',
    {
      schema: {
        tags,
        summary:
          'Return a customer to the shared pool by hand (its owner, their manager or an admin); its open follow-ups are cancelled',
        params: IdParams,
        body: ReleaseBody,
        response: { 200: PoolMoveOut, ...moveErrors },
      },
    },
    async (req) => pool.release(requireScope(req), req.params.id, req.body),
  );
}
