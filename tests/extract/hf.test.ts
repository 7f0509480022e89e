// API files → raw records: ids kept as strings, every item loaded or set aside with its index,
// unknown fields counted, a field of the wrong type NULL and noted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHfDay } from '../../src/extract/hf.js';
import { hfAuthor, hfItem } from '../sync/fixtures.js';

const parse = (v: unknown) => parseHfDay(typeof v === 'string' ? v : JSON.stringify(v), 'hf/2025-03-14.json', '2025-03-14', 'sha');

test('an item in the OpenAPI shape: the paper-level fields, authors with their user ids', () => {
  const day = parse([
    hfItem('2503.02130', '2025-03-14', { upvotes: 31, authors: [hfAuthor(1, 'Kai  Chen', 'kaichen'), hfAuthor(2, 'Kai Chen')] }),
  ]);
  assert.deepEqual(day.issues, []);
  const [it] = day.items;
  assert.equal(it.arxiv_id, '2503.02130', 'a string, trailing zero kept');
  assert.equal(it.upvotes, 31);
  assert.equal(it.abstract, 'We study synthetic problem 2503.02130. Our method improves accuracy on GSM8K to 80.5%.');
  assert.deepEqual(it.ai_keywords, ['synthetic', 'benchmark']);
  assert.equal(it.github_repo, 'https://github.com/example/p250302130');
  assert.equal(it.github_stars, 12);
  assert.equal(it.num_comments, 2);
  assert.equal(it.published_on, '2025-03-14');
  assert.deepEqual(
    it.authors.map((a) => [a.name, a.user]),
    [
      ['Kai Chen', 'kaichen'],
      ['Kai Chen', null],
    ],
  );
  assert.ok(it.authors[0].user_id);
  // discussionId and isAuthorParticipating are not in the schema the issue names: counted
  assert.deepEqual(day.unknown, { isAuthorParticipating: 1, 'paper.discussionId': 1 });
});

test('bad JSON, a missing paper.id, a non-arXiv or numeric id, a duplicate: set aside with the item index', () => {
  assert.match(parse('[{"paper": {"id": "2503.0').issues[0].reason, /^not valid JSON/);
  assert.equal(parse('[{"paper": {"id": "2503.0').issues[0].scope, 'file');
  assert.match(parse({ error: 'x' }).issues[0].reason, /not a JSON array/);
  const good = hfItem('2503.11002', '2025-03-14');
  const day = parse([
    good,
    { ...good, paper: { ...good.paper, id: undefined } },
    { ...good, paper: { ...good.paper, id: 'not-an-id' } },
    { ...good, paper: { ...good.paper, id: 2503.0213 } },
    good,
    { thumbnail: 'x' },
    { ...good, paper: { ...good.paper, id: '2503.11003v2', upvotes: 'many' } },
  ]);
  assert.deepEqual(
    day.items.map((i) => [i.item, i.arxiv_id]),
    [
      [0, '2503.11002'],
      [6, '2503.11003'],
    ],
  );
  assert.deepEqual(
    day.issues.map((i) => [i.item, i.scope, i.reason.split(':')[0]]),
    [
      [1, 'entry', 'missing `paper.id`'],
      [2, 'entry', '`paper.id` "not-an-id" is not an arXiv id'],
      [3, 'entry', '`paper.id` is a number (2503.0213), not a string'],
      [4, 'entry', 'duplicate of an earlier item for 2503.11002 in this file'],
      [5, 'entry', 'item without a `paper` object'],
      [6, 'field', '`paper.upvotes` is not a whole number ("many")'],
    ],
  );
  assert.equal(day.items[1].upvotes, null);
});
