// The transform's wire formats (src/transform/wire.ts) give back what went in — directly and
// after the V8 serialization the month cache and the worker threads put them through — and the
// partitions' hashes see every field.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { parseDigest } from '../../src/extract/parse.js';
import { GlobalTables } from '../../src/transform/assemble.js';
import { transformDigest, type DigestFacts } from '../../src/transform/digest.js';
import { loadReference } from '../../src/transform/reference.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import {
  appearanceTexts,
  batchFacts,
  factsBatch,
  hashAuthorPart,
  hashPaperPart,
  textsFacts,
  thumbUrl,
  type AuthorPart,
  type PaperPart,
} from '../../src/transform/wire.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

const ref = loadReference(REFERENCE_DIR);
const files = corpusFiles().filter((_, i) => i % 9 === 0); // every era of the corpus
const facts: DigestFacts[] = files.map((f) => {
  const { appearances, sections, metrics, ...rest } = transformDigest(parseDigest(corpusBytes(f), f, 'x'), {
    topics: (p) => ref.topics.tag(p.title, p.sections),
  });
  return rest;
});
const keys = files.map((f) => `key of ${f}`);
const v8 = <T>(x: T): T => deserialize(serialize(x)) as T;

test('a batch of facts gives back every appearance, digest and quarantine row', () => {
  const expected = {
    keys,
    digests: facts.map((f) => f.digest),
    quarantine: facts.map((f) => f.quarantine),
    papers: facts.map((f) => f.papers.map(({ topics, ...p }) => p)),
  };
  assert.ok(
    expected.papers.flat().some((p) => p.image_url === thumbUrl(p.arxiv_id)) &&
      expected.papers.flat().some((p) => p.image_url !== null && p.image_url !== thumbUrl(p.arxiv_id)),
    'both kinds of image',
  );
  assert.ok(
    expected.papers.flat().some((p) => p.authors === null) && expected.papers.flat().some((p) => p.votes === null),
    'missing fields too',
  );
  const b = factsBatch(keys, facts);
  assert.deepEqual(batchFacts(b), expected);
  assert.deepEqual(batchFacts(v8(b)), expected);
});

test('appearance texts give back what the paper rows take from an appearance', () => {
  const expected = facts.flatMap((f) =>
    f.papers.map(({ arxiv_id, digest_date, rank, title, url, topics }) => ({ arxiv_id, digest_date, rank, title, url, topics })),
  );
  assert.ok(expected.some((p) => p.topics.length > 0));
  assert.deepEqual(textsFacts(appearanceTexts(facts)), expected);
  assert.deepEqual(textsFacts(v8(appearanceTexts(facts))), expected);
});

test("a partition's hash is the same after the trip to a thread, and changes with any field", () => {
  const g = new GlobalTables();
  g.addBatch(factsBatch(keys, facts));
  const fin = g.finish();
  const papers = [...fin.papers];
  const authors = [...fin.authors().parts];
  const hashOf = <P>(fn: (h: ReturnType<typeof createHash>, p: P) => void, p: P) => {
    const h = createHash('sha256');
    fn(h, p);
    return h.digest('hex');
  };
  const p = papers[0],
    a = authors[0];
  assert.equal(hashOf(hashPaperPart, v8(p)), hashOf(hashPaperPart, p));
  assert.equal(hashOf(hashAuthorPart, v8(a)), hashOf(hashAuthorPart, a));
  const typed = (x: unknown): x is Int32Array | Float64Array | Uint8Array => ArrayBuffer.isView(x);
  for (const field of Object.keys(p) as (keyof PaperPart)[]) {
    const q = v8(p);
    const x = q[field];
    if (typed(x)) x[0] = x[0] === 1 ? 2 : 1;
    else if (Array.isArray(x)) (x as unknown[])[0] = `${x[0]}!`;
    else if (typeof x === 'string') (q as unknown as Record<string, string>)[field] = `${x}!`;
    else continue;
    assert.notEqual(hashOf(hashPaperPart, q), hashOf(hashPaperPart, p), `papers: ${field}`);
  }
  for (const field of ['ids', 'firstDay', 'truncated', 'nNames', 'names', 'authorIds'] as (keyof AuthorPart)[]) {
    const q = v8(a);
    const x = q[field];
    if (typed(x)) x[0] = x[0] === 1 ? 2 : 1;
    else if (Array.isArray(x)) (x as unknown[])[0] = `${x[0]}!`;
    else (x as { text: string }).text += '!';
    assert.notEqual(hashOf(hashAuthorPart, q), hashOf(hashAuthorPart, a), `paper authors: ${field}`);
  }
});
