// A worker thread: registers tsx in this thread, then runs the jobs it is sent (pool.ts `Task`),
// each with the handler its stage's worker module exports, made once per module and setup.
// Jobs are answered in the order they came: a module's first job waits for it to load.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

const handlers = new Map();
const exitCode = (err) => (typeof err?.exitCode === 'number' ? err.exitCode : 1);

async function handle({ script, setup, job }) {
  const key = `${script}\0${JSON.stringify(setup)}`;
  let h = handlers.get(key);
  if (!h) {
    try {
      h = (await import(script)).handler(setup);
    } catch (err) {
      // a stage that cannot start here (its reference data unreadable, …) fails with the reason
      return parentPort.postMessage({ ok: false, error: err?.message ?? String(err), exitCode: exitCode(err) });
    }
    handlers.set(key, h);
  }
  try {
    parentPort.postMessage({ ok: true, result: h.run(job) });
  } catch (err) {
    // named after the job, so one bad input fails the stage with a useful message; the exit code
    // travels too: a missing input is still exit 3 when a worker meets it
    parentPort.postMessage({ ok: false, error: `${h.name(job)}: ${err?.message ?? String(err)}`, exitCode: exitCode(err) });
  }
}

let queue = Promise.resolve();
parentPort.on('message', (task) => {
  queue = queue.then(() => handle(task));
});
