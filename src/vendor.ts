// Every third-party import goes through here, so a library swap touches one file. The heavy
// ones load on first use, so a stage (or worker thread) starts without those it does not need:
// Arrow and the Parquet encoder took ~0.25 s of each extract and report process's start-up
// (and each of their worker threads'); DuckDB and vega are for the reports only.
import { createRequire } from 'node:module';

export { default as Papa } from 'papaparse';
export { chalk } from 'zx';
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

export const duckdb = () => import('@duckdb/node-api');
export const vega = () => import('vega');
export const vegaLite = () => import('vega-lite');
