// npm run docs: regenerate the README's table reference from src/schema/tables.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, parseCommand } from '../src/cli.js';
import { ROOT } from '../src/paths.js';
import { schemaMarkdown } from '../src/schema/tables.js';

await main(async () => {
  parseCommand({
    name: 'docs',
    about: 'Rewrites the table reference in README.md (between <!-- schema:begin --> and <!-- schema:end -->) from src/schema/tables.ts.',
    options: {},
    examples: ['npm run docs'],
  });
  const path = join(ROOT, 'README.md');
  const text = readFileSync(path, 'utf8');
  const next = text.replace(
    /<!-- schema:begin -->\n[\s\S]*?<!-- schema:end -->/,
    `<!-- schema:begin -->\n${schemaMarkdown()}\n<!-- schema:end -->`,
  );
  if (next === text) return;
  writeFileSync(path, next);
  process.stdout.write('README.md table reference updated\n');
});
