// npm run train:topics -- [--digests DIR] [--labels FILE] [--exclude FILE]: retrain the topic model.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { StageInputError } from '../src/errors.js';
import { parseDigest } from '../src/extract/parse.js';
import { info } from '../src/log.js';
import { REFERENCE_DIR, ROOT } from '../src/paths.js';
import { loadReference } from '../src/transform/reference.js';
import { readTopicLabels, topicModelInputs } from '../src/transform/topiclabels.js';
import { encodeNeighbours, NEIGHBOURS_FILE } from '../src/transform/topicneighbours.js';
import { trainTopicModel, type Corpus } from '../src/transform/topictrain.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'train:topics',
    about: `Trains data/reference/topic_model.json from the seed terms of data/reference/topics.csv over
every paper of the digests and the hand labels (digest_date,arxiv_id,required,optional). Papers
of --exclude are left out, so that gold file stays a fair test. Deterministic: the same inputs
give the same file. Takes about 15 s.`,
    options: {
      digests: {
        ...COMMON.digests,
        default: join(ROOT, '..', 'shared', 'corpus', 'digests'),
        help: 'the digests to train on (default ../shared/corpus/digests)',
      },
      labels: {
        type: 'string',
        arg: 'FILE',
        default: join(ROOT, 'data', 'labels', 'topics.tune.csv'),
        help: 'hand labels (default data/labels/topics.tune.csv)',
      },
      exclude: {
        type: 'string',
        arg: 'FILE',
        default: join(ROOT, '..', 'shared', 'gold', 'topics.dev.csv'),
        help: 'papers to leave out (default ../shared/gold/topics.dev.csv)',
      },
    },
    examples: ['npm run train:topics'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no digests or no label file.',
  });
  const digests = paths.digests;
  const labelsFile = values.labels as string;
  const excludeFile = values.exclude as string;
  let files: string[];
  try {
    files = readdirSync(digests)
      .filter((f) => f.endsWith('.md'))
      .sort();
  } catch {
    throw new StageInputError(`${digests}: no digests folder to train on (--digests DIR)`);
  }
  if (files.length === 0) throw new StageInputError(`no digests in ${digests} to train on (--digests DIR)`);
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
  const { model, neighbours } = trainTopicModel(ref.topics, corpus, labels, exclude);
  model.trained.inputs = topicModelInputs(REFERENCE_DIR, readFileSync(labelsFile, 'utf8'));
  const out = join(REFERENCE_DIR, 'topic_model.json');
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  const nOut = join(REFERENCE_DIR, NEIGHBOURS_FILE);
  if (neighbours) writeFileSync(nOut, encodeNeighbours(neighbours));
  else rmSync(nOut, { force: true });
  info(
    `train:topics ${corpus.papers.length} papers, ${model.trained.hand} hand-labelled, ${Object.keys(model.weights).length} features → ${out}${neighbours ? `, ${neighbours.papers.length} neighbours` : ''} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
});
