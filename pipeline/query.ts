// npm run query -- [--data DIR] [--format table|csv|json] "SQL": one read-only statement.
import { main, parseCli } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { runQuery } from '../src/report/query.js';

const USAGE = `Usage: npm run query -- [--data DIR] [--format table|csv|json] "SQL"

Runs one read-only SQL statement (DuckDB dialect) over views named after the lake tables:
digests, papers, appearances, authors, paper_authors, sections, metrics, paper_topics, quarantine.`;

await main(async () => {
  const { paths, values, positionals } = parseCli(USAGE, { format: { type: 'string', default: 'table' } });
  const format = values.format as string;
  if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format must be table, csv or json, not "${format}"`);
  if (positionals.length !== 1) throw new UsageError('give exactly one SQL statement, quoted (see --help)');
  process.stdout.write(await runQuery(paths.data, positionals[0], format as 'table' | 'csv' | 'json'));
});
