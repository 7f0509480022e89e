// File-system edges: atomic publish by rename, JSON, and the run lock.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { LockedError, StageInputError } from './errors.js';

let tmpCounter = 0;
const madeDirs = new Set<string>();

function ensureDir(dir: string): void {
  if (madeDirs.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
}

/**
 * Write to a temporary sibling and rename: readers see the old file or the new one, never
 * half, even if the process is killed. `durable` also fsyncs the file (and `syncPaths` its
 * folder), so a power cut cannot leave the new name with missing bytes: the lake and its
 * manifest need that, caches (re-derivable, and checked by hash where it matters) do not.
 */
export function writeAtomic(path: string, data: string | Uint8Array | readonly Uint8Array[], durable = false): void {
  const dir = dirname(path);
  ensureDir(dir);
  const tmp = `${path}.tmp-${process.pid}-${tmpCounter++}`;
  // chunks (a pack's members) are written as they are, not first copied into one buffer
  let chunks = typeof data === 'string' ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data.slice();
  const fd = openSync(tmp, 'w');
  try {
    for (let left = chunks.reduce((n, c) => n + c.byteLength, 0); left > 0; ) {
      let n = writevSync(fd, chunks);
      left -= n;
      // a short write: drop what was written, go on with the rest
      let k = 0;
      while (k < chunks.length && n >= chunks[k].byteLength) n -= chunks[k++].byteLength;
      chunks = chunks.slice(k);
      if (n > 0) chunks[0] = chunks[0].subarray(n);
    }
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

let scratch = Buffer.allocUnsafe(1 << 20);

/** A file's bytes in a buffer reused by the next call: for many files read, used and dropped one
 *  after another (a fresh buffer each is external memory the GC must chase). */
export function readTransient(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch.length <= size) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
    let n = 0;
    for (let r; (r = readSync(fd, scratch, n, scratch.length - n, null)) > 0; ) {
      n += r;
      if (n === scratch.length) {
        const more = Buffer.allocUnsafe(n * 2);
        scratch.copy(more);
        scratch = more;
      } // it grew meanwhile
    }
    return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Make written files, and their names, durable. One `sync -f` (syncfs: the whole file system at
 * once, in a child process: this thread is free meanwhile) costs less than an fsync per file —
 * 0.3–0.8 ms each here, seconds for a lake of thousands of partitions; where that command is
 * missing (not Linux), fsync each file and folder.
 */
export async function flushFiles(anyPathOnFs: string, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  if (files.length > 16 && (await exitCode('sync', ['-f', anyPathOnFs])) === 0) return;
  syncPaths(files);
  syncPaths(files.map((f) => dirname(f)));
}

/** A command's exit code (null: it could not be run), without blocking this thread meanwhile. */
const exitCode = (cmd: string, args: string[]) =>
  new Promise<number | null>((resolve) => {
    spawn(cmd, args, { stdio: 'ignore' })
      .on('error', () => resolve(null))
      .on('close', (code) => resolve(code));
  });

/** fsync each path once: a file's bytes, or a folder's renames. */
export function syncPaths(paths: Iterable<string>): void {
  for (const p of new Set(paths)) {
    const fd = openSync(p, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

export function readJson<T>(path: string, what: string): T {
  if (!existsSync(path)) throw new StageInputError(`${what} not found at ${path}: run the previous stage first`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new StageInputError(`${what} at ${path} is unreadable: ${(err as Error).message}`, { cause: err });
  }
}

export function readJsonIfExists<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One run at a time per data folder. The lock file holds the owner's pid; a lock whose
 * process is gone (killed run) is stale and taken over.
 */
export function acquireLock(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
        throw new LockedError(`another paperlake run (pid ${pid}) is using ${dirname(path)}; wait for it or remove ${path} if it is gone`);
      }
      rmSync(path, { force: true }); // stale: its process is dead
    }
  }
  throw new LockedError(`could not take the lock ${path}`);
}
