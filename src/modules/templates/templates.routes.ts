import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { SlotsOut, SlotsQuery } from './send-slots.schemas.ts';
import type { SendSlotsService } from './send-slots.service.ts';
import type { TemplateRenderService } from './template-render.service.ts';
import {
  RenderBody,
  RenderOut,
  TemplateBody,
  TemplateOut,
  TemplatePatch,
} from './templates.schemas.ts';
import type { TemplatesService } from './templates.service.ts';

const writeErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
const tags = ['templates'];

/** Templates per language, rendering for a contact, and when to send to them. */
export function templatesRoutes(
  app: App,
  s: { templates: TemplatesService; render: TemplateRenderService; slots: SendSlotsService },
): void {
  app.get(
    '/templates',
    {
      schema: {
        tags,
        summary: 'The workspace’s message templates with their language variants (everyone reads)',
        response: { 200: Type.Object({ items: Type.Array(TemplateOut) }), ...errorResponses },
      },
    },
    async (req) => s.templates.list(requireScope(req)),
  );

  app.get(
    '/templates/:id',
    {
      schema: {
        tags,
        summary: 'One template with its variants',
        params: IdParams,
        response: { 200: TemplateOut, ...errorResponses },
      },
    },
    async (req) => s.templates.get(requireScope(req), req.params.id),
  );

  app.post(
    '/templates',
    {
      schema: {
        tags,
        summary:
          'Create a template (admin, manager): a variant per BCP 47 tag, subject and body in ICU MessageFormat; syntax errors and unknown merge fields answer 400 naming /variants/{i}/subject|body',
        body: TemplateBody,
        response: { 201: TemplateOut, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.templates.create(requireScope(req), req.body)),
  );

  app.patch(
    '/templates/:id',
    {
      schema: {
        tags,
        summary: 'Change a template (admin, manager); `variants`, when given, replaces them all',
        params: IdParams,
        body: TemplatePatch,
        response: { 200: TemplateOut, ...writeErrors },
      },
    },
    async (req) => s.templates.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/templates/:id',
    {
      schema: {
        tags,
        summary: 'Delete a template with its variants (admin, manager)',
        params: IdParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await s.templates.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/templates/:id/render',
    {
      schema: {
        tags,
        summary:
          'Render for a contact in your scope: the variant of their language (else their country’s, else the template’s default) and why, with merge data in their locale and culture warnings naming their sources; a missing merge value or a broken variant answers 422 with the field',
        params: IdParams,
        body: RenderBody,
        response: { 200: RenderOut, ...errorResponses, 422: Type.Ref('Problem') },
      },
    },
    async (req) => s.render.render(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/send-slots',
    {
      schema: {
        tags,
        summary:
          'When to send to a contact: the next moment inside their working hours and their next local mornings (09:30) on business days of their calendar (zone, weekend, public holidays)',
        querystring: SlotsQuery,
        response: { 200: SlotsOut, ...errorResponses, 409: Type.Ref('Problem') },
      },
    },
    async (req) => s.slots.slots(requireScope(req), req.query),
  );
}
