// The import graph of paperlake's own source: for each file, the files it loads (static and
// dynamic imports, `export … from`, worker scripts given as `new URL('./x.ts', import.meta.url)`)
// and the packages it names (`from 'pkg'`, `require('pkg')`). Two users: a stage's code version
// hashes the closure of its entry point (hash.ts), and the boundary test checks which folders
// import which, and that nothing imports itself in a circle (tests/imports.test.ts; a second
// test checks this scanner finds every file esbuild's bundler finds).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';

/** Comments out, strings kept (a `//` inside a string is not a comment). */
const COMMENT_OR_STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
/** The specifier of each way a module names another. */
const SPECIFIER =
  /(?:\bimport\s+(?:type\s+)?[\w$*{}\s,]*?\s*from\s*|\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*|\bimport\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|\b(new\s+URL)\s*\(\s*)(['"])([^'"\n]+)\2/g;

const BUILTIN = new Set(builtinModules);

export interface ModuleImports {
  /** absolute paths of the paperlake files it imports */
  files: string[];
  /** files it starts in another thread or names by URL (`new URL('./worker.ts', import.meta.url)`):
   *  run by it, but not part of its module graph (no cycle through them) */
  spawns: string[];
  /** package names it loads (`@scope/name` or `name`, without subpaths) */
  packages: string[];
}

/** What one source file imports; `text` lets a caller scan another version of the file. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): ModuleImports {
  const code = text.replace(COMMENT_OR_STRING, (m, str: string | undefined) => str ?? '');
  const files = new Set<string>();
  const spawns = new Set<string>();
  const packages = new Set<string>();
  for (const m of code.matchAll(SPECIFIER)) {
    const spec = m[3];
    if (spec.startsWith('.')) {
      const target = resolveLocal(file, spec);
      if (target) (m[1] ? spawns : files).add(target);
    } else if (!spec.startsWith('node:') && !BUILTIN.has(spec.split('/')[0]) && /^[@\w]/.test(spec)) {
      const parts = spec.split('/');
      packages.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return { files: [...files].sort(), spawns: [...spawns].sort(), packages: [...packages].sort() };
}

/** `./x.js` written for `./x.ts` (NodeNext style), or the file as named. */
function resolveLocal(from: string, spec: string): string | null {
  const p = resolve(dirname(from), spec);
  for (const c of [p.replace(/\.js$/, '.ts'), p, `${p}.ts`]) if (existsSync(c)) return c;
  return null;
}

/** Every paperlake file the entry points load or start, transitively, and the packages they
 *  name. `read` lets a caller (a test) see other contents than the files'. */
export function importClosure(
  entries: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!/\.[cm]?[jt]s$/.test(f)) continue; // a data file named by URL is hashed, not scanned
    const imp = importsOf(f, read(f));
    for (const p of imp.packages) packages.add(p);
    todo.push(...imp.files, ...imp.spawns);
  }
  return { files: [...seen].sort(), packages: [...packages].sort() };
}
