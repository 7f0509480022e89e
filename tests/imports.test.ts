// The walls between stages, checked on every `npm test`: a stage folder imports only `schema`,
// `staging`, the shared modules at the top of src/ and its own folder; nothing imports itself
// in a circle (type-only imports included: a cycle of types is still two modules that cannot be
// read apart).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { importsOf } from '../src/imports.js';
import { ROOT } from '../src/paths.js';

const SRC = join(ROOT, 'src');
export const STAGES = ['extract', 'transform', 'load', 'report', 'sync', 'lookup'];

/** Modules that put the stages together (the pipeline command): they may import every stage. */
const COMPOSERS = new Set(['pipeline.ts']);

/** Imports a stage folder may make across the wall, each with the reason it is not a leak. */
const ALLOWED: Record<string, string> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** src-relative file → src-relative files it imports */
export function importGraph(root = SRC): Map<string, string[]> {
  const rel = (f: string) => relative(root, f).split(sep).join('/');
  return new Map(sources(root).map((f) => [rel(f), importsOf(f).files.map(rel)]));
}

/** Where a stage folder reaches into another: `from -> to` for each such import. */
export function wallBreaches(graph: Map<string, string[]>): string[] {
  const folder = (f: string) => (f.includes('/') ? f.split('/')[0] : null);
  const out: string[] = [];
  for (const [from, tos] of graph) {
    const own = folder(from);
    if (COMPOSERS.has(from)) continue;
    for (const to of tos) {
      const theirs = folder(to);
      if (theirs === null || theirs === own || !STAGES.includes(theirs)) continue;
      // a stage's folder is its own: neither another stage nor the shared modules reach in
      if (ALLOWED[`${from} -> ${to}`]) continue;
      out.push(`${from} -> ${to}`);
    }
  }
  return out.sort();
}

/** Each import cycle once, as the files around it (Tarjan's strongly connected components). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    onStack = new Set<string>(),
    stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

describe('import boundaries', () => {
  const graph = importGraph();

  it('no stage folder imports another stage folder, and no shared module imports a stage', () => {
    assert.deepEqual(wallBreaches(graph), []);
  });

  it('no import cycles', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('the checks catch what they are for', () => {
    const bad = new Map([
      ['transform/stage.ts', ['extract/stage.ts', 'staging/extract.ts']],
      ['extract/stage.ts', ['staging/extract.ts', 'hash.ts']],
      ['staging/extract.ts', ['load/stage.ts']],
      ['load/stage.ts', ['staging/extract.ts']],
      ['hash.ts', []],
    ]);
    assert.deepEqual(wallBreaches(bad), ['staging/extract.ts -> load/stage.ts', 'transform/stage.ts -> extract/stage.ts']);
    assert.deepEqual(cycles(bad), [['load/stage.ts', 'staging/extract.ts']]);
    assert.deepEqual(cycles(new Map([['a.ts', ['a.ts']]])), [['a.ts']]);
  });

  it('every allowed exception is still needed', () => {
    const edges = new Set([...graph].flatMap(([f, ts]) => ts.map((t) => `${f} -> ${t}`)));
    for (const e of Object.keys(ALLOWED)) assert.ok(edges.has(e), `${e} is allowed but no longer imported: drop it from ALLOWED`);
  });
});
