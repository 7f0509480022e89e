// Every third-party import goes through here, so a library swap touches one file. The heavy
// ones used only by reports (DuckDB, vega) load on first use: the other stages start faster.
export * as arrow from 'apache-arrow';
export * as parquet from 'parquet-wasm/node';
export { default as Papa } from 'papaparse';
export { chalk } from 'zx';
export type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export const duckdb = () => import('@duckdb/node-api');
export const vega = () => import('vega');
export const vegaLite = () => import('vega-lite');
