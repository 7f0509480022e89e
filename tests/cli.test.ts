// The command-line contract every script shares: help, "did you mean", stray arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON, editDistance, failureLine, nearestOption, parseArgv, type CommandSpec } from '../src/cli.js';
import { UsageError } from '../src/errors.js';

const spec: CommandSpec = {
  name: 'report',
  options: { data: COMMON.data, reports: COMMON.reports, since: { type: 'string', arg: 'DATE', help: 'from' }, full: COMMON.full },
  examples: ['npm run report -- --since 2025-01-01'],
};
const fails = (argv: string[], re: RegExp, s = spec) =>
  assert.throws(
    () => parseArgv(s, argv),
    (e: unknown) => e instanceof UsageError && e.exitCode === 2 && re.test(e.message) && !e.message.includes('\n'),
  );

test("--help lists the script's own options and an example, and wins over any other problem", () => {
  const p = parseArgv(spec, ['--bogus', '--help']);
  assert.ok(p.help);
  assert.match(p.text, /^Usage: npm run report -- \[options\]/);
  assert.match(p.text, /--since DATE +from/);
  assert.match(p.text, /Example:\n {2}npm run report -- --since 2025-01-01/);
  assert.doesNotMatch(p.text, /--digests/, 'not an option of report');
  assert.ok(parseArgv(spec, ['-h']).help);
});

test('a mistyped flag gets the nearest known one; an option of other scripts is named as such', () => {
  fails(['--sinse', '2025-01-01'], /^unknown option --sinse \(did you mean --since\?\); see npm run report -- --help$/);
  fails(['--reprots', 'x'], /did you mean --reports\?/); // a transposition is one edit
  fails(['-data', 'x'], /unknown option -data \(did you mean --data\?\)/);
  fails(['--digests', 'x'], /npm run report takes no --digests/);
  fails(['--no-such-flag'], /^unknown option --no-such-flag; see/);
  assert.equal(nearestOption('verb', ['verbose', 'verbatim']), undefined, 'two names start so: no guess');
  assert.equal(nearestOption('verbo', ['verbose', 'data']), 'verbose');
  assert.equal(editDistance('reprots', 'reports'), 1);
});

test('stray arguments, missing values, values given to flags and repeated options are refused', () => {
  fails(['stray'], /npm run report takes no arguments, only options: "stray"/);
  fails(['--since'], /--since needs a value \(DATE\)/);
  fails(['--since', '--full'], /--since needs a value/);
  fails(['--full=1'], /--full takes no value/);
  fails(['--data', 'a', '--data', 'b'], /--data is given twice/);
  const q: CommandSpec = { name: 'query', options: { file: { type: 'string' } }, args: { min: 0, max: 1, name: 'the SQL' } };
  fails(['select 1', 'select 2'], /unexpected argument "select 2"/, q);
  // SQL that starts with a comment, and `-` for standard input, are arguments, not options
  const p = parseArgv(q, ['-- a comment\nselect 1']);
  assert.ok(!p.help && p.positionals[0].startsWith('-- a comment'));
  const f = parseArgv(q, ['--file', '-']);
  assert.ok(!f.help && f.values.file === '-');
});

test('defaults apply, --name=value works, and -- ends the options', () => {
  const p = parseArgv(spec, ['--since=2025-01-01']);
  assert.ok(!p.help);
  assert.deepEqual([p.values.since, p.values.data, p.values.full], ['2025-01-01', 'data', false]);
  const s: CommandSpec = { name: 'search', options: {}, args: { min: 1, max: Infinity, name: 'words' } };
  const w = parseArgv(s, ['--', '--weird', 'words']);
  assert.ok(!w.help && w.positionals.join(' ') === '--weird words');
  fails([], /npm run search needs words/, s);
});

test('a file-system error not caught closer to its cause is one plain line', () => {
  const e = Object.assign(new Error("ENOENT: no such file or directory, open '/x/_manifest.json'"), {
    code: 'ENOENT',
    path: '/x/_manifest.json',
  });
  assert.equal(failureLine(e), '/x/_manifest.json: no such file or folder');
  assert.equal(failureLine(new Error('first\nsecond')), 'first');
});
