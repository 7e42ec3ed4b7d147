import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApi, OPENAPI_FILE, SCHEMA_FILE } from '../../scripts/generate-api.ts';

const STALE =
  'is stale: the server’s routes or schemas changed. Run `npm run generate:api` and commit';

/** The web's typed client is generated from the server; a stale copy must fail CI. */
describe('generated web API client', () => {
  it('matches what the server describes now', { timeout: 120_000 }, async () => {
    const fresh = await generateApi();
    const checkedIn = {
      openapi: readFileSync(OPENAPI_FILE, 'utf8'),
      schema: readFileSync(SCHEMA_FILE, 'utf8'),
    };
    expect(checkedIn.openapi === fresh.openapi, `web/src/api/openapi.json ${STALE}`).toBe(true);
    expect(checkedIn.schema === fresh.schema, `web/src/api/schema.gen.ts ${STALE}`).toBe(true);
  });
});
