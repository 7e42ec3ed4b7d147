import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Module → the modules it imports (type-only imports included: they couple just the same). */
export type ModuleGraph = Map<string, Set<string>>;

const moduleOf = (file: string): string | null =>
  /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Reads the import statements of every non-test file under `src/modules`. */
export function moduleGraph(root: string): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const abs of sourceFiles(join(root, 'src/modules'))) {
    const file = relative(root, abs);
    const from = moduleOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(abs, 'utf8').matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
      const to = moduleOf(normalize(join(dirname(file), m[1]!)));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one module (Tarjan): each is an import loop. */
export function cycles(graph: ModuleGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}
