// npm run paper -- <arXiv id | title words>: one paper's card, read from the lake.
import { COMMON, main, parseCommand } from '../src/cli.js';
import { PaperlakeError } from '../src/errors.js';
import { arxivId, findByTitle, formatCard, loadCard } from '../src/lookup/paper.js';
import { openLake } from '../src/staging/lake.js';

await main(async () => {
  const { paths, positionals } = parseCommand({
    name: 'paper',
    synopsis: '[--data DIR] <arXiv id | title words>',
    about: `Prints one paper's card: its appearances with their votes, its authors with their ids, its
topics with their evidence and score, and the results read from its summary with the sentence
each came from. Title words pick the paper whose title has all of them (case ignored); when
several do, they are listed with their ids.`,
    options: { data: COMMON.data },
    args: { min: 1, max: Infinity, name: 'an arXiv id or words of the title' },
    examples: ['npm run paper -- 2408.08152', 'npm run paper -- --data /tmp/corpus-lake deepseek prover'],
    notes: 'Exit codes: 0 done, 1 no paper matches, 2 bad command line, 3 no lake (run npm run pipeline).',
  });
  const arg = positionals.join(' ');
  const lake = await openLake(paths.data);
  try {
    let id = arxivId(arg);
    if (!id) {
      const found = await findByTitle(lake.conn, arg);
      if (found.length === 0)
        throw new PaperlakeError(
          `paper: no paper in the lake has "${arg}" in its title (npm run search -- "${arg}" searches summaries too)`,
        );
      if (found.length > 1) {
        const shown = found.slice(0, 20);
        process.stdout.write(
          `${found.length} papers have "${arg}" in their title${found.length > shown.length ? ` (the ${shown.length} most voted shown)` : ''}; give one's id:\n`,
        );
        for (const f of shown) process.stdout.write(`  ${f.arxiv_id}  ${f.first_seen}  ${f.max_votes ?? '–'} votes  ${f.title}\n`);
        return;
      }
      id = found[0].arxiv_id;
    }
    const card = await loadCard(lake.conn, id);
    if (!card) throw new PaperlakeError(`paper: ${id} is not in the lake at ${paths.data}`);
    process.stdout.write(formatCard(card));
  } finally {
    lake.close();
  }
});
