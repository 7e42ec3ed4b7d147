import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundaries } from '../../eslint.boundaries.js';

// The boundary rules of eslint.config.js, run on deliberate violations: each must be caught, and
// the same code in its rightful place must pass. `npm run lint` applies them to the real tree.
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    ...boundaries,
  ],
});

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture: boundary lint rules', () => {
  it('keeps src/domain pure', async () => {
    expect(
      await rulesHit('src/domain/x.ts', "import type { DB } from '../db/schema.ts';\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await rulesHit('src/domain/x.ts', "import { AppError } from '../http/errors.ts';\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await rulesHit(
        'src/domain/calendar/x.ts',
        "import { x } from '../../modules/a/a.service.ts';\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(await rulesHit('src/domain/x.ts', "import { sql } from 'kysely';\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await rulesHit('src/domain/x.ts', "import { toDay } from './calendar/dates.ts';\n"),
    ).toEqual([]);
  });

  it('keeps query building in repositories', async () => {
    const query = "export const q = (db: any) => db.selectFrom('customers').selectAll();\n";
    expect(await rulesHit('src/modules/a/a.service.ts', query)).toEqual(['no-restricted-syntax']);
    expect(await rulesHit('src/cli/x.ts', query)).toEqual(['no-restricted-syntax']);
    expect(
      await rulesHit(
        'src/modules/a/a.service.ts',
        "import { sql } from 'kysely';\nexport const one = sql`select 1`;\n",
      ),
    ).toContain('no-restricted-syntax');
    expect(
      await rulesHit(
        'src/modules/a/a.service.ts',
        "export const f = (db: any) => db.updateTable('x');\n",
      ),
    ).toEqual(['no-restricted-syntax']);
    expect(await rulesHit('src/modules/a/a.repository.ts', query)).toEqual([]);
    expect(await rulesHit('src/db/migrations/0099_x.ts', query)).toEqual([]);
  });

  it("keeps a module's repository private to it", async () => {
    const other = "import { bRepository } from '../b/b.repository.ts';\nexport { bRepository };\n";
    expect(await rulesHit('src/modules/a/a.service.ts', other)).toEqual(['no-restricted-imports']);
    expect(
      await rulesHit(
        'src/cli/x.ts',
        "import { bRepository } from '../modules/b/b.repository.ts';\nexport { bRepository };\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await rulesHit(
        'src/modules/a/a.service.ts',
        "import { aRepository } from './a.repository.ts';\nimport { b } from '../b/b.service.ts';\nexport { aRepository, b };\n",
      ),
    ).toEqual([]);
  });
});
