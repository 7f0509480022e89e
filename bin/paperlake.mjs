#!/usr/bin/env node
// The one place paperlake's Node flags are given: `node bin/paperlake.mjs <command> [args…]` runs
// pipeline/<command>.ts in a Node started with them (every npm script goes through here, and the
// bench starts its stage processes with NODE_ARGS). V8 flags belong on the command line: Node
// documents setting them after start-up (v8.setFlagsFromString) as unpredictable, and V8 aborts
// if --single-threaded-gc is set at run time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const NODE_ARGS = [
  // the stages keep every core busy with worker threads: V8's parallel and concurrent GC helpers
  // only contend with them (the 100× run: 61 s without them, 65–66 s with)
  '--single-threaded-gc',
  // V8 lets the heap grow to about twice what is live before it collects (1.1 GB of RSS for
  // ~450 MB live at 100×); growing by 15% at a time keeps it near what is live for ~3% more time
  '--heap-growing-percent=15',
  '--import',
  'tsx',
];

/** The Node command line of a paperlake command. */
export const commandArgs = (command, args = []) => [...NODE_ARGS, join(ROOT, 'pipeline', `${command}.ts`), ...args];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...args] = process.argv.slice(2);
  if (!command || !/^[\w-]+$/.test(command) || !existsSync(join(ROOT, 'pipeline', `${command}.ts`))) {
    process.stderr.write(`paperlake: no command "${command ?? ''}" (pipeline/<command>.ts)\n`);
    process.exit(2);
  }
  const child = spawn(process.execPath, commandArgs(command, args), { stdio: 'inherit' });
  // Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on
  for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
