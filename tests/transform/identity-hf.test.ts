// Hugging Face user ids as identity evidence: one user across spellings is one person, two users
// under one name are two people, and no name rule joins two different users.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAuthorLists, type AuthorList, type HfUser } from '../../src/transform/identity.js';

const u = (handle: string): HfUser => ({ id: `id-${handle}`, handle });
const list = (arxiv_id: string, names: string[], users?: (HfUser | null)[], date = '2025-03-14'): AuthorList => ({
  arxiv_id,
  names,
  list_truncated: false,
  first_seen: date,
  digest_date: date,
  users,
});

test('two Hugging Face users under one name are two people; mentions naming neither stay apart', () => {
  const r = resolveAuthorLists([
    list('2503.00001', ['Kai Chen', 'Ada Example'], [u('kaichen-a'), null]),
    list('2503.00002', ['Kai Chen'], [u('kaichen-b')]),
    list('2503.00003', ['Kai Chen']),
  ]);
  const a = r.idOf('Kai Chen', u('kaichen-a')),
    b = r.idOf('Kai Chen', u('kaichen-b')),
    plain = r.idOf('Kai Chen');
  assert.equal(new Set([a, b, plain]).size, 3);
  const rows = r.authors.filter((x) => x.display_name === 'Kai Chen');
  assert.equal(rows.length, 3);
  for (const x of rows) assert.match(x.split_reason as string, /"kai chen" is written by 2 Hugging Face users \(kaichen-a, kaichen-b\)/);
  assert.deepEqual(rows.map((x) => x.hf_users).sort(), [['kaichen-a'], ['kaichen-b'], null].sort());
  assert.equal(r.authors.find((x) => x.display_name === 'Ada Example')!.split_reason, null);
});

test('one user across spellings is one person, with the reason', () => {
  const r = resolveAuthorLists([
    list('2503.00001', ['Yi Ren', 'Ada Example'], [u('yiren'), null]),
    list('2503.00002', ['Ren Yi'], [u('yiren')], '2025-03-15'),
  ]);
  assert.equal(r.idOf('Yi Ren'), r.idOf('Ren Yi'));
  const row = r.authors.find((x) => x.author_id === r.idOf('Yi Ren'))!;
  assert.match(row.merge_reason as string, /same Hugging Face user "yiren"/);
  assert.equal(row.n_papers, 2);
  // one user under a name: every mention of it, claimed or not, is that person
  const one = resolveAuthorLists([list('2503.00001', ['Kai Chen'], [u('k')]), list('2503.00002', ['Kai Chen'])]);
  assert.equal(one.authors.length, 1);
  assert.equal(one.authors[0].split_reason, null);
});

test('a name rule never joins two different users', () => {
  // without users, the only expansion of `Noah Goodman` joins it
  const names = [list('2503.00001', ['Noah Goodman']), list('2503.00002', ['Noah D. Goodman'])];
  assert.equal(resolveAuthorLists(names).authors.length, 1);
  const withUsers = resolveAuthorLists([
    list('2503.00001', ['Noah Goodman'], [u('ng1')]),
    list('2503.00002', ['Noah D. Goodman'], [u('ng2')]),
  ]);
  assert.equal(withUsers.authors.length, 2);
});
