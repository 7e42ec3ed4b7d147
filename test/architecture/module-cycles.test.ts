import { describe, expect, it } from 'vitest';
import { cycles, moduleGraph, type ModuleGraph } from './module-graph.ts';

const graph = (edges: Record<string, string[]>): ModuleGraph =>
  new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('architecture: modules depend on each other in one direction', () => {
  it('finds a loop when there is one (the check itself works)', () => {
    expect(cycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graph({ a: ['b'], b: [], c: ['a', 'b'] }))).toEqual([]);
  });

  it('has no module-level import cycle in src/modules', () => {
    const modules = moduleGraph(process.cwd());
    // The graph really was read: a broken reader must not pass vacuously.
    expect(modules.size).toBeGreaterThan(10);
    expect(modules.get('relationship')?.has('customers')).toBe(true);
    expect(cycles(modules)).toEqual([]);
  });
});
