import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { SettingsPatch, WorkspaceSettings } from './workspaces.schemas.ts';
import type { WorkspaceSettingsService } from './workspaces.service.ts';

export function workspaceRoutes(app: App, settings: WorkspaceSettingsService): void {
  const tags = ['workspace'];
  app.get(
    '/workspace',
    {
      schema: {
        tags,
        summary: 'Home office and holiday settings',
        response: { 200: WorkspaceSettings, ...errorResponses },
      },
    },
    async (req) => settings.get(requireScope(req)),
  );
  app.patch(
    '/workspace',
    {
      schema: {
        tags,
        summary: 'Change the home office or which holidays close business (admin)',
        body: SettingsPatch,
        response: { 200: WorkspaceSettings, ...errorResponses, 403: Type.Ref('Problem') },
      },
    },
    async (req) => settings.update(requireScope(req), req.body),
  );
}
