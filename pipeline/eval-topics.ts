// npm run eval:topics -- --gold FILE [--data DIR] [--verbose]: precision and recall of the lake's topics.
import { COMMON, main, parseCommand } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { openLake, query } from '../src/staging/lake.js';
import { readTopicLabels, scoreTopics } from '../src/transform/topiclabels.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'eval:topics',
    synopsis: '--gold FILE [--data DIR] [--verbose]',
    about: `Scores the lake's paper_topics against topic labels (digest_date,arxiv_id,required,optional, as
../shared/gold/topics.dev.csv): precision over predicted topics that are required or optional,
recall over required ones; a child topic counts as its parent, unassigned as no topic. Prints a
per-topic table.`,
    options: {
      gold: { type: 'string', arg: 'FILE', help: 'the topic labels (required)' },
      data: COMMON.data,
      verbose: { type: 'boolean', default: false, help: "list each paper's misses and wrong topics" },
    },
    examples: ['npm run eval:topics -- --gold ../shared/gold/topics.dev.csv --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no label file or no lake.',
  });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const gold = readTopicLabels(values.gold as string);
  const lake = await openLake(paths.data);
  const byId = new Map<string, string[]>();
  try {
    const rs = await query(lake.conn, "select arxiv_id, coalesce(parent, topic) as topic from paper_topics where topic <> 'unassigned'");
    for (const [id, t] of rs.rows as [string, string][]) byId.set(id, [...(byId.get(id) ?? []), t]);
  } finally {
    lake.close();
  }
  const s = scoreTopics(gold, new Map(gold.map((g) => [g.key, byId.get(g.key.split(' ')[1]) ?? []])));
  info(`papers      ${s.papers}`);
  info(`precision   ${s.precision.toFixed(3)}  (${s.correct}/${s.predicted} predicted topics are required or optional)`);
  info(`recall      ${s.recall.toFixed(3)}  (${s.found}/${s.required} required topics found)`);
  info('topic                 required  found  predicted  correct');
  for (const [t, c] of [...s.perTopic].sort((a, b) => b[1].required - a[1].required || (a[0] < b[0] ? -1 : 1))) {
    info(
      `${t.padEnd(20)} ${String(c.required).padStart(9)} ${String(c.found).padStart(6)} ${String(c.predicted).padStart(10)} ${String(c.correct).padStart(8)}`,
    );
  }
  if (values.verbose) for (const e of s.errors) info(`  ${e.key}: missed ${e.missed.join(';') || '-'}, wrong ${e.wrong.join(';') || '-'}`);
});
