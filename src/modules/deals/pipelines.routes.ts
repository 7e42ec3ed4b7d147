import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { PipelineBody, PipelineOut, PipelinePatch, RemoveStageQuery } from './pipelines.schemas.ts';
import type { PipelinesService } from './pipelines.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
const tags = ['deals'];

export function pipelinesRoutes(app: App, pipelines: PipelinesService): void {
  app.get(
    '/pipelines',
    {
      schema: {
        tags,
        summary: 'The workspace’s sales pipelines with their stages in order',
        response: { 200: Type.Object({ items: Type.Array(PipelineOut) }), ...errorResponses },
      },
    },
    async (req) => pipelines.list(requireScope(req)),
  );

  app.get(
    '/pipelines/:id',
    {
      schema: {
        tags,
        summary: 'One pipeline with its stages',
        params: IdParams,
        response: { 200: PipelineOut, ...errorResponses },
      },
    },
    async (req) => pipelines.get(requireScope(req), req.params.id),
  );

  app.post(
    '/pipelines',
    {
      schema: {
        tags,
        summary:
          'Create a pipeline (admin): stages in order, at least one open, exactly one won and one lost',
        body: PipelineBody,
        response: { 201: PipelineOut, ...adminErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await pipelines.create(requireScope(req), req.body)),
  );

  app.patch(
    '/pipelines/:id',
    {
      schema: {
        tags,
        summary:
          'Rename, set the rotting limit, reorder, rename, add or remove stages (admin); a stage with deals is not removed (409 stage_has_deals)',
        params: IdParams,
        body: PipelinePatch,
        response: { 200: PipelineOut, ...adminErrors },
      },
    },
    async (req) => pipelines.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/pipelines/:id',
    {
      schema: {
        tags,
        summary: 'Delete a pipeline without deals (admin); the workspace keeps at least one',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await pipelines.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/pipelines/:id/stages/:stageId',
    {
      schema: {
        tags,
        summary:
          'Remove a stage (admin); its deals move to `moveTo` (each move audited), else 409 stage_has_deals',
        params: Type.Object({ id: IdParams.properties.id, stageId: IdParams.properties.id }),
        querystring: RemoveStageQuery,
        response: { 200: PipelineOut, ...adminErrors },
      },
    },
    async (req) =>
      pipelines.removeStage(requireScope(req), req.params.id, req.params.stageId, req.query.moveTo),
  );
}
