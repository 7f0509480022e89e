// npm run search -- "words": papers ranked by title and summary match (BM25), Korean and English.
import { COMMON, main, parseCommand } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { formatHits, rank, searchDocs } from '../src/lookup/search.js';
import { openLake } from '../src/staging/lake.js';

await main(async () => {
  const { paths, values, positionals } = parseCommand({
    name: 'search',
    synopsis: '[--data DIR] [--limit N] "words"',
    about: `Ranks the lake's papers by how well their title and summary match the words (BM25; a title
word weighs three summary words). English words match whole, in any case; Korean matches by
pairs of syllables, so 강화 학습, 강화학습 and 강화학습을 find each other. A paper must hold at
least half of the query's terms. Prints the number of matches and the best ones with an excerpt.`,
    options: { data: COMMON.data, limit: { type: 'string', arg: 'N', default: '10', help: 'papers shown (default 10; 0: all)' } },
    args: { min: 1, max: Infinity, name: 'the words to search for' },
    examples: ['npm run search -- "speculative decoding"', 'npm run search -- --limit 5 "강화 학습 추론"'],
    notes: 'Exit codes: 0 done (also when nothing matches), 2 bad command line, 3 no lake (run npm run pipeline).',
  });
  const limitArg = values.limit as string;
  if (!/^\d+$/.test(limitArg)) throw new UsageError(`search: --limit must be a whole number of papers (0 for all), not "${limitArg}"`);
  const q = positionals.join(' ').trim();
  const lake = await openLake(paths.data);
  try {
    const { hits, terms } = rank(await searchDocs(lake.conn), q);
    if (terms.length === 0) throw new UsageError(`search: "${q}" has no words to search for`);
    const limit = Number(limitArg) || hits.length;
    process.stdout.write(formatHits(hits, terms, limit, q));
  } finally {
    lake.close();
  }
});
