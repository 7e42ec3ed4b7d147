import type { OperationNode } from 'kysely';

/**
 * Reads one Kysely query's operation-node tree and says whether every table with a workspace_id
 * it reads — in FROM, a JOIN, a subquery or a CTE — is tied to the same workspace: by equalities
 * `a.workspace_id = b.workspace_id` or `a.workspace_id = <value>` in an ON, WHERE or HAVING
 * clause (AND-ed at the top level), linked into one group. Values are compared by what they are,
 * so two tables pinned to the same workspace id are tied; two different ids are two groups, a
 * cross-workspace read. Raw `sql` fragments are opaque: queries holding them are reported so
 * their text can be checked apart.
 */
export interface JoinReport {
  /** groups of tables not tied to each other; more than one is a cross-workspace read */
  groups: string[][];
  /** no group is pinned to a value: the query reads every workspace (a fan-out, not a join) */
  unpinned: boolean;
  /** the text of raw `sql` fragments inside the tree */
  raw: string[];
}

type Node = OperationNode & Record<string, unknown>;
interface Instance {
  key: string;
  table: string;
  /** the column holding the workspace id: `id` in `workspaces`, else `workspace_id` */
  column: string;
}
interface Scope {
  parent?: Scope;
  /** name or alias → the workspace key of the table, or null for a table without one */
  names: Map<string, Instance | null>;
  ctes: Map<string, Scope>;
  instances: Instance[];
}

const QUERIES = new Set([
  'SelectQueryNode',
  'UpdateQueryNode',
  'DeleteQueryNode',
  'InsertQueryNode',
]);
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
const name = (n: unknown): string | undefined =>
  isNode(n) && n.kind === 'TableNode'
    ? ((n.table as Node).identifier as { name: string }).name
    : isNode(n) && n.kind === 'IdentifierNode'
      ? (n.name as string)
      : undefined;

export function analyseQuery(root: OperationNode, workspaceTables: Set<string>): JoinReport {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const all: Instance[] = [];
  const raw: string[] = [];
  const valueKeys = new Set<string>();
  let seq = 0;

  const lookup = (scope: Scope | undefined, n: string): Instance | null | undefined => {
    for (let s = scope; s; s = s.parent) if (s.names.has(n)) return s.names.get(n);
    return undefined;
  };
  /** the group key a term stands for: a table's workspace_id, a value, or nothing */
  const term = (scope: Scope, n: unknown): string | undefined => {
    if (!isNode(n)) return undefined;
    if (n.kind === 'ValueNode') return `value:${JSON.stringify(n.value)}`;
    if (n.kind === 'PrimitiveValueListNode' || n.kind === 'ValueListNode') {
      const values = n.values as unknown[];
      return values.length === 1
        ? term(scope, isNode(values[0]) ? values[0] : { kind: 'ValueNode', value: values[0] })
        : undefined;
    }
    if (n.kind !== 'ReferenceNode' || (n.column as Node).kind !== 'ColumnNode') return undefined;
    const column = name((n.column as Node).column);
    const table = name(n.table);
    if (table) {
      const instance = lookup(scope, table);
      return instance && instance.column === column ? instance.key : undefined;
    }
    // Unqualified: the one table in the nearest scope whose workspace key has that name.
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const own = [...s.names.values()].filter((i) => i?.column === column);
      if (own.length === 1) return own[0]!.key;
      if (own.length > 1) return undefined;
    }
    return undefined;
  };
  const conjuncts = (n: unknown): Node[] => {
    if (!isNode(n)) return [];
    if (n.kind === 'AndNode') return [...conjuncts(n.left), ...conjuncts(n.right)];
    if (n.kind === 'ParensNode') return conjuncts(n.node);
    return [n];
  };
  const link = (scope: Scope, condition: unknown) => {
    for (const c of conjuncts(condition)) {
      if (c.kind !== 'BinaryOperationNode') continue;
      const op = (c.operator as { operator?: string }).operator;
      if (op !== '=' && op !== 'in') continue;
      const a = term(scope, c.leftOperand);
      const b = term(scope, c.rightOperand);
      if (!a || !b) continue;
      for (const t of [a, b]) if (t.startsWith('value:')) valueKeys.add(t);
      union(a, b);
    }
  };
  const fromItem = (scope: Scope, item: unknown, handled: Set<unknown>) => {
    if (!isNode(item)) return;
    let inner: unknown = item;
    let alias: string | undefined;
    if (item.kind === 'AliasNode') {
      inner = item.node;
      alias = name(item.alias);
    }
    const table = name(inner);
    let derived: Scope | undefined;
    if (table && !lookupCte(scope, table)) {
      const column = table === 'workspaces' ? 'id' : 'workspace_id';
      const instance =
        workspaceTables.has(table) || table === 'workspaces'
          ? { key: `t${seq++}:${table}`, table, column }
          : null;
      scope.names.set(alias ?? table, instance);
      if (instance) {
        scope.instances.push(instance);
        all.push(instance);
      }
      return;
    }
    if (table) derived = lookupCte(scope, table);
    else if (isNode(inner) && QUERIES.has(inner.kind)) {
      handled.add(inner);
      derived = analyse(inner, scope);
    }
    // A derived table's workspace_id is its first table's.
    const first = derived?.instances[0];
    scope.names.set(alias ?? table ?? `derived${seq++}`, first ?? null);
  };
  const lookupCte = (scope: Scope, n: string): Scope | undefined => {
    for (let s: Scope | undefined = scope; s; s = s.parent) if (s.ctes.has(n)) return s.ctes.get(n);
    return undefined;
  };
  const walk = (n: unknown, scope: Scope, handled: Set<unknown>) => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, scope, handled));
    if (!isNode(n) || handled.has(n)) return;
    if (QUERIES.has(n.kind)) return void analyse(n, scope);
    if (n.kind === 'RawNode') raw.push((n.sqlFragments as string[]).join('?'));
    for (const v of Object.values(n)) if (typeof v === 'object') walk(v, scope, handled);
  };
  const analyse = (q: Node, outer?: Scope): Scope => {
    const scope: Scope = { parent: outer, names: new Map(), ctes: new Map(), instances: [] };
    const handled = new Set<unknown>();
    const withNode = q.with as Node | undefined;
    if (withNode) {
      handled.add(withNode);
      for (const cte of withNode.expressions as Node[])
        scope.ctes.set(name((cte.name as Node).table)!, analyse(cte.expression as Node, scope));
    }
    const froms: unknown[] = [];
    if (q.kind === 'UpdateQueryNode') froms.push(q.table);
    if (isNode(q.from)) froms.push(...(q.from.froms as unknown[]));
    if (isNode(q.using)) froms.push(...(q.using.tables as unknown[]));
    const joins = (q.joins as Node[] | undefined) ?? [];
    for (const j of joins) froms.push(j.table);
    for (const f of froms) fromItem(scope, f, handled);
    if (q.kind === 'InsertQueryNode') handled.add(q.into);
    for (const j of joins) link(scope, (j.on as Node | undefined)?.on);
    link(scope, (q.where as Node | undefined)?.where);
    link(scope, (q.having as Node | undefined)?.having);
    for (const [k, v] of Object.entries(q)) if (k !== 'kind') walk(v, scope, handled);
    return scope;
  };

  if (QUERIES.has(root.kind)) analyse(root as Node);
  else walk(root, { names: new Map(), ctes: new Map(), instances: [] }, new Set());
  const groups = new Map<string, string[]>();
  for (const i of all) groups.set(find(i.key), [...(groups.get(find(i.key)) ?? []), i.table]);
  const values = new Set([...valueKeys].map(find));
  return {
    groups: [...groups.values()],
    unpinned: groups.size > 0 && ![...groups.keys()].some((g) => values.has(g)),
    raw,
  };
}
