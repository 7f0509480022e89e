// A stage's code version is the hash of what its entry point runs (src/imports.ts), so a change
// to a shared module re-runs the stages that import it, and only those.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { codeVersion } from '../src/hash.js';
import { importClosure } from '../src/imports.js';
import { ROOT } from '../src/paths.js';

const src = (f: string) => join(ROOT, 'src', f);
const ENTRIES = {
  extract: src('extract/stage.ts'),
  transform: src('transform/stage.ts'),
  load: src('load/stage.ts'),
  report: src('report/stage.ts'),
};
const closure = (entry: string) => importClosure([entry]).files.map((f) => relative(join(ROOT, 'src'), f));
/** The files as they are, but for one with something appended. */
const editing = (file: string) => (f: string) => readFileSync(f, 'utf8') + (f === file ? '\n// edited\n' : '');

describe('code versions from the import closure', () => {
  it('a stage runs what its entry point imports and starts: shared modules in, other stages out', () => {
    const ex = closure(ENTRIES.extract);
    for (const f of ['utf8.ts', 'extract/decode.ts', 'extract/worker.ts', 'pool.ts', 'worker-boot.mjs', 'staging/records.ts'])
      assert.ok(ex.includes(f), `extract runs ${f}`);
    assert.ok(!ex.some((f) => /^(transform|load|report|sync|lookup)\//.test(f)), ex.join(' '));
    assert.ok(closure(ENTRIES.transform).includes('transform/metrics.ts'));
    assert.ok(closure(ENTRIES.load).includes('schema/arrow.ts'));
  });

  it('editing a shared module changes the key of the stages that import it, and only theirs', () => {
    const utf8 = src('utf8.ts');
    assert.notEqual(codeVersion(ENTRIES.extract, editing(utf8)), codeVersion(ENTRIES.extract));
    const html = src('report/html.ts');
    assert.equal(codeVersion(ENTRIES.extract, editing(html)), codeVersion(ENTRIES.extract));
    assert.notEqual(codeVersion(ENTRIES.report, editing(html)), codeVersion(ENTRIES.report));
    // the lake reader is the report's, not the extract's
    assert.equal(codeVersion(ENTRIES.extract, editing(src('staging/lake.ts'))), codeVersion(ENTRIES.extract));
    assert.notEqual(codeVersion(ENTRIES.report, editing(src('staging/lake.ts'))), codeVersion(ENTRIES.report));
  });

  it('the scanner finds every source file esbuild bundles from each entry point', async () => {
    for (const entry of Object.values(ENTRIES)) {
      const r = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'silent',
      });
      const bundled = Object.keys(r.metafile.inputs).map((f) => relative(join(ROOT, 'src'), join(process.cwd(), f)));
      const ours = new Set(closure(entry));
      assert.deepEqual(
        bundled.filter((f) => !ours.has(f)),
        [],
        `files of ${relative(ROOT, entry)} the scanner missed`,
      );
    }
  });

  describe('a copy of the code with utf8.ts edited re-parses every digest', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'paperlake-codeversion-'));
    after(() => rmSync(tmp, { recursive: true, force: true }));
    const digests = join(tmp, 'digests');
    const data = join(tmp, 'data');
    mkdirSync(digests);
    cpSync(join(ROOT, 'data', 'digests', '2024-08-16.md'), join(digests, '2024-08-16.md'));

    it('same code: nothing parsed again; edited utf8.ts: parsed again', async () => {
      const run = async (root: string) => {
        const { extractStage } = (await import(
          pathToFileURL(join(root, 'src', 'extract', 'stage.ts')).href
        )) as typeof import('../src/extract/stage.js');
        return (await extractStage(digests, data)).parsed;
      };
      assert.equal(await run(ROOT), 1);
      assert.equal(await run(ROOT), 0);
      const copy = join(tmp, 'code');
      cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      writeFileSync(join(copy, 'package.json'), readFileSync(join(ROOT, 'package.json')));
      assert.equal(await run(copy), 0, 'an unedited copy has the same code version');
      appendFileSync(join(copy, 'src', 'utf8.ts'), '\n// a change to a module the parser imports\n');
      // a fresh copy of the modules (the edited file's importers are new modules too)
      const edited = join(tmp, 'code2');
      cpSync(copy, edited, { recursive: true, verbatimSymlinks: true });
      assert.equal(await run(edited), 1);
    });
  });
});
