// Topic label files (`digest_date,arxiv_id,required,optional`, as ../shared/gold/topics.dev.csv
// and data/labels/topics.*.csv) and how tags are scored against them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../hash.js';
import { StageInputError, PaperlakeError } from '../errors.js';
import { readCsv } from './reference.js';

export interface LabelledPaper {
  key: string; // `digest_date arxiv_id`
  required: string[];
  optional: string[];
}

export function readTopicLabels(path: string, ids?: ReadonlySet<string>): LabelledPaper[] {
  if (!existsSync(path)) throw new StageInputError(`${path}: no such label file`);
  return readCsv(path).map((r, i) => {
    if (!r.digest_date || !r.arxiv_id || r.required === undefined)
      throw new PaperlakeError(`${path}:${i + 2}: need digest_date, arxiv_id, required, optional`);
    const split = (s: string | undefined) =>
      (s ?? '')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean);
    const l = { key: `${r.digest_date} ${r.arxiv_id}`, required: split(r.required), optional: split(r.optional) };
    if (ids)
      for (const t of [...l.required, ...l.optional])
        if (!ids.has(t)) throw new PaperlakeError(`${path}:${i + 2}: "${t}" is not a topic of topics.csv`);
    return l;
  });
}

export interface TopicScores {
  papers: number;
  precision: number;
  recall: number;
  predicted: number;
  correct: number;
  required: number;
  found: number;
  /** per topic: required, found, predicted, correct */
  perTopic: Map<string, { required: number; found: number; predicted: number; correct: number }>;
  errors: { key: string; missed: string[]; wrong: string[] }[];
}

/** Precision over predicted labels that are required or optional, recall over required ones
 *  (../shared/gold/topics.md); `unassigned` is no prediction. Papers with no prediction
 *  entry count as predicting nothing. */
export function scoreTopics(gold: readonly LabelledPaper[], predicted: ReadonlyMap<string, readonly string[]>): TopicScores {
  const perTopic: TopicScores['perTopic'] = new Map();
  const of = (t: string) => perTopic.get(t) ?? (perTopic.set(t, { required: 0, found: 0, predicted: 0, correct: 0 }), perTopic.get(t)!);
  let predictedN = 0,
    correct = 0,
    required = 0,
    found = 0;
  const errors: TopicScores['errors'] = [];
  for (const g of gold) {
    const got = [...new Set(predicted.get(g.key) ?? [])];
    for (const t of g.required) {
      of(t).required++;
      required++;
      if (got.includes(t)) {
        of(t).found++;
        found++;
      }
    }
    for (const t of got) {
      of(t).predicted++;
      predictedN++;
      if (g.required.includes(t) || g.optional.includes(t)) {
        of(t).correct++;
        correct++;
      }
    }
    const missed = g.required.filter((t) => !got.includes(t)),
      wrong = got.filter((t) => !g.required.includes(t) && !g.optional.includes(t));
    if (missed.length || wrong.length) errors.push({ key: g.key, missed, wrong });
  }
  return {
    papers: gold.length,
    precision: predictedN ? correct / predictedN : 1,
    recall: required ? found / required : 1,
    predicted: predictedN,
    correct,
    required,
    found,
    perTopic,
    errors,
  };
}

/** What a topic model is trained from — topics.csv and the labels' text — as the fingerprint
 *  the model records (a test checks the committed model is current). */
export function topicModelInputs(refDir: string, labels: string): string {
  return sha256(`${readFileSync(join(refDir, 'topics.csv'), 'utf8')}\0${labels}`).slice(0, 16);
}
