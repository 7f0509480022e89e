// The formatter (Biome, biome.json) was applied once to the whole code; this keeps it applied, so a
// diff shows what changed and not how it was laid out. `npm run format` fixes what it finds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../src/paths.js';

test('the code is formatted as biome.json says (npm run format fixes it)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', '.'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`.split('\n').slice(0, 20).join('\n'));
});

// (a test run goes through tsx, which strips types without checking them: a wrong type passed the
// tests once, so the checker runs here too)
test('the code type-checks (npm run typecheck)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT, '--noEmit'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`.split('\n').slice(0, 20).join('\n'));
});
