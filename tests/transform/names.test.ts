import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { abbreviates, isInitialOnly, nameKey, normalizeName, pickDisplayName, withoutMiddleInitials } from '../../src/transform/names.js';
import { readCsv } from '../../src/transform/reference.js';
import { GOLD } from '../helpers.js';

const gold = readCsv(join(GOLD, 'authors.dev.csv'));

test('the key folds case, diacritics, hyphens, periods and stray quotes (issue examples)', () => {
  const same = [
    ['Wen-Tau Yih', 'Wen-tau Yih'],
    ['XU Han', 'Xu Han'],
    ['Linzheng ChaI', 'Linzheng Chai'],
    ['Tim Rocktäschel', 'Tim Rocktaschel'],
    ['Ali Mahdavi-Amiri', 'Ali Mahdavi Amiri'],
    ['George Cristian-Muraru', 'George-Cristian Muraru'],
    ['Alexander M Rush', 'Alexander M. Rush'],
    ['Sercan "O. Arik', 'Sercan O. Arik'],
    ["'Jiachen Yang'", 'Jiachen Yang'],
    ['Łukasz Kaiser', 'Lukasz Kaiser'],
  ];
  for (const [a, b] of same) assert.equal(nameKey(a), nameKey(b), `${a} ≡ ${b}`);
  assert.notEqual(nameKey('Lean Fu'), nameKey('Letian Fu'));
});

test('every gold `spelling` pair shares a key; every gold middle-initial pair reduces to one plain form', () => {
  for (const r of gold.filter((r) => r.case === 'spelling'))
    assert.equal(nameKey(r.name_a), nameKey(r.name_b), `${r.name_a} / ${r.name_b}`);
  for (const r of gold.filter((r) => r.case === 'middle-initial')) {
    const [a, b] = [nameKey(r.name_a), nameKey(r.name_b)];
    assert.equal(withoutMiddleInitials(a) ?? a, withoutMiddleInitials(b) ?? b, `${r.name_a} / ${r.name_b}`);
  }
});

test('gold different-person pairs never share a key (except labels that differ only by a diacritic)', () => {
  const diacriticOnly = (a: string, b: string) => a.normalize('NFKD').replace(/\p{M}/gu, '') === b.normalize('NFKD').replace(/\p{M}/gu, '');
  for (const r of gold.filter((r) => r.same === '0' && !diacriticOnly(r.name_a, r.name_b))) {
    assert.notEqual(nameKey(r.name_a), nameKey(r.name_b), `${r.name_a} / ${r.name_b}`);
  }
});

test('initials: `J. Yang` is initial-only and may abbreviate `Jiachen Yang`, not `Wei Yang`', () => {
  assert.ok(isInitialOnly(nameKey('J. Yang')));
  assert.ok(isInitialOnly(nameKey('Z. Z. Ren')));
  assert.ok(!isInitialOnly(nameKey('JD Co-Reyes')));
  assert.ok(abbreviates(nameKey('J. Yang'), nameKey('Jiachen Yang')));
  assert.ok(!abbreviates(nameKey('J. Yang'), nameKey('Wei Yang')));
  assert.equal(withoutMiddleInitials(nameKey('Noah D. Goodman')), 'noah goodman');
  assert.equal(withoutMiddleInitials(nameKey('Noah Goodman')), null);
  assert.equal(normalizeName(' J.Yang '), 'J. Yang');
});

test('display name: most frequent well-formed spelling, with diacritics where any variant has them', () => {
  assert.equal(
    pickDisplayName(
      new Map([
        ['XU Han', 5],
        ['Xu Han', 2],
      ]),
    ),
    'Xu Han',
  );
  assert.equal(
    pickDisplayName(
      new Map([
        ['Tim Rocktaschel', 9],
        ['Tim Rocktäschel', 1],
      ]),
    ),
    'Tim Rocktäschel',
  );
  assert.equal(
    pickDisplayName(
      new Map([
        ['Wen-tau Yih', 3],
        ['Wen-Tau Yih', 1],
      ]),
    ),
    'Wen-tau Yih',
  );
});
