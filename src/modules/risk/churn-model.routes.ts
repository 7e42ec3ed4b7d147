import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { ChurnModelService } from './churn-model.service.ts';
import { ChurnModelOut, ChurnModelStatusOut } from './churn-model.schemas.ts';

/** The churn model trained on the workspace's own history (docs/risk.md, “The churn model”). */
export function churnModelRoutes(app: App, s: ChurnModelService): void {
  const tags = ['payments and credit'];

  app.get(
    '/risk/churn-model',
    {
      schema: {
        tags,
        summary:
          'The churn model: whether the workspace has enough history, and the trained model with its coefficients and hold-out AUC (managers and admins)',
        response: { 200: ChurnModelStatusOut, ...errorResponses },
      },
    },
    async (req) => s.status(requireScope(req)),
  );

  app.post(
    '/risk/churn-model/check',
    {
      schema: {
        tags,
        summary:
          'Count the workspace’s history for the churn model again, in the background (managers and admins; once at a time); answers the status with `checking`',
        response: { 202: ChurnModelStatusOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(202).send(await s.requestCheck(requireScope(req))),
  );

  app.post(
    '/risk/churn-model/train',
    {
      schema: {
        tags,
        summary:
          'Train the churn model on the workspace’s history; it replaces the previous one and stays off until switched on (admins; audited)',
        response: { 200: ChurnModelOut, ...errorResponses },
      },
    },
    async (req) => s.train(requireScope(req)),
  );

  app.put(
    '/risk/churn-model',
    {
      schema: {
        tags,
        summary:
          'Switch the trained churn model on or off; when on, a customer’s risk shows its probability beside the rule-based score (admins; audited)',
        body: Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: ChurnModelOut, ...errorResponses },
      },
    },
    async (req) => s.setEnabled(requireScope(req), req.body.enabled),
  );
}
