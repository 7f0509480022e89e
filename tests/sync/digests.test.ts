// npm run sync from a git repository in the upstream layout: a bare repository made here (no
// remote host is ever contacted), the files it adds and updates, a user's files left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { STATE_NAME, syncDigests, UPSTREAM_REPO } from '../../src/sync/digests.js';
import { copyAction, digestTarget } from '../../src/sync/plan.js';
import { tempDir } from '../helpers.js';

const SYNC = ['--import', 'tsx', join(ROOT, 'pipeline', 'sync.ts')];
const syncCli = (args: string[]) =>
  spawnSync(process.execPath, [...SYNC, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CI: 'true' } });
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });

const digest = (date: string, title: string) =>
  `## Daily Papers (${date})\n\n### [${title}](https://arxiv.org/abs/2503.0${date.slice(-2)}01)\n\n- Vote: 3\n\n- 요약: ${title}.\n`;

/** A bare repository in the upstream layout, and a working copy to commit to it from. */
function upstream(dir: string, files: Record<string, string>) {
  const bare = join(dir, 'upstream.git');
  const work = join(dir, 'work');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(dir, 'init', '--quiet', '--initial-branch=main', work);
  const commit = (change: Record<string, string>) => {
    for (const [p, text] of Object.entries(change)) {
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    git(work, 'add', '-A');
    git(work, 'commit', '--quiet', '-m', 'digests');
    git(work, 'push', '--quiet', bare, 'main');
  };
  commit(files);
  return { bare, commit };
}

const listing = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

test('plan: upstream paths map to YYYY-MM-DD.md; a file no sync wrote is kept', () => {
  assert.equal(digestTarget('paper_logs/2025/03/14.md'), '2025-03-14.md');
  assert.equal(digestTarget('paper_logs/papers_list.csv'), 'papers_list.csv');
  for (const p of ['README.md', 'paper_logs/2025/02/30.md', 'paper_logs/2025/03/14.txt', 'paper_logs/images/2025/03/14.md'])
    assert.equal(digestTarget(p), null, p);
  assert.equal(copyAction('new', null, []), 'add');
  assert.equal(copyAction('new', 'new', []), 'same');
  assert.equal(copyAction('new', 'old', ['old']), 'update');
  assert.equal(copyAction('new', 'mine', ['old']), 'keep');
  assert.match(UPSTREAM_REPO, /l-yohai\/daily_papers_ko$/);
});

test('sync --from a local bare repository adds, then updates, never touches a user file', () => {
  const tmp = tempDir();
  try {
    const up = upstream(tmp.dir, {
      'paper_logs/2025/03/14.md': digest('2025-03-14', 'First'),
      'paper_logs/2025/03/15.md': digest('2025-03-15', 'Second'),
      'paper_logs/papers_list.csv': 'date,title,url\n2025-03-14,First,https://arxiv.org/abs/2503.01401\n',
      'paper_logs/images/logo.png': 'png',
      'README.md': '# upstream\n',
    });
    const digests = join(tmp.dir, 'digests');
    mkdirSync(digests);
    writeFileSync(join(digests, 'my-notes.md'), 'mine\n');
    writeFileSync(join(digests, '2025-03-15.md'), 'my own version\n');
    const args = ['--from', up.bare, '--digests', digests, '--data', join(tmp.dir, 'data')];
    const first = syncCli(args);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(first.stdout.trim().split('\n').slice(0, -1), ['added 2025-03-14.md', 'added papers_list.csv']);
    assert.match(first.stdout, /^sync\s+2 added, 0 updated, 1 kept as you changed them, from .*upstream\.git at [0-9a-f]{12} → /m);
    assert.match(first.stderr, /^warning: 2025-03-15\.md: differs from .* kept as it is$/m);
    const files = listing(digests);
    assert.deepEqual(Object.keys(files), [STATE_NAME, '2025-03-14.md', '2025-03-15.md', 'my-notes.md', 'papers_list.csv']);
    assert.equal(files['2025-03-14.md'], digest('2025-03-14', 'First'));
    assert.equal(files['2025-03-15.md'], 'my own version\n');
    assert.equal(files['my-notes.md'], 'mine\n');

    // upstream edits a digest the sync wrote and adds one; the user edits one the sync wrote
    up.commit({
      'paper_logs/2025/03/14.md': digest('2025-03-14', 'First, corrected'),
      'paper_logs/2025/03/16.md': digest('2025-03-16', 'Third'),
    });
    const second = syncCli(args);
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual(second.stdout.trim().split('\n').slice(0, -1), ['updated 2025-03-14.md', 'added 2025-03-16.md']);
    writeFileSync(join(digests, '2025-03-16.md'), 'edited by hand\n');
    up.commit({ 'paper_logs/2025/03/16.md': digest('2025-03-16', 'Third, corrected') });
    const third = syncCli(args);
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /^sync\s+0 added, 0 updated, 2 kept/m);
    assert.equal(readFileSync(join(digests, '2025-03-16.md'), 'utf8'), 'edited by hand\n');
    assert.equal(readFileSync(join(digests, '2025-03-14.md'), 'utf8'), digest('2025-03-14', 'First, corrected'));
  } finally {
    tmp.cleanup();
  }
});

test('a sync stopped after any file, then run again, leaves exactly the files of one run', async () => {
  const tmp = tempDir();
  try {
    const up = upstream(
      tmp.dir,
      Object.fromEntries(['10', '11', '12', '13'].map((d) => [`paper_logs/2025/03/${d}.md`, digest(`2025-03-${d}`, `Paper ${d}`)])),
    );
    const one = join(tmp.dir, 'one');
    await syncDigests({ from: up.bare, digests: one, cache: join(tmp.dir, 'cache-one') });
    for (let stopAfter = 1; stopAfter <= 3; stopAfter++) {
      const dir = join(tmp.dir, `stopped-${stopAfter}`);
      let n = 0;
      await assert.rejects(
        syncDigests({
          from: up.bare,
          digests: dir,
          cache: join(tmp.dir, `cache-${stopAfter}`),
          afterWrite: () => {
            if (++n === stopAfter) throw new Error('stopped');
          },
        }),
        /stopped/,
      );
      assert.equal(readdirSync(dir).filter((f) => f.endsWith('.md')).length, stopAfter);
      const resumed = await syncDigests({ from: up.bare, digests: dir, cache: join(tmp.dir, `cache-${stopAfter}`) });
      assert.equal(resumed.changes.length, 4 - stopAfter, 'only the files still missing');
      assert.deepEqual(listing(dir), listing(one));
    }
  } finally {
    tmp.cleanup();
  }
});

test('sync from a repository that is not there: one line, exit 69, nothing written', () => {
  const tmp = tempDir();
  try {
    const r = syncCli(['--from', join(tmp.dir, 'nowhere.git'), '--digests', join(tmp.dir, 'd'), '--data', join(tmp.dir, 'data')]);
    assert.equal(r.status, 69, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^paperlake: git fetch .*nowhere\.git: /);
  } finally {
    tmp.cleanup();
  }
});
