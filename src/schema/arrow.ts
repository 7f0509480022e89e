// Rows (or columns, from producers of millions of rows) → Arrow, derived from the table
// definitions. Arrow columns are built directly into typed arrays: `vectorFromArray` is ~10×
// slower on list columns (DESIGN.md).
import { arrow, type Arrow } from '../vendor.js';
import { encodeUtf8All } from '../utf8.js';
import type { Column, ColumnType, Row, TableDef } from './tables.js';

type Data = Arrow.Data;

const DAY_MS = 86_400_000;

function arrowType(t: ColumnType): Arrow.DataType {
  const { Bool, DateDay, Field, Float64, Int32, List, Utf8 } = arrow();
  switch (t) {
    case 'utf8':
      return new Utf8();
    case 'int32':
      return new Int32();
    case 'float64':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'date':
      return new DateDay();
    case 'utf8[]':
      return new List(new Field('item', new Utf8(), false));
  }
}

export function arrowSchema(def: TableDef): Arrow.Schema {
  const { Field, Schema } = arrow();
  return new Schema(def.columns.map((c) => new Field(c.name, arrowType(c.type), c.nullable)));
}

// a lake has a few thousand distinct dates and millions of date cells
const days = new Map<string, number>();

export function dateToDays(s: string): number {
  let d = days.get(s);
  if (d !== undefined) return d;
  const ms = Date.parse(`${s}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${s}`);
  d = Math.round(ms / DAY_MS);
  if (days.size < 100_000) days.set(s, d);
  return d;
}

export const daysToDate = (d: number): string => new Date(d * DAY_MS).toISOString().slice(0, 10);

class Validity {
  bits: Uint8Array;
  nulls = 0;
  constructor(n: number) {
    this.bits = new Uint8Array((n + 7) >> 3);
  }
  set(i: number, ok: boolean) {
    if (ok) this.bits[i >> 3] |= 1 << (i & 7);
    else this.nulls++;
  }
  get bitmap() {
    return this.nulls ? this.bits : undefined;
  }
}

function utf8Data(values: readonly (string | null)[], nullable: boolean): Data {
  const { Utf8, makeData } = arrow();
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const valid = new Validity(n);
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    valid.set(i, v !== null && v !== undefined);
    if (v) chars += v.length;
  }
  let data: Uint8Array;
  if (chars < 64 * n) {
    // many short strings (ids, names, dates): one encode of them all; when every character
    // took one byte the offsets are the lengths, else each string is measured
    data = Buffer.from(values.join(''), 'utf8');
    const ascii = data.length === chars;
    for (let i = 0, o = 0; i < n; i++) {
      const v = values[i];
      if (v) o += ascii ? v.length : Buffer.byteLength(v, 'utf8');
      offsets[i + 1] = o;
    }
  } else {
    // long texts: encoded one by one into a buffer sized for the worst case
    data = encodeUtf8All(values, offsets);
  }
  return makeData({
    type: new Utf8(),
    length: n,
    nullCount: nullable ? valid.nulls : 0,
    nullBitmap: nullable ? valid.bitmap : undefined,
    valueOffsets: offsets,
    data,
  });
}

/** One column's values, checked against the schema's nullability. */
function cells(col: Column, rows: readonly Row[], table: string): unknown[] {
  const name = col.name;
  const out = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][name];
    out[i] = v === undefined ? null : v;
  }
  return checked(col, out, table);
}

function checked<T extends ArrayLike<unknown>>(col: Column, vs: T, table: string): T {
  if (!col.nullable)
    for (let i = 0; i < vs.length; i++)
      if (vs[i] === null || vs[i] === undefined) throw new Error(`${table}.${col.name} is NULL in row ${i} but the schema says not null`);
  return vs;
}

/** A table as columns: name → one value per row (dates as `YYYY-MM-DD` or as day numbers).
 *  Producers of millions of rows build these instead of an object per row. */
export interface Columns {
  length: number;
  values: Record<string, ArrayLike<unknown>>;
}

function columnData(col: Column, vs: ArrayLike<unknown>, n: number): Data {
  const { Bool, Field, List, Utf8, makeData } = arrow();
  switch (col.type) {
    case 'utf8':
      return utf8Data(Array.isArray(vs) ? (vs as (string | null)[]) : Array.from(vs as ArrayLike<string | null>), col.nullable);
    case 'int32':
    case 'float64':
    case 'date': {
      if (vs instanceof Int32Array && col.type !== 'float64')
        return makeData({ type: arrowType(col.type) as Arrow.Int32, length: n, nullCount: 0, data: vs });
      const values = col.type === 'float64' ? new Float64Array(n) : new Int32Array(n);
      const valid = new Validity(n);
      for (let i = 0; i < n; i++) {
        const v = vs[i];
        const ok = v !== null && v !== undefined;
        valid.set(i, ok);
        if (ok) values[i] = col.type === 'date' && typeof v === 'string' ? dateToDays(v) : (v as number);
      }
      return makeData({
        type: arrowType(col.type) as Arrow.Int32,
        length: n,
        nullCount: valid.nulls,
        nullBitmap: valid.bitmap,
        data: values as Int32Array,
      });
    }
    case 'bool': {
      const bits = new Uint8Array((n + 7) >> 3);
      const valid = new Validity(n);
      for (let i = 0; i < n; i++) {
        const v = vs[i];
        const ok = v !== null && v !== undefined;
        valid.set(i, ok);
        if (v) bits[i >> 3] |= 1 << (i & 7);
      }
      return makeData({ type: new Bool(), length: n, nullCount: valid.nulls, nullBitmap: valid.bitmap, data: bits });
    }
    case 'utf8[]': {
      const offsets = new Int32Array(n + 1);
      const flat: string[] = [];
      const valid = new Validity(n);
      for (let i = 0; i < n; i++) {
        const v = vs[i] as string[] | null;
        valid.set(i, v !== null && v !== undefined);
        if (v) for (const x of v) flat.push(x);
        offsets[i + 1] = flat.length;
      }
      const type = new List<Arrow.Utf8>(new Field('item', new Utf8(), false));
      const child = utf8Data(flat, false) as Arrow.Data<Arrow.Utf8>;
      return makeData({ type, length: n, nullCount: valid.nulls, nullBitmap: valid.bitmap, valueOffsets: offsets, child });
    }
  }
}

export function toArrowTable(def: TableDef, rows: readonly Row[] | Columns): Arrow.Table {
  const { RecordBatch, Struct, Table, makeData } = arrow();
  const schema = arrowSchema(def);
  const n = rows.length;
  const children = def.columns.map((c) => {
    if (Array.isArray(rows)) return columnData(c, cells(c, rows, def.name), n);
    const vs = (rows as Columns).values[c.name];
    if (!vs || vs.length !== n) throw new Error(`${def.name}.${c.name}: ${vs ? vs.length : 'no'} values for ${n} rows`);
    return columnData(c, checked(c, vs, def.name), n);
  });
  const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: n, children }));
  return new Table(schema, [batch]);
}

/** Arrow IPC stream bytes: the staging format between transform and load. */
export function toIPC(def: TableDef, rows: readonly Row[] | Columns): Uint8Array {
  return arrow().tableToIPC(toArrowTable(def, rows), 'stream');
}

/** Where an IPC stream's schema message ends (each message: a continuation mark, the
 *  metadata's length, the metadata; a schema has no body). */
function schemaEnd(stream: Uint8Array): number {
  const v = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (stream.byteLength < 16 || v.getInt32(0, true) !== -1) throw new Error('not an Arrow IPC stream');
  return 8 + v.getInt32(4, true);
}

const EOS = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;

/** IPC streams of one schema as one stream: the first one's schema message, then every
 *  stream's record batches in order, then one end-of-stream mark. The bytes are spliced, not
 *  decoded: the tables have no dictionaries, so a stream is just those messages. */
export function concatIPC(streams: readonly Uint8Array[]): Uint8Array {
  if (streams.length === 1) return streams[0];
  const schema = streams[0].subarray(0, schemaEnd(streams[0]));
  const parts: Uint8Array[] = [schema];
  for (const s of streams) {
    const end = schemaEnd(s);
    if (!sameBytes(s.subarray(0, end), schema)) throw new Error('IPC streams of different schemas');
    if (!sameBytes(s.subarray(s.byteLength - 8), EOS)) throw new Error('IPC stream without its end-of-stream mark');
    parts.push(s.subarray(end, s.byteLength - 8));
  }
  parts.push(EOS);
  return Buffer.concat(parts);
}

/** Columns back to rows (tests, small inputs). */
export function columnsToRows(def: TableDef, cols: Columns): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < cols.length; i++) {
    const r: Row = {};
    for (const c of def.columns) {
      const v = cols.values[c.name][i] as Row[string] | undefined;
      r[c.name] =
        v === undefined
          ? null
          : c.type === 'date' && typeof v === 'number'
            ? daysToDate(v)
            : c.type === 'bool' && typeof v === 'number'
              ? v !== 0
              : v;
    }
    rows.push(r);
  }
  return rows;
}
