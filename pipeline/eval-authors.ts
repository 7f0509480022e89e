// npm run eval:authors -- --gold FILE [--data DIR]: pairwise precision/recall of "same person".
import { COMMON, main, parseCommand } from '../src/cli.js';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StageInputError, UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { openLake, query } from '../src/staging/lake.js';
import { readCsv } from '../src/transform/reference.js';
import { idsByRawName, scoreAuthorPairs, type GoldPair } from '../src/transform/evalauthors.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'eval:authors',
    synopsis: '--gold FILE [--data DIR]',
    about: `Scores the lake's author identities against pairs of raw names (name_a,name_b,same,required,case):
recall over required same-person pairs, and false merges of required different-person pairs.`,
    options: { gold: { type: 'string', arg: 'FILE', help: 'the gold pairs (required)' }, data: COMMON.data },
    examples: ['npm run eval:authors -- --gold ../shared/gold/authors.dev.csv --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no gold file or no lake.',
  });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const goldPath = resolve(values.gold as string);
  if (!existsSync(goldPath) || !statSync(goldPath).isFile()) throw new StageInputError(`no gold file at ${goldPath}`);
  const gold: GoldPair[] = readCsv(goldPath).map((r) => ({
    name_a: r.name_a,
    name_b: r.name_b,
    same: r.same === '1',
    required: r.required === '1',
    case: r.case ?? '',
  }));
  const lake = await openLake(paths.data);
  let rows;
  try {
    rows = (await query(lake.conn, 'select raw_name, author_id from paper_authors')).rows;
  } finally {
    lake.close();
  }
  const s = scoreAuthorPairs(gold, idsByRawName(rows.map(([raw_name, author_id]) => ({ raw_name, author_id }) as never)));
  const reqDiff = gold.filter((g) => g.required && !g.same).length;
  info(`pairs            ${s.pairs} (${s.evaluated} with both names in the lake, ${s.missing} not found)`);
  info(
    `recall           ${s.recall.toFixed(3)}  (required same-person pairs merged: ${s.requiredSame - s.missedMerges.length}/${s.requiredSame})`,
  );
  info(`precision        ${s.precision.toFixed(3)}  (pairs merged that are the same person or debatable)`);
  info(`false merges     ${s.falseMerges.length}  (of ${reqDiff} required different-person pairs)`);
  for (const o of s.falseMerges) info(`  false merge: ${o.name_a} = ${o.name_b} (${o.case})`);
  for (const o of s.missedMerges) info(`  missed: ${o.name_a} ≠ ${o.name_b} (${o.case})`);
});
