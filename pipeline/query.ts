// npm run query -- [--data DIR] [--format F] [--limit N] ("SQL" | --file query.sql): read-only SQL.
import { readFileSync } from 'node:fs';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../src/report/format.js';
import { DEFAULT_TABLE_ROWS, runQuery, SqlError } from '../src/report/query.js';
import { TABLE_NAMES } from '../src/schema/tables.js';

/** The SQL: quoted on the command line or in a file, never both. */
function sqlText(positionals: string[], file: string | undefined): string {
  if (file !== undefined) {
    if (positionals.length) throw new UsageError('query: give the SQL quoted or with --file, not both');
    try {
      return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      throw new UsageError(`query: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (positionals.length !== 1) throw new UsageError('query: give the SQL as one quoted argument, or --file FILE (see --help)');
  return positionals[0];
}

await main(async () => {
  const { paths, values, positionals } = parseCommand({
    name: 'query',
    synopsis: '[options] ("SQL" | --file query.sql)',
    about: `Runs read-only SQL (DuckDB dialect; several statements run in turn) over views named after the
lake tables and metric_directions:
  ${TABLE_NAMES.join(', ')}
Allowed: SELECT, WITH, VALUES, FROM, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN [ANALYZE].
Writing, settings, extensions, files outside the lake and URLs are refused.`,
    options: {
      data: COMMON.data,
      format: {
        type: 'string',
        arg: 'FORMAT',
        help: `table (the default on a terminal), csv (the default otherwise), json, ndjson, markdown`,
      },
      limit: {
        type: 'string',
        arg: 'N',
        help: `rows shown per statement (default ${DEFAULT_TABLE_ROWS} in a table, all otherwise; 0: all)`,
      },
      file: { type: 'string', arg: 'FILE', help: 'read the SQL from FILE (- for standard input)' },
    },
    args: { min: 0, max: 1, name: 'the SQL, quoted as one argument' },
    examples: [
      `npm run query -- "select title, max_votes from papers order by max_votes desc limit 5"`,
      'npm run query -- --format json --file my-query.sql',
    ],
    notes: 'Exit codes: 0 done, 2 bad command line or a statement refused, 3 no lake (run npm run pipeline), 4 SQL error.',
  });
  const format = (values.format as string | undefined) ?? (process.stdout.isTTY ? 'table' : 'csv');
  if (!OUTPUT_FORMATS.includes(format as OutputFormat))
    throw new UsageError(`query: --format must be ${OUTPUT_FORMATS.join(', ')}, not "${format}"`);
  const limitArg = values.limit as string | undefined;
  if (limitArg !== undefined && !/^\d+$/.test(limitArg))
    throw new UsageError(`query: --limit must be a whole number of rows (0 for all), not "${limitArg}"`);
  const sql = sqlText(positionals, values.file as string | undefined);
  try {
    const { text, notes } = await runQuery(paths.data, sql, {
      format: format as OutputFormat,
      limit: limitArg === undefined ? undefined : Number(limitArg),
      width: process.stdout.isTTY ? process.stdout.columns : undefined,
    });
    process.stdout.write(text);
    for (const n of notes) process.stderr.write(`${n}\n`);
  } catch (err) {
    // on a terminal, DuckDB's LINE n and caret under the one-line reason, as its CLI shows them
    if (err instanceof SqlError && err.context && process.stderr.isTTY) {
      process.stderr.write(`paperlake: ${err.message}\n${err.context}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
});
