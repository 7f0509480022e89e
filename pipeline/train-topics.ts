// npm run train:topics -- [--digests DIR] [--labels FILE] [--exclude FILE]: retrain the topic model.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, parseCli } from '../src/cli.js';
import { StageInputError } from '../src/errors.js';
import { parseDigest } from '../src/extract/parse.js';
import { info } from '../src/log.js';
import { REFERENCE_DIR, ROOT } from '../src/paths.js';
import { loadReference } from '../src/transform/reference.js';
import { readTopicLabels, topicModelInputs } from '../src/transform/topiclabels.js';
import { trainTopicModel, type Corpus } from '../src/transform/topictrain.js';

const USAGE = `Usage: npm run train:topics -- [--digests DIR] [--labels FILE] [--exclude FILE]

Trains data/reference/topic_model.json from the seed terms of data/reference/topics.csv over
every paper of the digests (default ../shared/corpus/digests) and the hand labels (default
data/labels/topics.tune.csv; digest_date,arxiv_id,required,optional). Papers of --exclude
(default ../shared/gold/topics.dev.csv) are left out, so that gold file stays a fair test.
Deterministic: the same inputs give the same file. Takes about a minute.`;

await main(async () => {
  const { values } = parseCli(USAGE, { labels: { type: 'string' }, exclude: { type: 'string' } }, process.argv.slice(2));
  const digests = process.argv.includes('--digests') ? (values.digests as string) : join(ROOT, '..', 'shared', 'corpus', 'digests');
  const labelsFile = (values.labels as string | undefined) ?? join(ROOT, 'data', 'labels', 'topics.tune.csv');
  const excludeFile = (values.exclude as string | undefined) ?? join(ROOT, '..', 'shared', 'gold', 'topics.dev.csv');
  let files: string[];
  try {
    files = readdirSync(digests).filter((f) => f.endsWith('.md')).sort();
  } catch {
    throw new StageInputError(`${digests}: no digests folder to train on (--digests DIR)`);
  }
  const ref = loadReference(REFERENCE_DIR);
  const ids = new Set(ref.topics.refs.map((r) => r.parent ?? r.topic));
  const labels = readTopicLabels(labelsFile, ids);
  const exclude = new Set(readTopicLabels(excludeFile).map((l) => l.key));
  const corpus: Corpus = { papers: [] };
  const seen = new Set<string>();
  for (const f of files) {
    for (const p of parseDigest(readFileSync(join(digests, f)), f, '').papers) {
      if (seen.has(p.arxiv_id)) continue; // a paper is tagged by its first appearance
      seen.add(p.arxiv_id);
      corpus.papers.push({ key: `${p.digest_date} ${p.arxiv_id}`, title: p.title, sections: p.sections });
    }
  }
  const t0 = Date.now();
  const model = trainTopicModel(ref.topics, corpus, labels, exclude);
  model.trained.inputs = topicModelInputs(REFERENCE_DIR, readFileSync(labelsFile, 'utf8'));
  const out = join(REFERENCE_DIR, 'topic_model.json');
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  info(`train:topics ${corpus.papers.length} papers, ${model.trained.hand} hand-labelled, ${Object.keys(model.weights).length} features → ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
