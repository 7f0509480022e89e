// Every third-party import goes through here, so a library swap touches one file.
export * as arrow from 'apache-arrow';
export * as parquet from 'parquet-wasm/node';
export { DuckDBInstance, DuckDBConnection } from '@duckdb/node-api';
export { default as Papa } from 'papaparse';
export { default as pLimit } from 'p-limit';
export { chalk } from 'zx';
export * as vega from 'vega';
export * as vegaLite from 'vega-lite';
