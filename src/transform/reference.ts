// Reference CSVs (versioned in data/reference), read with papaparse.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv, readCsvRows } from '../csv.js';
import { PaperlakeError } from '../errors.js';
import { sha256 } from '../hash.js';
import { BenchmarkIndex, type BenchmarkRef, type TaskWord } from './benchmarks.js';
import type { AliasRule } from './identity.js';
import { MetricVocab, readMetricVocab } from './metricvocab.js';
import { readSettings, SettingVocab } from './settings.js';
import { TopicModel, type TopicModelFile } from './topicmodel.js';
import { decodeNeighbours, Neighbours, NEIGHBOURS_FILE, type NeighbourFile } from './topicneighbours.js';
import { TopicTagger, type TopicRef } from './topics.js';

export { readCsv };

export interface Reference {
  dir: string;
  aliases: AliasRule[];
  /** benchmark names, with the metric vocabulary (`benchmarks.metrics`) the extractor reads */
  benchmarks: BenchmarkIndex;
  topics: TopicTagger;
  /** fingerprint of the reference files: a change re-runs the transform */
  version: string;
}

export const REFERENCE_FILES = [
  'author_aliases.csv',
  'benchmarks.csv',
  'metrics.csv',
  'settings.csv',
  'task_words.csv',
  'topics.csv',
  'topic_model.json',
  NEIGHBOURS_FILE,
];

export function loadReference(dir: string): Reference {
  const file = (name: string) => join(dir, name);
  const aliases: AliasRule[] = existsSync(file('author_aliases.csv'))
    ? readCsvRows(file('author_aliases.csv'), ['variant', 'canonical']).map(({ line, row: r }) => {
        const action = (r.action || 'merge').toLowerCase();
        if (!r.variant || !r.canonical || (action !== 'merge' && action !== 'split')) {
          throw new PaperlakeError(`${file('author_aliases.csv')}:${line}: need variant, canonical and action merge|split`);
        }
        return { variant: r.variant, canonical: r.canonical, action };
      })
    : [];
  const metrics = new MetricVocab(existsSync(file('metrics.csv')) ? readMetricVocab(file('metrics.csv')) : []);
  const tasks = existsSync(file('task_words.csv')) ? readTaskWords(file('task_words.csv')) : [];
  const settings = new SettingVocab(existsSync(file('settings.csv')) ? readSettings(file('settings.csv')) : []);
  const benchmarks = new BenchmarkIndex(
    existsSync(file('benchmarks.csv')) ? readBenchmarks(file('benchmarks.csv')) : [],
    metrics,
    tasks,
    settings,
  );
  const topicRefs = existsSync(file('topics.csv')) ? readTopics(file('topics.csv')) : [];
  const model = existsSync(file('topic_model.json')) ? readTopicModel(file('topic_model.json'), topicRefs) : null;
  const topics = new TopicTagger(
    topicRefs,
    model,
    model?.file.neighbours || model?.file.centroids ? readNeighbours(file(NEIGHBOURS_FILE), model) : null,
  );
  // (the files' bytes: the neighbour index is compressed, not text)
  const version = sha256(
    Buffer.concat(REFERENCE_FILES.flatMap((f) => [existsSync(file(f)) ? readFileSync(file(f)) : Buffer.alloc(0), Buffer.from([0])])),
  ).slice(0, 16);
  return { dir, aliases, benchmarks, topics, version };
}

export function readBenchmarks(path: string): BenchmarkRef[] {
  // (line numbers from readCsvRows: `#` comment lines count, as an editor shows them)
  return readCsvRows(path, ['benchmark']).map(({ line, row: r }) => {
    if (!r.benchmark) throw new PaperlakeError(`${path}:${line}: empty benchmark name`);
    return {
      benchmark: r.benchmark,
      aliases: (r.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      metric: r.metric || null,
      higher_is_better: r.higher_is_better === '1' ? true : r.higher_is_better === '0' ? false : null,
      family: r.family || r.benchmark,
    };
  });
}

/** Korean task words and their English; a word twice, an empty translation or a head that is
 *  not 0 or 1 is an error naming the file and line. */
export function readTaskWords(path: string): TaskWord[] {
  const seen = new Map<string, number>();
  return readCsvRows(path, ['korean', 'english', 'head']).map(({ line, row: { korean, english, head } }) => {
    if (!korean || !english || (head !== '0' && head !== '1'))
      throw new PaperlakeError(`${path}:${line}: need korean,english,head (head 0 or 1): "${korean},${english},${head}"`);
    if (seen.has(korean)) throw new PaperlakeError(`${path}:${line}: "${korean}" is already on line ${seen.get(korean)}`);
    seen.set(korean, line);
    return { korean, english, head: head === '1' };
  });
}

export function readTopics(path: string): TopicRef[] {
  const rows = readCsvRows(path, ['topic', 'keywords']);
  const ids = new Set(rows.map(({ row }) => row.topic));
  return rows.map(({ line, row: r }) => {
    if (!r.topic || !r.keywords) throw new PaperlakeError(`${path}:${line}: a topic needs an id and keywords`);
    if (r.parent && !ids.has(r.parent)) throw new PaperlakeError(`${path}:${line}: parent "${r.parent}" is not a topic`);
    return {
      topic: r.topic,
      parent: r.parent || null,
      keywords: r.keywords
        .split(';')
        .map((k) => k.trim())
        .filter(Boolean),
      description: r.description ?? '',
    };
  });
}

/** The trained topic model; its topics must be topics.csv's top-level ids (else: retrain). */
export function readTopicModel(path: string, refs: readonly TopicRef[]): TopicModel {
  let file: TopicModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PaperlakeError(`${path}: not a topic model (${(err as Error).message.split('\n')[0]}); run npm run train:topics`);
  }
  const ids = [...new Set(refs.map((r) => r.parent ?? r.topic))];
  if (!Array.isArray(file.topics) || ids.join() !== file.topics.join())
    throw new PaperlakeError(`${path}: trained for other topics than topics.csv has; run npm run train:topics`);
  return new TopicModel(file, path);
}

/** The neighbour index the model's scores blend in; its topics must be the model's (else: retrain). */
export function readNeighbours(path: string, model: TopicModel): Neighbours {
  let file: NeighbourFile;
  try {
    file = decodeNeighbours(readFileSync(path));
  } catch (err) {
    throw new PaperlakeError(
      `${path}: no neighbour index for topic_model.json (${(err as Error).message.split('\n')[0]}); run npm run train:topics`,
    );
  }
  if (!Array.isArray(file.topics) || file.topics.join() !== model.file.topics.join())
    throw new PaperlakeError(`${path}: made for other topics than topic_model.json has; run npm run train:topics`);
  return new Neighbours(file);
}
