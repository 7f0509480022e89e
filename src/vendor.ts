// Every third-party import goes through here, so a library swap touches one file. The heavy
// ones load on first use, so a stage (or worker thread) starts without those it does not need:
// Arrow and the Parquet encoder took ~0.25 s of each extract and report process's start-up
// (and each of their worker threads'); DuckDB and vega are for the reports only.
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';

export { default as Papa } from 'papaparse';
export type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export type * as Arrow from 'apache-arrow';

const require = createRequire(import.meta.url);
const once = <T>(load: () => T): (() => T) => {
  let m: T | undefined;
  return () => (m ??= load());
};
/** Loaded synchronously on first call (their CommonJS builds: an ES import cannot be lazy and
 *  synchronous at once). */
export const arrow = once(() => require('apache-arrow') as typeof import('apache-arrow'));
export const parquet = once(() => require('parquet-wasm/node') as typeof import('parquet-wasm/node'));
/** zx's chalk, from its core module's CommonJS build: 0.014 s, where importing zx whole took
 *  0.08–0.1 s of every stage process and worker thread. */
export const chalk = once(() => (require('zx/core') as typeof import('zx/core')).chalk);

/** Its CommonJS build through require: 0.08 s, where an ES import through tsx's hooks took 0.18. */
const duckdbModule = once(() => require('@duckdb/node-api') as typeof import('@duckdb/node-api'));
export const duckdb = async () => duckdbModule();

/** vega and vega-lite as their one-file bundles: vega's ES build is ~90 modules, which take
 *  0.35 s through tsx's module hooks on every report run; its bundle loads in 0.06 s. vega-lite's
 *  bundle asks for 'vega' by name, so that name's module (the ES build's file) is given the
 *  bundle first, and both share one vega. Same version, same charts (the SVG bytes match). */
const charting = once(() => {
  const esm = require.resolve('vega');
  const vega = require(join(dirname(esm), 'vega.js')) as typeof import('vega');
  require.cache[esm] ??= Object.assign(new Module(esm), { exports: vega, loaded: true, filename: esm });
  const vegaLite = require(join(dirname(require.resolve('vega-lite')), 'vega-lite.min.js')) as typeof import('vega-lite');
  return { vega, vegaLite };
});
export const vega = async () => charting().vega;
export const vegaLite = async () => charting().vegaLite;
