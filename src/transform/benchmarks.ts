// Benchmark names: the reference list (canonical + aliases) and the mentions of benchmarks in
// prose, known ones by name and unknown ones by the words around them ("X 벤치마크에서").
import { isAcronymOf } from './acronyms.js';
import { SettingVocab } from './settings.js';
import { memoString } from '../util/memo.js';
import type { MetricVocab } from './metricvocab.js';

export interface BenchmarkRef {
  benchmark: string;
  aliases: string[];
  metric: string | null;
  higher_is_better: boolean | null;
  /** what a variant is grouped under (AIME 2024 → AIME); the benchmark itself when it has none */
  family: string;
}

export interface Mention {
  start: number;
  end: number;
  raw: string;
  /** canonical name when the reference knows it */
  canonical: string | null;
}

const STOP_LEAD = /^(?:and|or|of|the|on|in|with|for|to|at|by|from|vs)\s+/i;
/** `and Temples` out of `Tanks and Temples 및 …`: a name does not start with a little word. */
const trimLead = (raw: string) => raw.replace(STOP_LEAD, '');
const GENERIC_LEAD = /^(?:benchmarks?|datasets?|dataset|data set)\s+(?=[A-Za-z0-9])/i;

/** Matching key: case, spaces and punctuation do not count. */
export const benchKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
/** The reference's key keeps `+`: ScanNet++ and HumanEval+ are not ScanNet and HumanEval. */
const refKey = memoString((s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]/gu, ''),
);

// Latin-script name, up to four words: `COCO 2014`, `SWE-bench Lite`, `longest6 v2`, `Needle in a Haystack`,
// `Game of 24`, `V-IRL mini`
// (`CNN/DM`, `CNN/DailyMail`: two names of at least two characters joined by a slash are one;
// `T/Fs` is not)
// (a Greek letter may lead one: `µ-MATH` is not MATH, `τ-bench`)
const NAME = String.raw`(?:[A-Za-z][\w.+@\-]+/[A-Za-z][\w.+@\-]+|(?:[µα-ω][\-²]?(?=[A-Za-z]))?[A-Za-z][\w.+@\-]*)(?:[ \t]+(?:v?\d[\w.\-×]*|[A-Z][\w.+@\-]*|(?:and|of|&|(?:in|on|for|to)(?:[ \t]+(?:a|an|the))?)[ \t]+[A-Z][\w.+@\-]*|of[ \t]+\d+(?![\w.])|Lite|Verified|Hard|Pro|test|val|dev|human|machine|mini|lite|easy|hard)){0,3}`;
const CUE = String.raw`\s*(?:벤치마크|벤치 마크|데이터셋|데이터 셋|데이터세트|데이터 세트|테스트셋|테스트 세트|테스트 셋|평가셋|평가 세트|평가 셋|검증셋|검증 세트|benchmarks?|datasets?|test set|suite)`;
const CUED = new RegExp(`(?<![\\w.\\-])(${NAME})${CUE}`, 'g');
// `Bamboogle에서`, `QVHighlights 작업에서`, `MedMCQA (개발)에서`: a Latin-script name where a
// result is reported, unless it is a model (GPT-4o에서, LLaMA3.1-8b에서) or the end of a
// compound (`T/Fs에서`)
// the kind of task a name is, between it and 에서 (`XSum 요약 작업에서`, `TOPv2 의미 파싱 작업에서`,
// `CNN/DM 문서 요약에서`): a word for a task, after at most one other word
export const TASK_WORDS = [
  '요약',
  '파싱',
  '분류',
  '생성',
  '번역',
  '추론',
  '질의응답',
  '캡셔닝',
  '그라운딩',
  '질문 응답',
  '응답',
  '이해',
  '인식',
  '탐지',
  '검출',
  '분할',
  '추적',
  '예측',
  '편집',
  '평가',
  '테스트',
  '과제',
  '작업',
  '태스크',
];
// (`Fisher 전화 통화 데이터셋에서`, `BTCV 복부 CT 스캔 벤치마크에서`: up to three words that qualify the
// data — none with a particle, none saying the name is a method or a rival: `MaskGIT 기반 이미지 생성에서`,
// `기존의 UniMs 대비 멀티모달 이해에서`)
// (`VBench 리더보드에서`, `BRATS 뇌종양 MRI 챌린지에서`, a challenge's `MOSE 트랙에서`; `TextWorld 환경에서`: an agent's environment is where it is measured)
const DATA_WORDS = ['데이터셋', '데이터 세트', '데이터세트', '벤치마크', '챌린지', '리더보드', '대회', '트랙', '환경', '시험'];
const DATA_WORD = new RegExp(DATA_WORDS.join('|'));
const METHOD_WORDS = ['기반', '대비', '방식', '방법', '기법', '모델', '알고리즘', '프레임워크'];
const QUALIFIER = String.raw`(?!(?:${METHOD_WORDS.join('|')}))(?:[가-힣]+(?<![을를은는이가의로와과에도])|[A-Z]{2,5})`;
const TASK_KIND = String.raw`(?:\s+(?:${QUALIFIER}\s+){0,3}(?:${[...TASK_WORDS, ...DATA_WORDS].join('|')}))?`;
const AT = new RegExp(`(?<![\\w.\\-/가-힣])(${NAME})\\s*(?:\\([^()]{1,20}\\))?${TASK_KIND}\\s*(?:작업|태스크|과제|task)?\\s*에서`, 'g');
// `벤치마크인 GAIA에서`, `데이터셋인 SoS-1K에 대해`: a name the text calls a benchmark or data set
// (`A, B와 같은 벤치마크에서` was tried: the list's last name took values of the whole list)
// A name made with -Bench is a benchmark's wherever it stands (`ToolBench에 대한 광범위한 실험`,
// `Flicker-Bench와 같은 일반 T2I 태스크에서도`): on the corpus every such word is one (`U-SAFEBENCH`, `PROCESSBENCH`: in capitals too)
const BENCH_WORD = /(?<![\w.\-])(?![Ww]ork[Bb]ench|[Tt]est[Bb]ench)[A-Za-z][\w.+@\-]*?(?:[Bb]ench|BENCH)\+*(?![\w\-])/g; // (not `Workbench`, `testbench`)
// `ImageNet-LT의 경우, … 테일 클래스 정확도를`: the data a clause is about (models are filtered as for AT)
// (a method can be the case too, `DARE의 경우`: only a known benchmark or one a data word names)
// `FMTI 프레임워크를 통해 평가된 모델은`, `TransferBench를 이용한 평가 결과`: what the results were evaluated with
const EVALUATED_WITH = new RegExp(
  `(?<![\\w.\\-/가-힣])(${NAME})\\s*(?:프레임워크|framework|벤치마크|데이터셋)?(?:를|을|로|으로)\\s*(?:통해|통한|사용하여|사용한|이용한|이용하여)\\s*(?:평가(?:된|한|하여|했|에서|\\s*결과)|측정)`,
  'g',
);
const CASE_OF = new RegExp(`(?<![\\w.\\-/가-힣])(${NAME})\\s*(?:데이터셋|벤치마크)?의 경우`, 'g');
/** Words before a name that make a phrase of it (`… on GSM8K`, `Transfer to COCO`). */
const LEAD_PHRASE = /(?:^|\s)(?:of|on|in|for|to|at|with|from)\s+$/;
// `TinyGSM에서 미세 조정 후`: data a model was trained on, not where it was measured
/** Words for training a model (`미세 조정`, `사전 학습`, `fine-tuning`). */
export const TRAINING_WORDS = String.raw`미세\s?조정|파인\s?튜닝|fine-?tun|사전\s?학습|사전\s?훈련|학습|훈련`;
const TRAINED_ON = new RegExp(String.raw`^\s*(?:의\s*)?(?:${TRAINING_WORDS})`);
const CALLED = new RegExp(`(?:벤치마크|데이터셋|데이터 셋|데이터세트|데이터 세트|테스트 세트)인\\s+(${NAME})`, 'g');
/** `대화적 평가를 위한 벤치마크 GAEA-Bench를 처음으로 제안`, `VisualWebArena-Adv라는 새로운 평가 세트를 사용해`,
 *  `RABBITS (Robust Assessment of …)라는 새로운 평가 벤치마크를 도입`: a
 *  benchmark the entry says it makes (not a data set: a method paper's data set is as often what it trains on) */
const PROPOSED_BENCH = new RegExp(
  String.raw`(?:벤치마크|평가\s?세트|테스트\s?세트)(?:인)?\s+(${NAME})\s*(?:을|를)\s*(?:[^\s.]+\s+){0,2}?(?:제안|구축|소개|공개|개발|도입|제시)|(?<![\w.\-])(${NAME})\s*(?:\([^()]{1,120}\)\s*)?(?:이라는|라는)\s*새로운\s*(?:[가-힣]+\s+){0,2}?(?:벤치마크|평가\s?세트|테스트\s?세트)`,
  'g',
);
/** The benchmarks an entry says it makes, as written, each once. */
export function proposedBenchmarks(text: string): string[] {
  if (!/벤치마크|세트/.test(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(PROPOSED_BENCH)) out.add((m[1] ?? m[2]).replace(/[.\-]+$/, ''));
  return [...out];
}
// well-known model families by name
const MODEL_FAMILIES = String.raw`GPT|gpt|Gpt|LLaMA|LLaMa|LLAMA|Llama|Qwen|Mistral|Mixtral|Gemini|Gemma|Claude|o1|o3|o4|DeepSeek|Phi|Vicuna|Falcon|InternVL|InternLM|LLaVA|Hunyuan\w*|Wan|CogVideo\w*|DiT|U-Net|UNet|ResNet|Swin|ConvNeXt|BERT|T5|ViT|CLIP|SAM|Stable Diffusion|SD|SDXL|FLUX|DALL|Sora|PaLM|OPT|BLOOM|Yi|GLM|ChatGPT|Kimi|MiniCPM`;
// (hardware by name too: `A100에서` is where a result ran, not what it was measured on; a size in
// billions is a model's, `Qwen-7B`; in millions it is as often data's, `WebVid-10M`)
const MODEL = new RegExp(String.raw`^(?:${MODEL_FAMILIES}|A100|H100|H800|V100|RTX|NVIDIA)\b|\d+(?:\.\d+)?[Bb]\b`);
const MODEL_NAME = new RegExp(String.raw`^(?:${MODEL_FAMILIES})(?![a-z])`); // (`Qwen2.5-7B`, `Phi3`: a version may follow)
// `26.67%(ASQA), 31.96%(QAMPARI)`: a name in brackets right after a value with its unit is
// what it was measured on (unless it is a model, a metric or the like, as above; a bare
// number is too often part of a name: `파이 4(Raspberry Pi 4)`)
const BRACKETED = new RegExp(`(?<![\\w.\\-가-힣])\\d(?:[\\d.,]*\\d)?\\s*(?:%p?|배|x|점)\\s*\\(\\s*(${NAME})\\s*\\)`, 'g');
// `비디오 객체 분할(video object segmentation) 작업에서`: a task named in English in parentheses
// (`영상 질문 응답(Video QA)과 오디오-비디오 질문 응답(AV QA) 데이터셋에서`: a list of them, the cue after the last)
// (an English gloss of a Korean name: `MedQA (USMLE)`, `MGSM(English)` are a name's own brackets)
const GLOSS = String.raw`(?<=[가-힣](?:\s?|\s[A-Za-z0-9\-]{1,10}))\(([A-Za-z][A-Za-z0-9 \-]{1,60})\)`;
const TASK_CUE = String.raw`\s*(?:작업|태스크|과제|tasks?\b|데이터셋|벤치마크|datasets?\b|benchmarks?\b)`;
const TASK = new RegExp(`${GLOSS}${TASK_CUE}|${GLOSS}(?=\\s*(?:과|와|및|,)\\s*[^()]{0,40}${GLOSS}${TASK_CUE})`, 'g');
// `Public language model personalization (LaMP) 벤치마크에서`: an acronym in brackets after a lower-case word
// and before a cue word names it (after a name, brackets are its own: `MedQA (USMLE)`, `MGSM(English)`)
const ACRONYM_CUED = new RegExp(`(?<=[a-z]\\s?)\\(\\s*([A-Z][A-Za-z0-9+\\-]{1,15})\\s*\\)(?=${CUE})`, 'g');

// `공간 과업(spatial task)에서는`, `런타임 오류 탐지(Run-time error detection)에서는`: a task the text
// names in Korean with its own English beside it (the Korean's last word a kind of task)
const TASK_GLOSS = /([가-힣]+)\s?\(([A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z0-9\-]+){0,5})\)\s*에서(?:는|도)?(?=[\s,])/g;
const TASK_NOUN = /^(?:작업|과제|과업|태스크)$/;

/** What every match of each scan of `find` contains (CUED: a part of one of its cue words): a
 *  text without it is not scanned, its lastIndex set past any match. (One pattern of literals:
 *  a scan each, where `includes` for each was a scan per literal.) */
const NEEDS = new Map<RegExp, RegExp>([
  [CUED, /벤치|데이터|테스트|평가|검증|benchmark|dataset|test set|suite/],
  [AT, /에서/],
  [BRACKETED, /\(/],
  [CALLED, /인/],
  [CASE_OF, /의 경우/],
  [EVALUATED_WITH, /(?:통해|통한|사용하여|사용한|이용한|이용하여)\s*(?:평가|측정)/],
  [BENCH_WORD, /bench/i],
  [TASK_GLOSS, /\(/],
  [TASK, /\(/],
  [ACRONYM_CUED, /\(/],
]);
const scanFrom = (re: RegExp, text: string) => (NEEDS.get(re)!.test(text) ? 0 : text.length);
// (`COCO, LVIS-minival, 및 LVIS-val`: a comma and a conjunction are one separator)
const LIST_BEFORE = new RegExp(`(${NAME})(\\s*(?:,\\s*(?:및|그리고|and)?|와|과|및|and|&|/)\\s*)$`);
const LIST_SEP = /^(?:\s*,\s*(?:(?:및|그리고|and)\s+)?|\s*(?:와|과|및|and|&)\s+|\s*\/\s*)$/;
// Hardware a result was measured on, not what it was measured on: `Nvidia H100 GPU에서`,
// `TPU A6000에서`, `RTX 4090에서`, and the number formats it ran in (BF16, FP8)
const HARDWARE = /\b[CGNT]PUs?\b|^(?:(?:NVIDIA|Nvidia|AMD|Intel)\s+)?(?:[ABHLV]\d{2,4}S?|RTX\s?\d{3,4}\w*)$|^(?:BF|FP)\d{1,2}$/;
// (metric names are the metric vocabulary's: MetricVocab.isMetricName)
const GENERIC = new Set([
  'icl',
  'cot',
  'gpu',
  'gpus',
  'cpu',
  'tpu',
  // units of speed (`128 FPS에서 PQ 56.0`: at a speed, not on data)
  'fps',
  // (`시각적 OOD(Out-Of-Distribution) 작업에서`: a kind of test, not a data set)
  'out-of-distribution',
  'in-distribution',
  'benchmark',
  'benchmarks',
  'dataset',
  'datasets',
  'test',
  'evaluation',
  'task',
  'tasks',
  'the',
  'a',
  'an',
  'our',
  'this',
  'new',
  'llm',
  'mllm',
  'vlm',
  'lvlm',
  'lmm',
  'slm',
  'vla',
  'qa',
  'nlp',
  'ai',
  'sota',
  'large',
  'public',
  'standard',
  'several',
  'various',
  'multiple',
  'other',
  'existing',
  'open',
  'these',
  // a summary over the data, not data (`전반적인 Aggregate에서 0.487`)
  'aggregate',
  'overall',
  'average',
  'total',
  'mean',
]);

/** A word for benchmarks, models or data in general, not one's name (plurals too: `MLLMs`). */
const generic = (raw: string): boolean => {
  const k = raw.toLowerCase().replace(/@[\d.]+$/, '');
  if (k.includes('/')) return k.split('/').some(generic); // `LLM/VLM 벤치마크`
  return GENERIC.has(k) || (k.endsWith('s') && GENERIC.has(k.slice(0, -1)));
};

// Runs of Latin-script words: where a known benchmark name can be (matched by look-up, not
// by one regex per alias, which is what made this slow)
const LATIN_RUN = /[A-Za-z0-9][\w.+@\-×]*(?:[ \t]+[A-Za-z0-9][\w.+@\-×]*)*/g; // (× of `256×256`)
const MAX_WORDS = 4;
const VARIANT_SUFFIX = /^-[A-Z0-9][A-Za-z0-9]*$/;
const VARIANT_WORD = /(?<![\w.+\-])[A-Za-z][\w.+]*-[A-Z0-9][A-Za-z0-9]*(?![\w\-])/g;
const GREEK_LED = /[µα-ω][\-²]?$/;
const isBlank = (c: number) => c === 32 || c === 9;

const isKeyChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43;
/** refKey of ASCII text: letters lower-cased, digits and `+` kept, the rest dropped. */
function asciiKey(s: string, start: number, end: number): string {
  // (most words have nothing to drop: one slice, lower-cased, instead of a string per character)
  let p = start;
  while (p < end && isKeyChar(s.charCodeAt(p))) p++;
  if (p === end) return s.slice(start, end).toLowerCase();
  let k = '';
  for (let p = start; p < end; p++) {
    const c = s.charCodeAt(p);
    if (c >= 65 && c <= 90) k += String.fromCharCode(c | 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43) k += s[p];
  }
  return k;
}

/** A well-known model family, hardware or size (`GPT-4o`, `Qwen2.5-7B`, `A100`). */
export const isModelFamily = (name: string) => MODEL.test(name);
/** A well-known model by its family's name (`Qwen2.5-7B`, `ViT-B/16`): not hardware (`A100 GPU`),
 *  not a bare size (`WebVid-10M`), not a known benchmark or a metric (`CLIPScore`). */
export const isKnownModel = (name: string, index: BenchmarkIndex) =>
  MODEL_NAME.test(name.replace(/^[234]D[ \-]/, '')) &&
  !HARDWARE.test(name) &&
  index.canonical(name) === null &&
  !index.metrics.isMetricName(name); // (`3D ResNet-50`)

const FAMILY_VERSION = new RegExp(String.raw`^(?:${MODEL_FAMILIES})[\s\-.]?\d`);
/** A well-known model family with its version (`GPT-3.5`, `Claude 3 Opus`), not a coined name that
 *  starts like one (`LlamaGen`, `SDD`). */
export const isFamilyVersion = (name: string) => FAMILY_VERSION.test(name) && !HARDWARE.test(name);
const RELEASED = new RegExp(
  String.raw`^(?:${MODEL_FAMILIES})(?:[\s\-.]?\d[\w.]*)?(?:[\s\-](?:preview|mini|pro|turbo|flash|instruct|chat|base|large|small|ultra|\d+(?:\.\d+)?[BbMm]))*$`,
);
/** A released model as its maker names it, a family with only a version, size or tier (`o1-preview`,
 *  `GPT-4o`, `Llama 3.1 70B`), not one a paper builds on a family (`LLaVA-UHD`, `LLaVA-Critic`). */
export const isReleasedModel = (name: string) => RELEASED.test(name) && !HARDWARE.test(name);

/** A word of Korean task names (data/reference/task_words.csv). */
export interface TaskWord {
  korean: string;
  english: string;
  /** a kind of task: a phrase must end in one */
  head: boolean;
}

// `뇌종양 분류 작업에서`, `긴 비디오 이해에서는`: Korean words before a task word and 에서
// (a size or dimension may lead the phrase: `8K 이미지 생성에서`, `3D 객체 탐지에서`)
// (`문서 검색 실험에서`, `이미지 인식 분야에서는`: a word for the frame may stand between the task and 에서)
const TASK_KO =
  /((?:(?:\d+[Kk]|[234][Dd])\s+)?(?:[가-힣][가-힣-]*\s+){0,4}[가-힣][가-힣-]*)\s*(?:작업|과제|태스크|실험|분야|영역|부문)?\s*에서(?:는|도)?(?=[\s,])/g;
const DIMENSION = /^(?:\d+[Kk]|[234][Dd])$/;

export class BenchmarkIndex {
  private byKey = new Map<string, BenchmarkRef>();
  private taskWords: Map<string, TaskWord>;
  private allCaps = new Set<string>();
  /** every prefix of every key */
  private keyPrefixes = new Set<string>();

  /** @param metrics the metric vocabulary: a metric's name is not a benchmark's */
  constructor(
    readonly refs: readonly BenchmarkRef[],
    readonly metrics: MetricVocab,
    tasks: readonly TaskWord[] = [],
    /** the conditions results are reported under (settings.csv) */
    readonly settings: SettingVocab = new SettingVocab([]),
  ) {
    this.taskWords = new Map(tasks.map((t) => [t.korean, t]));
    for (const r of refs) {
      for (const name of [r.benchmark, ...r.aliases]) {
        this.byKey.set(refKey(name), r);
        // all-caps names (MATH, DROP, GAIA) only in capitals: `math` in prose is not the benchmark
        if (name === name.toUpperCase() && /[A-Z]/.test(name)) this.allCaps.add(refKey(name));
      }
    }
    for (const k of this.byKey.keys()) for (let i = 0; i <= k.length; i++) this.keyPrefixes.add(k.slice(0, i));
  }

  lookup(raw: string): BenchmarkRef | null {
    return this.byKey.get(refKey(raw)) ?? null;
  }

  canonical(raw: string): string | null {
    return this.lookup(raw)?.benchmark ?? null;
  }

  /** The family of a benchmark the reference knows (`AIME 2025` → `AIME`), else the name itself. */
  family(name: string): string {
    return this.lookup(name)?.family ?? name;
  }

  private knownAt(text: string): Mention[] {
    const out: Mention[] = [];
    if (this.byKey.size === 0) return out;
    let run: RegExpExecArray | null;
    for (LATIN_RUN.lastIndex = 0; (run = LATIN_RUN.exec(text)) !== null; ) {
      // A run is ASCII, so an n-gram's refKey is its words' keys joined: each word is keyed
      // once, and a word that starts no name's key is passed over without building any.
      const r = run[0];
      // (a run led by a Greek letter, `µ-MATH`, starts a name the reference would key otherwise: its first word is no key)
      const greekLed = run.index > 0 && GREEK_LED.test(text.slice(Math.max(0, run.index - 2), run.index));
      const starts: number[] = [],
        ends: number[] = [],
        keys: string[] = [];
      for (let p = 0; p < r.length; ) {
        while (p < r.length && isBlank(r.charCodeAt(p))) p++;
        const s = p;
        while (p < r.length && !isBlank(r.charCodeAt(p))) p++;
        if (p > s) {
          starts.push(run.index + s);
          ends.push(run.index + p);
          keys.push(asciiKey(r, s, p));
        }
      }
      for (let i = 0; i < keys.length; i++) {
        if (!this.keyPrefixes.has(keys[i]) || (i === 0 && greekLed)) continue;
        // the longest name starting at this word wins
        for (let n = Math.min(MAX_WORDS, keys.length - i); n >= 1; n--) {
          let key = keys[i];
          for (let j = i + 1; j < i + n; j++) key += keys[j];
          const ref = this.byKey.get(key);
          if (!ref) continue;
          let end = ends[i + n - 1];
          let raw = text.slice(starts[i], end);
          const trimmed = raw.replace(/[.\-]+$/, '');
          end -= raw.length - trimmed.length;
          raw = trimmed;
          if (this.allCaps.has(key) && raw !== raw.toUpperCase()) continue;
          out.push({ start: starts[i], end, raw, canonical: ref.benchmark });
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /** `MiniF2F-Solving은`, `PutnamBench-Solving`: a known name with a capitalised suffix is a variant of it,
   *  a name of its own (pushed to `out`). */
  private variantAt(text: string, start: number, end: number, out: Mention[]): void {
    const w = text.slice(start, end).replace(/[.\-]+$/, '');
    const h = w.lastIndexOf('-');
    if (h < 2 || !VARIANT_SUFFIX.test(w.slice(h)) || this.lookup(w)) return; // (a known one is found as itself)
    const head = w.slice(0, h);
    const known = this.lookup(head) !== null && !(this.allCaps.has(refKey(head)) && head !== head.toUpperCase());
    if (!known && !/[a-z0-9][Bb]ench$/.test(head)) return;
    // (`ImageNet-21K에서 사전 학습`: data a model was trained on)
    if (TRAINED_ON.test(text.slice(start + w.length, start + w.length + 16).replace(/^\s*(?:에서|으로|로|을|를)/, ''))) return;
    out.push({ start, end: start + w.length, raw: w, canonical: null });
  }

  /** Not a benchmark's name, unless the reference knows it as one: a general word, a metric, hardware
   *  named where a result is, or a plain lower-case word (`localization 데이터셋`, `function
   *  calling 벤치마크`), where a name would have a capital or a digit. */
  private notAName(raw: string): boolean {
    return (
      generic(raw) ||
      this.metrics.isMetricName(raw) ||
      ((HARDWARE.test(raw) || /^[a-z]+$/.test(raw) || this.metrics.endsInMetricName(raw)) && this.canonical(raw) === null)
    );
  }

  /** Tasks named in Korean where a result is reported (`뇌종양 분류 작업에서` → brain tumor
   *  classification): the longest run of two or more words before 에서 that task_words.csv
   *  translates whole, ending in a kind of task. For sentences that name no benchmark. */
  tasksIn(text: string): Mention[] {
    const out: Mention[] = [];
    if (this.taskWords.size === 0) return out;
    TASK_KO.lastIndex = text.includes('에서') ? 0 : text.length; // (every match ends in 에서)
    for (let m: RegExpExecArray | null; (m = TASK_KO.exec(text)) !== null; ) {
      const t = this.translated(m[1].split(/\s+/), false);
      // (a task word alone — 추론에서, 생성에서 — says too little: on the corpus it displaced named benchmarks)
      if (!t || t.words.length < 2) continue;
      const phrase = t.words.join(' '),
        english = t.english;
      const start = m.index + m[1].indexOf(phrase);
      out.push({ start, end: start + phrase.length, raw: english, canonical: null });
    }
    return out;
  }

  /** The English of the Korean task words after a name (`캡셔닝에서`, `의미 파싱 작업에서`): every word in
   *  task_words.csv, the last a kind of task; null otherwise. */
  private taskOf(tail: string): string | null {
    const words = tail
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\s*에서.*$/, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return this.translated(words, true)?.english ?? null;
  }

  /** Korean task words in English (task_words.csv), after dropping trailing task nouns (작업, 과제):
   *  the longest run ending the words (`whole`: all of them) whose last is a kind of task, a size or
   *  dimension allowed first (`8K`, `3D`); null when there is none. */
  private translated(all: readonly string[], whole: boolean): { words: string[]; english: string } | null {
    const words = [...all];
    while (words.length > 1 && /^(?:작업|과제|태스크|task|실험|분야|영역|부문)$/.test(words[words.length - 1])) words.pop();
    if (!words.length || !this.taskWords.get(words[words.length - 1])?.head) return null;
    let i = words.length - 1;
    while (i > 0 && (this.taskWords.has(words[i - 1]) || (i === 1 && DIMENSION.test(words[0])))) i--;
    if (whole && i > 0) return null;
    const run = words.slice(i);
    return { words: run, english: run.map((w) => this.taskWords.get(w)?.english ?? w.toUpperCase()).join(' ') };
  }

  /** Benchmark mentions in a text, in order, overlapping ones resolved to the longest (the
   *  extractor and the attribution both ask of each sentence: the last few are remembered). */
  mentions(text: string): readonly Mention[] {
    let found = this.recent.get(text);
    if (!found) {
      found = this.find(text);
      if (this.recent.size >= 64) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(text, found);
    }
    return found;
  }
  private recent = new Map<string, readonly Mention[]>();

  /** `A, B와 C 벤치마크`: the names listed before one a cue follows, pushed to `found`. */
  private listBefore(text: string, start: number, found: Mention[]): void {
    let cursor = start;
    for (;;) {
      const before = text.slice(Math.max(0, cursor - 60), cursor);
      const mm = LIST_BEFORE.exec(before);
      if (!mm || !LIST_SEP.test(mm[2])) break;
      const s = cursor - mm[0].length;
      const trimmed = mm[1].replace(/[.\-]+$/, '');
      const name = trimLead(trimmed);
      if (this.notAName(name) || (MODEL.test(name) && this.canonical(name) === null)) break; // (`Stable Diffusion 3와 …에서`: models)
      const at = s + trimmed.length - name.length; // after a dropped leading `and`
      found.push({ start: at, end: at + name.length, raw: name, canonical: this.canonical(name) });
      cursor = s;
    }
  }

  private find(text: string): Mention[] {
    const found: Mention[] = this.knownAt(text); // (a new array: added to, not copied)
    if (text.includes('-')) for (const m of text.matchAll(VARIANT_WORD)) this.variantAt(text, m.index, m.index + m[0].length, found);
    CUED.lastIndex = scanFrom(CUED, text); // exec on the shared regex: matchAll clones it on every call
    for (let m: RegExpExecArray | null; (m = CUED.exec(text)) !== null; ) {
      const raw = m[1].replace(/[.\-]+$/, '');
      if (raw.length < 2 || this.notAName(raw)) continue;
      const start = m.index!;
      // `GenAI 벤치마크` is GenAI-Bench when the reference knows that name
      const canonical = this.canonical(raw) ?? (/벤치|bench/i.test(m[0].slice(m[1].length)) ? this.canonical(`${raw}Bench`) : null);
      found.push({ start, end: start + raw.length, raw, canonical });
      this.listBefore(text, start, found);
    }
    // names where a result is reported, in brackets after a value, or called benchmarks: the same filters
    for (const re of [AT, BRACKETED, CALLED, CASE_OF, EVALUATED_WITH]) {
      re.lastIndex = scanFrom(re, text);
      for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null; ) {
        const name = m[1];
        const raw = name.replace(/[.\-]+$/, '');
        if (raw.length < 2 || MODEL.test(raw) || /^[a-z]/.test(raw) || this.notAName(raw)) continue;
        if (re === CASE_OF && !this.canonical(raw) && !DATA_WORD.test(m[0].slice(m[1].length))) continue;
        if (re === AT && TRAINED_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        const start = m.index! + (re === BRACKETED ? m[0].indexOf(name, m[0].indexOf('(')) : re === CALLED ? m[0].indexOf(name) : 0);
        // `Named Entity Recognition (NER)에서는`: a long name with its acronym in brackets goes by the acronym
        const br = re === AT ? /^\s*\(\s*([A-Z][A-Za-z0-9]{1,6})\s*\)/.exec(m[0].slice(m[1].length)) : null;
        if (br && isAcronymOf(br[1], raw) && this.canonical(raw) === null) {
          found.push({ start, end: start + raw.length, raw: br[1], canonical: this.canonical(br[1]) });
          continue;
        }
        const canonical = this.canonical(raw);
        // `YouTube 캡셔닝에서`, `Code2Code 검색에서`: a name the reference does not know, with the task it is
        // read for in Korean, is that task on it (a known one is itself: `Kinetics-400 액션 인식에서`)
        const task = re === AT && canonical === null ? this.taskOf(m[0].slice(m[1].length)) : null;
        found.push({ start, end: start + raw.length, raw: task ? `${raw} ${task}` : raw, canonical });
        // `COCO, LVIS-minival, 및 LVIS-val 제로샷 객체 탐지 벤치마크에서`: words for the data cover the list
        // (and a list of names before 에서 is one too: `MSCOCO-30K 및 GenEval에서 FID 8.53과 61%`)
        // (a name listed that is no benchmark, `DoRA는 LoRA와 MMLU에서 비교했을 때 3.7%`, takes no value: a value
        // goes to the last name unless the list pairs with as many values)
        if (re === AT) this.listBefore(text, start, found);
      }
    }
    BENCH_WORD.lastIndex = scanFrom(BENCH_WORD, text);
    for (let m: RegExpExecArray | null; (m = BENCH_WORD.exec(text)) !== null; )
      found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], canonical: this.canonical(m[0]) });
    TASK_GLOSS.lastIndex = scanFrom(TASK_GLOSS, text);
    for (let m: RegExpExecArray | null; (m = TASK_GLOSS.exec(text)) !== null; ) {
      if (!(TASK_NOUN.test(m[1]) || this.taskWords.get(m[1])?.head) || this.notAName(m[2]) || /^tasks?$/i.test(m[2])) continue;
      const start = m.index + m[0].indexOf('(') + 1;
      found.push({ start, end: start + m[2].length, raw: m[2], canonical: this.canonical(m[2]) });
    }
    ACRONYM_CUED.lastIndex = scanFrom(ACRONYM_CUED, text);
    for (let m: RegExpExecArray | null; (m = ACRONYM_CUED.exec(text)) !== null; ) {
      if (this.notAName(m[1]) || MODEL.test(m[1])) continue;
      const start = m.index + m[0].indexOf(m[1]);
      found.push({ start, end: start + m[1].length, raw: m[1], canonical: this.canonical(m[1]) });
    }
    TASK.lastIndex = scanFrom(TASK, text);
    for (let m: RegExpExecArray | null; (m = TASK.exec(text)) !== null; ) {
      const name = m[1] ?? m[2];
      const start = m.index! + 1;
      if (this.notAName(name.trim())) continue;
      found.push({ start, end: start + name.length, raw: name.trim(), canonical: this.canonical(name) });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) {
        // (the longer wins, but a known name wins over an unknown one that adds a phrase before it:
        // `Performance of Claude on GSM8K에서` is GSM8K's; `VL Reward Bench`, `VBench T2V` stay names)
        const known = (x: Mention) => (x.canonical ?? this.canonical(x.raw)) !== null;
        if (
          m.end - m.start > last.end - last.start ||
          (known(m) && !known(last) && m.end <= last.end && LEAD_PHRASE.test(text.slice(last.start, m.start)))
        )
          out[out.length - 1] = { ...m, canonical: m.canonical ?? this.canonical(m.raw) };
        continue;
      }
      // `ARC-Easy/ARC-Challenge와 MathQA에서 각각 31.31%/12.88% 및 9.69%`: two known names joined by a slash
      // are two (CNN/DM, which the reference knows whole, stays one)
      const slash = m.canonical === null ? m.raw.indexOf('/') : -1;
      if (slash > 0) {
        const a = m.raw.slice(0, slash),
          b = m.raw.slice(slash + 1);
        const ca = this.canonical(a),
          cb = this.canonical(b);
        if (ca !== null && cb !== null) {
          out.push({ start: m.start, end: m.start + slash, raw: a, canonical: ca });
          out.push({ start: m.start + slash + 1, end: m.end, raw: b, canonical: cb });
          continue;
        }
      }
      // (`인도메인 (ID) BENCHMARK ANDROIDCONTROL에서`: a word for what a name is, written before it, is not part of it)
      const word = m.canonical === null ? GENERIC_LEAD.exec(m.raw) : null;
      const rest = word ? m.raw.slice(word[0].length) : '';
      if (word && rest.length > 2 && !/^[A-Z]?[a-z]+$/.test(rest) && !this.notAName(rest)) {
        const raw = rest;
        out.push({ start: m.start + word[0].length, end: m.end, raw, canonical: this.canonical(raw) });
        continue;
      }
      out.push(m);
    }
    return out;
  }
}
