// The architecture's boundaries as lint rules (docs/architecture.md). Kept apart from
// eslint.config.js so test/architecture/boundaries.test.ts can prove each rule fires on a
// deliberate violation.

const QUERY_BUILDER = [
  {
    selector:
      'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]',
    message:
      'Only repositories (*.repository.ts) build queries: move this into the owning module’s repository.',
  },
  {
    selector: 'TaggedTemplateExpression[tag.name="sql"], MemberExpression[object.name="sql"]',
    message:
      'Only repositories (*.repository.ts) write SQL: move this into the owning module’s repository.',
  },
  {
    selector:
      'ImportDeclaration[source.value="kysely"][importKind!="type"] > ImportSpecifier[imported.name=/^(sql|expressionBuilder)$/][importKind!="type"]',
    message: 'Only repositories (*.repository.ts) build SQL with kysely.',
  },
];

const OTHER_MODULES_REPOSITORY = {
  regex: '^\\.\\./[^/]+/[^/]+\\.repository(\\.ts)?$',
  message:
    'A module reads and writes another module’s tables only through that module’s service: import its *.service.ts, not its repository.',
};

const ANY_MODULES_REPOSITORY = {
  regex: '(^|/)modules/[^/]+/[^/]+\\.repository(\\.ts)?$',
  message:
    'Outside the modules, go through a module’s service (built once in src/app/container.ts), never its repository.',
};

const DOMAIN_PURITY = {
  regex:
    '(^|/)(db|http|modules|cli|server|seed|app)/|^(kysely|fastify|pg|better-sqlite3)$|^@fastify/',
  message:
    'src/domain is pure: plain functions over plain data, importing nothing from db, http, modules or I/O libraries.',
};

export const boundaries = [
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/db/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...QUERY_BUILDER] },
  },
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [OTHER_MODULES_REPOSITORY] }] },
  },
  {
    files: ['src/{app,cli,seed,server,http}/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ANY_MODULES_REPOSITORY] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DOMAIN_PURITY] }] },
  },
];
