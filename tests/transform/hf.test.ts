// The API as a second source: a lake from digests + API files equals, for the papers the
// digests list, the digest-only lake in every digest-derived column, and adds the API's; a lake
// from API files alone works. Real corpus digests of the API era; synthetic API days whose
// overlapping ids are read from the digest-only lake (never written down here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { objects, openLake, query } from '../../src/staging/lake.js';
import { CORPUS, corpusFiles, runPipeline, tempDir } from '../helpers.js';
import { extract, load, transform } from '../../src/pipeline.js';
import { hfAuthor, hfItem } from '../sync/fixtures.js';

const tmp = tempDir();
const digests = join(tmp.dir, 'digests');
const only = join(tmp.dir, 'digest-only');
const both = join(tmp.dir, 'both');
const apiOnly = join(tmp.dir, 'api-only');
const stages = [extract, transform, load];
const days = corpusFiles()
  .filter((f) => f >= '2024-10')
  .slice(0, 3);

async function rows(data: string, sql: string): Promise<Record<string, unknown>[]> {
  const lake = await openLake(data);
  try {
    const r = await query(lake.conn, sql);
    return objects(r);
  } finally {
    lake.close();
  }
}
const sorted = (xs: Record<string, unknown>[]) => xs.map((x) => JSON.stringify(x)).sort();

let overlap: string[] = [];
before(async () => {
  mkdirSync(digests);
  for (const f of days) copyFileSync(join(CORPUS, f), join(digests, f));
  await runPipeline({ digests, data: only, reports: join(tmp.dir, 'r1') }, stages);
  // every other paper of each digest is also in that day's API file, with two API-only papers
  const listed = await rows(only, 'select digest_date::varchar as d, arxiv_id, rank from appearances order by d, rank');
  // the API names the digests' authors, each first author claimed by a user of their own
  const names = new Map<string, string[]>();
  for (const r of await rows(only, 'select arxiv_id, list(raw_name order by position) as names from paper_authors group by 1'))
    names.set(r.arxiv_id as string, r.names as string[]);
  for (const dir of [join(both, 'hf'), join(apiOnly, 'hf')]) mkdirSync(dir, { recursive: true });
  days.forEach((f, k) => {
    const date = f.slice(0, 10);
    const mine = listed.filter((r) => r.d === date && (r.rank as number) % 2 === 1).map((r) => r.arxiv_id as string);
    overlap.push(...mine);
    const items = [
      ...mine.map((id, i) =>
        hfItem(id, date, {
          upvotes: 100 + i,
          authors: (names.get(id) ?? ['Ada Example']).map((n, j) =>
            hfAuthor(j, n, j === 0 ? `user-${n.toLowerCase().replace(/[^a-z]/g, '')}` : undefined),
          ),
        }),
      ),
      // two Hugging Face users named Kai Chen (days 1 and 2), and one unclaimed Kai Chen (day 3)
      hfItem(`2599.0${k}001`, date, {
        title: 'A reasoning benchmark for LLM agents',
        upvotes: 3,
        authors: [hfAuthor(1, 'Kai Chen', k < 2 ? `kai-chen-${k}` : undefined), hfAuthor(2, 'Bo Sample')],
      }),
      hfItem(`2599.0${k}002`, date, { title: 'Faster diffusion models for video generation', upvotes: 4, extra: { mediaUrls: [] } }),
    ];
    writeFileSync(join(both, 'hf', `${date}.json`), JSON.stringify(items));
    writeFileSync(join(apiOnly, 'hf', `${date}.json`), JSON.stringify(items));
  });
  overlap = [...new Set(overlap)];
  await runPipeline({ digests, data: both, reports: join(tmp.dir, 'r2') }, stages);
  await runPipeline({ digests: join(tmp.dir, 'no-digests-here'), data: apiOnly, reports: join(tmp.dir, 'r3') }, stages);
});
after(() => tmp.cleanup());

const DIGEST_COLUMNS =
  'arxiv_id, title, url, image_url, image_kind, first_seen, last_seen, n_appearances, max_votes, n_authors, list_truncated, source';

test('the papers the digests list keep every digest-derived column; the API adds its own', async () => {
  assert.ok(overlap.length >= 10, `${overlap.length} overlapping papers`);
  const a = await rows(only, `select ${DIGEST_COLUMNS} from papers`);
  const b = await rows(both, `select ${DIGEST_COLUMNS} from papers where source = 'digest'`);
  assert.deepEqual(sorted(b), sorted(a));
  for (const table of ['appearances', 'sections', 'metrics', 'paper_topics', 'digests']) {
    const cols = table === 'digests' ? '*' : `* exclude (year)`;
    const ids = table === 'digests' ? '' : `where arxiv_id in (select arxiv_id from papers where source = 'digest')`;
    assert.deepEqual(
      sorted(await rows(both, `select ${cols} from ${table} ${ids}`)),
      sorted(await rows(only, `select ${cols} from ${table}`)),
      table,
    );
  }
  const pa = 'select arxiv_id, author_id, position, raw_name, list_truncated, first_seen from paper_authors';
  assert.deepEqual(
    sorted(await rows(both, `${pa} where arxiv_id in (select arxiv_id from papers where source = 'digest')`)),
    sorted(await rows(only, pa)),
  );
  const api = await rows(
    both,
    `select arxiv_id, hf_upvotes, abstract, github_stars, ai_keywords from papers where hf_first_seen is not null and source = 'digest'`,
  );
  assert.deepEqual(api.map((r) => r.arxiv_id).sort(), [...overlap].sort(), 'API columns on exactly the papers the API lists');
  assert.ok(api.every((r) => typeof r.abstract === 'string' && r.github_stars === 12 && (r.hf_upvotes as number) >= 100));
  const none = await rows(
    both,
    `select count(*) as n from papers where hf_first_seen is null and (abstract is not null or hf_upvotes is not null)`,
  );
  assert.equal(none[0].n, 0, 'NULL where only digests know the paper');
});

test('vote observations of both sources in one table; papers only the API lists are first-class', async () => {
  const digestVotes = await rows(only, `select digest_date as observed_on, arxiv_id, votes from appearances where votes is not null`);
  const v = await rows(both, `select observed_on, arxiv_id, votes from votes where source = 'digest'`);
  assert.deepEqual(sorted(v), sorted(digestVotes));
  const hf = await rows(both, `select count(*) as n from votes where source = 'hf'`);
  assert.equal(hf[0].n, overlap.length + 2 * days.length);
  const hfOnly = await rows(
    both,
    `select p.arxiv_id, p.title, p.n_appearances, p.max_votes, p.hf_upvotes, (select list(topic order by topic) from paper_topics t where t.arxiv_id = p.arxiv_id) as topics,
    (select count(*) from metrics m where m.arxiv_id = p.arxiv_id) as metrics, (select count(*) from paper_authors a where a.arxiv_id = p.arxiv_id) as authors from papers p where source = 'hf' order by 1`,
  );
  assert.equal(hfOnly.length, 2 * days.length);
  assert.equal(typeof hfOnly[0].arxiv_id, 'string');
  assert.match(hfOnly[0].arxiv_id as string, /^2599\.0\d00[12]$/);
  for (const p of hfOnly) {
    assert.equal(p.n_appearances, 1);
    assert.equal(p.max_votes, p.hf_upvotes);
    assert.ok((p.metrics as number) >= 1, 'a metric from the English abstract (accuracy on GSM8K, 80.5%)');
    assert.equal(p.authors, 2);
  }
  assert.ok(
    hfOnly.some((p) => (p.topics as string[]).includes('agents')),
    JSON.stringify(hfOnly.map((p) => p.topics)),
  );
  assert.ok(
    hfOnly.some((p) => (p.topics as string[]).includes('video-generation') || (p.topics as string[]).includes('image-generation')),
    JSON.stringify(hfOnly.map((p) => p.topics)),
  );
  const unknown = await rows(
    both,
    `select reason from quarantine where source_path like 'hf/%' and reason like 'unknown field%mediaUrls%'`,
  );
  assert.equal(unknown.length, days.length, 'unknown fields counted per file');
});

test('Hugging Face users as identity evidence: a digest spelling finds its user; two users under one name are two people', async () => {
  const claimed = await rows(
    both,
    `select count(*) as n from authors where hf_users is not null and author_id in (select author_id from paper_authors pa join papers p using (arxiv_id) where p.source = 'digest')`,
  );
  assert.ok((claimed[0].n as number) >= 5, `${claimed[0].n} digest authors with their user`);
  const kai = await rows(
    both,
    `select hf_users, split_reason from authors where display_name = 'Kai Chen' and split_reason is not null order by hf_users`,
  );
  assert.equal(kai.length, 3, JSON.stringify(kai));
  assert.deepEqual(
    kai.map((x) => x.hf_users),
    [['kai-chen-0'], ['kai-chen-1'], null],
  );
  assert.match(kai[0].split_reason as string, /written by 2 Hugging Face users \(kai-chen-0, kai-chen-1\)/);
});

test('a lake from API files alone: every API paper, source hf', async () => {
  const r = await rows(
    apiOnly,
    `select count(*) as n, count(*) filter (where source = 'hf') as hf, count(distinct arxiv_id) as ids from papers`,
  );
  assert.equal(r[0].n, overlap.length + 2 * days.length);
  assert.equal(r[0].hf, r[0].n);
  const m = await rows(apiOnly, `select count(*) as n from metrics`);
  assert.ok((m[0].n as number) >= r[0].n, 'metrics from each abstract');
});

test('a new API file is picked up incrementally: no digest is transformed again', async () => {
  writeFileSync(
    join(both, 'hf', '2030-01-01.json'),
    JSON.stringify([hfItem('2599.09999', '2030-01-01', { title: 'A late paper on speech recognition' })]),
  );
  const [ex, tr] = await runPipeline({ digests, data: both, reports: join(tmp.dir, 'r2') }, stages);
  assert.match(ex, /\(0 parsed, 3 unchanged\)/);
  assert.match(tr, /\(0 transformed\)/);
  const r = await rows(both, `select source, first_seen::varchar as d from papers where arxiv_id = '2599.09999'`);
  assert.deepEqual(r, [{ source: 'hf', d: '2030-01-01' }]);
});
