// Whose number is it: the system a reported result belongs to (`system`) and whether it is the
// paper's own method or a variant of it (`own`), read from the structure of the whole entry.
//
// Per entry: the paper's own name(s) — from the title (the name before a colon, a coined
// CamelCase/acronym/digit name) and from what the text says it proposes ("X를 제안", "X라는 새로운
// …", "we propose X", the subject of the first sentence) — and what kind of paper it is (a
// method, or a benchmark/dataset or an analysis, whose evaluated models are not its own).
// Per result: the subject of its clause (a name with 은/는/이/가, "X의 N%", "X(N%)"), skipping the
// names it is compared with ("Y 대비", "Y보다", "Y를 능가"); a generic self-reference ("제안된
// 모델", "our method") is the own name; a role only ("기존 방법") is a competitor without a name.
// The vocabularies are the typed tables below, each with a corpus sentence in the tests.
import type { RawPaper } from '../staging/records.js';
import { isAcronymOf } from './acronyms.js';
import { containsAny, matchesIn, memoString } from '../util/memo.js';
import { CONNECTIVE_END, sectionSentences } from './sentences.js';
import {
  benchKey,
  isFamilyVersion,
  isKnownModel,
  isModelFamily,
  isReleasedModel,
  type BenchmarkIndex,
  type Mention,
  TRAINING_WORDS,
} from './benchmarks.js';

export interface Attribution {
  system: string | null;
  own: boolean | null;
}

export type PaperKind = 'method' | 'benchmark' | 'analysis';

export interface PaperContext {
  kind: PaperKind;
  /** the own name as the text spells it, or null when neither title nor text names it */
  primary: string | null;
  /** every spelling that names the own approach (short and long forms, Korean transcriptions) */
  aliases: string[];
  /** sizes or precisions of models the entry tells apart (`7B 파라미터 모델`, `32B 모델`): with two
   *  or more, a value said of one is that variant's */
  variants?: number;
  /** models the entry says it builds besides its own name (`우리의 모델인 VLAA-Thinker는`, `기반 모델
   *  Swin-BOB는`): their numbers are its own in any kind of paper (a dataset paper's trained model) */
  models?: string[];
}

/** A vocabulary entry: what it matches and why it is there. */
interface Cue {
  re: RegExp;
  note: string /** the names must be well-known model families (isModelFamily) */;
  family?: boolean;
  /** the cue names the base anywhere in the sentence, before its subject too (`기초 모델로 X를 사용하여, Optima는`) */
  anywhere?: boolean;
}

/** Generic self-references: the paper's own approach without its name (→ the own name, own). */
export const SELF_REFERENCES: readonly Cue[] = [
  {
    re: /(?:제안(?:된|한|하는)|개발(?:된|한)|본 연구의|본 논문의|이 논문의|새로운)\s*(?:[\d.]+[BM]\s*(?:토큰\s*)?)?(?:[가-힣A-Za-z-]+\s*(?:과|와|및)\s*[가-힣A-Za-z-]+\s+)?(?:모델|방법론?|기법|접근\s*(?:방식|법)|프레임워크|시스템|알고리즘|아키텍처|네트워크|에이전트|대책)/,
    note: '제안된 모델, 제안된 2.7B 토큰 모델, 개발된 모델, 새로운 모델, 제안된 마스킹과 트래킹 기법',
  },
  {
    re: /(?:우리|저희)(?:의|가)?\s*(?:팀의\s*)?(?:모델|방법론?|기법|접근\s*(?:방식|법)|프레임워크|시스템|알고리즘|에이전트|대책)/,
    note: '우리의 모델, 저희 모델',
  },
  {
    // (a word of its own before it is another word: `백본 모델을`, `기본 모델`, `단일 모델`)
    re: /(?<![가-힣])(?:본|이|해당)\s*(?:모델|방법론?|기법|접근\s*(?:방식|법)|프레임워크|시스템|알고리즘)(?=\s*(?:은|는|이|가|을|를|의|으로|로|에|도)?(?:\s|,))/,
    note: '본 방법, 이 모델, 이 접근법',
  },
  {
    re: /\b(?:our|the proposed)\s+(?:\w+\s+)?(?:method|model|approach|system|framework|agent)s?\b/i,
    note: 'our method, the proposed model',
  },
];

/** A competitor named only by its role (→ no system, not own). */
export const COMPETITOR_ROLES: readonly Cue[] = [
  {
    re: /(?:기존|이전|종래|전통적인|일반적인|표준|원래|원본|베이스)\s*(?:의\s*)?(?:[가-힣A-Za-z-]+\s+){0,2}?(?:모델|방법론?|기법|접근\s*(?:방식|법)|시스템|기술|알고리즘|파이프라인|토크나이저|업샘플러|SOTA|최고|버전)(?:들)?/,
    note: '기존 모델의 60%, 기존의 GAN 기반 모델',
  },
  { re: /(?:베이스라인|기준선|기준 모델|경쟁 모델|비교 모델)(?:들)?/, note: '베이스라인' },
  { re: /\b(?:the\s+)?baselines?\b|\bprior (?:work|methods?)\b/i, note: 'baseline' },
  // (the best of those evaluated, unnamed — or named in brackets right after, which then is its system)
  {
    re: /(?<!(?:저자들?의|우리의|저희의|저희|본 논문의|본 연구의|제안된)\s*)(?:가장\s*(?:성능이\s*)?(?:우수한|뛰어난|좋은|높은\s*성능의)|최고\s*성능의|최고의)\s*(?:모델|시스템|M?LLMs?|LMMs?|VLMs?|LVLMs?|에이전트)(?:들)?/,
    note: '가장 성능이 우수한 모델(GPT-4o + SDXL)이, 최고 성능의 LMM(GPT-4o)은',
  },
];

/** After a name, what makes it the one compared against, not the one that achieved the number. */
export const COMPARISON_AFTER: Cue = {
  re: /^\s*(?:\([^()]{0,40}\))?\s*(?:(?:모델|방법|기법|시스템|팀|표준)(?:들)?\s*)?(?:의\s+(?:약\s*|최대\s*)?[\d.]+\s*(?:%p?|배|점|x)?\s*)?(?:대비|보다|에 비해|에 비하여|과 비교|와 비교|와의 비교|과의 비교|을 능가|를 능가|을 상회|를 상회|을 초과|를 초과|을 앞서|를 앞서|을 뛰어넘|를 뛰어넘|을 넘어서|를 넘어서|대\s|compared|than|vs\.?)/,
  note: 'Y 대비, Y보다, Y의 50.0% 대비, Y를 능가',
};

/** Before a value: it was given as the rival's (`61.4% 대 51.9%`: the second is the other's). */
const VERSUS_BEFORE = /[\d.]+\s*%?\s*대\s*$/;

/** After a value: it is what the result is compared against (a baseline's number). */
const BASELINE_AFTER =
  /^\s*(?:%p?|배|점|x)?\s*\)?\s*(?:의\s*)?(?:[가-힣]+\s+){0,1}?(?:대비|보다|에 비해|을 능가|를 능가|을 상회|를 상회|를 초과|을 초과|compared)/;

/** What a proposal is: a method or model, or a benchmark or data set. */
export const PROPOSAL_VERB = /(?:제안|소개|제시|도입|개발|발표|공개|선보|구축|출시|introduc|propos|present)/i;
const METHOD_NOUN =
  /(?:모델|방법|기법|프레임워크|접근|알고리즘|시스템|아키텍처|네트워크|에이전트|파이프라인|생성기|토크나이저|컨트롤러|학습|훈련|정규화|전략|model|method|framework|approach|algorithm|architecture|agent)/i;
/** A benchmark or dataset paper: "새로운 벤치마크인 … 을 소개", "데이터셋을 공개". */
export const BENCHMARK_PAPER: readonly Cue[] = [
  {
    re: /(?:벤치마크|데이터셋|데이터 세트|데이터세트|테스트셋|테스트 세트|평가셋|평가 세트|평가 (?:체계|프레임워크|스위트|기준)|리더보드|(?:bench(?:mark)?|dataset|test suite|leaderboard)s?\b(?![ -][A-Za-z]))(?:인|를|을|이|가|와|과|로서|\s|,|\(|\)|'|$)/i,
    note: '새로운 벤치마크인 GRaph Analysis Benchmark(GRAB)을 소개',
  },
];
/** A title that says the paper is data (`GTA: A Benchmark for General Tool Agents`, `AfriMed-QA: A
 *  Pan-African, …, Medical Question-Answering Benchmark Dataset`): the head noun after the colon,
 *  followed by the title's end or what it is for, not a word it modifies (`Dataset Distillation`);
 *  not data to train with (`A … Dataset for Training Multimodal Models`: the models trained are its own),
 *  nor one of several contributions (`Benchmark, Analysis and Mitigation`), nor the object of a verb
 *  (`Augmenting … Datasets with Synthetic Data`). */
export const BENCHMARK_TITLE: Cue = {
  re: /:\s*(?![A-Z][a-z]+ing\s)(?:(?:An?|The)\s+)?(?:(?!(?:and|for|in|on|with|to|via|through|by)\s|[A-Za-z]+tion\s+of\s)[\w',-]+\s+){0,6}?(?:Benchmark|Dataset|Test Suite|Leaderboard|Benchmark Suite)s?(?![\w-])\s*(?:$|for\b(?!\s+(?:Training|Pre-?training|Fine-?tuning|Instruction|Learning|Teaching|Improving|Advancing|Enhancing|Boosting|Scaling|Building))|of\b|on\b|to\b|in\b|with\b|that\b|towards?\b|[:(])/i,
  note: 'GTA: A Benchmark for General Tool Agents',
};
/** A title that says the paper is a model or method (`BiMediX2: Bio-Medical EXpert LMM for Diverse Medical
 *  Modalities`), whatever data it also proposes. */
export const METHOD_TITLE: Cue = {
  re: /:\s*(?![A-Z][a-z]+ing\s)(?:(?:An?|The)\s+)?(?:(?!(?:and|of|for|in|on|with|to|via|through|by)\s)[\w',-]+\s+){0,6}?(?:Model|LLM|LMM|MLLM|VLM|VLA|Framework|Agent|Method|Approach|Architecture|Network|Transformer|Tokenizer|Foundation Model)s?(?![\w-])\s*(?:$|for\b|of\b|on\b|to\b|in\b|with\b|that\b|[:(])/,
  note: 'BiMediX2: Bio-Medical EXpert LMM for Diverse Medical Modalities',
};
/** An analysis paper: it studies, tests or explains, and proposes nothing of its own. */
export const ANALYSIS_VERB: Cue = {
  re: /(?:분석|조사|평가|테스트|밝히|밝혀|밝힙|탐구|검토|연구하였|발견|investigat|analy[sz]|examin|evaluat|survey|\bfind|\bfound)/i,
  note: 'VLM의 시각 능력을 테스트합니다',
};

// A Latin-script name of up to four words: `DeepSeek-Prover-V1.5`, `Claude 3.5 Sonnet`,
// `LLaVA-NeXT 13B`, `Masked Scene Modeling`, `PIXART-Σ`
// (`3D CoCa`: a dimension may lead a name; the last letter class holds only what the run before it
// cannot: `[\wΣα-ω+]?` there matched the same names, each end tried twice when a pattern backtracked)
// (a Greek letter may lead a name: `µCODE`, `τ-bench`, `μTransfer`; the micro sign as well as μ)
// Accented Latin letters belong to a name (`PokéChamp`); × (U+00D7) and ÷ do not; a patch size after a slash does
// (`DDT-XL/2`, `ViT-B/16`).
const NAME_SRC = String.raw`(?:[234]D[ \-](?=[A-Z])|[µα-ω][\-²]?(?=[A-Za-z]))?[A-Za-zÀ-ÖØ-Ý][\wÀ-ÖØ-öø-ɏ.+\-]*(?:×\d[\w.+\-]*)?(?:\/\d+(?![\d.]))?[Σα-ω]?(?:[ ](?:v?\d[\w.\-]*|[A-Z][\w.+\-]*(?:\/\d+(?![\d.]))?|of|and|for))*`;
const NAME_AT = new RegExp(`(?<![\\w.\\-])(?:${NAME_SRC})`, 'g');
/** Between a name and its particle: a gloss in brackets, words for what it is. */
// (`Llama 3.1 70B 같은 모델이`, `GPT-4o와 같은 최첨단 모델은`: a model such as the name is the name)
const ROLE_WORDS = String.raw`(?:\s*\([^()]{0,60}\))?(?:\s*(?:와|과)?\s*같은(?:\s+[가-힣]{1,6}(?=\s*(?:모델|시스템|LLM)))?(?=\s*(?:모델|시스템|LLM)))?(?:\s*(?:모델|팀|시스템|프레임워크|방법론?|기법|에이전트|시리즈|네트워크|model|agent))*`;
// (`가장 발전된 모델인 o3-mini조차도 59.9%`: even X is the subject too)
const SUBJECT_AFTER = new RegExp(`^${ROLE_WORDS}\\s*(?:은|는|이|가|조차도|조차|마저도|마저|까지도|도)(?=[\\s,])`);
/** The role words between a subject's name and its particle. */
const SUBJECT_WORDS = new RegExp(`^${ROLE_WORDS}`);
/** The value follows its owner directly: `B의 50.0%`, `GPT-4o(50.2%)`, `X: 3.1`. */
const OWNER_BEFORE_VALUE = /^(?:\s*(?:모델|팀|시스템)?\s*의\s*(?:약|최대|평균|about)?\s*|\s*\(\s*|\s*[:=]\s*)$/;
/** …unless the value is a multiple or share of the owner's (`기존 SGR의 2.54배에 달하며`, `Pixart-α의 65%
 *  계산 복잡도로`, `순차적 인코딩의 98%의 성능을 보존`): then it is the subject's, measured against it. */
const SHARE_OF_OWNER_AFTER =
  /^\s*(?:배|x\b|×)|^\s*%\s*(?:의\s*)?(?:(?:계산|연산)\s*(?:복잡도|비용|량)|비용|메모리|시간|파라미터|매개변수|FLOPs|(?:에|로)\s*해당|수준|(?:성능|정확도|품질)\s*(?:을|를)\s*(?:보존|유지|회복|달성)|(?:을|를)?\s*(?:보존|유지|회복))/;
// (the list's last value says what they all are: `DiT의 52%, Pixart-α의 65% 계산 복잡도로`)
const shareOfOwner = (after: string) =>
  SHARE_OF_OWNER_AFTER.test(after.replace(/^(\s*(?:%|배))(?:\s*(?:,|와|과|및)\s*[^,\d]{1,30}?의\s*\d+(?:\.\d+)?\s*(?:%|배))+/, '$1'));
/** How every text OWNER_BEFORE_VALUE or ROLE_BEFORE_VALUE matches ends: without it, neither is tried
 *  (nor the names before a value looked for). */
const OWNER_GAP_END = /(?:의\s*(?:약|최대|평균|about)?|\(|[:=])\s*$/;
/** A role right before the value: `기존 모델의 60%`. */
const ROLE_BEFORE_VALUE = new RegExp(`(?:${COMPETITOR_ROLES.map((c) => c.re.source).join('|')})\\s*의\\s*(?:약|최대|평균)?\\s*$`, 'i');

/** After a kind's name: it is the subject, or its measure is (`오픈 소스 모델의 전체 성능은 최고 40.5%`). */
const AS_SUBJECT = String.raw`(?=\s*(?:은|는|이|가|들은|들이)\s|\s*(?:들)?의\s+(?:[가-힣]+\s+){0,2}?[가-힣]*(?:성능|정확도|점수|성공률)(?:은|는|이|가)\s)`;
/** A kind of system named in general, written in plain English as the gold rules have it
 *  (`SLM이 … 취약`: SLMs). */
export const GENERIC_KINDS: readonly { re: RegExp; written: string; needs?: readonly string[] }[] = [
  {
    // (`최신 LLM 모델들은`: the kind's word with 모델 is the kind)
    re: new RegExp(
      String.raw`(?<![\w.\-])(?:LLMs?(?:\s*모델들?)?|대규모 언어 모델들?|(?<!(?:시각|비전)[-\s]?)언어 모델들)${AS_SUBJECT}`,
      'g',
    ),
    written: 'LLMs',
    needs: ['LLM', '언어 모델'],
  },
  {
    re: new RegExp(String.raw`(?<![\w.\-])(?:(?:VLMs?|LVLMs?)(?:\s*모델들?)?|(?:시각|비전)[-\s]?언어 모델들?)${AS_SUBJECT}`, 'g'),
    written: 'VLMs',
    needs: ['VLM', '언어 모델'],
  },
  {
    re: new RegExp(String.raw`(?<![가-힣])(?:오픈\s?소스|공개)\s*모델들?${AS_SUBJECT}`, 'g'), // (not `비공개 모델`)
    written: 'open-source models',
    needs: ['모델'],
  },
  {
    re: new RegExp(String.raw`(?:독점|상용|폐쇄형|비공개)\s*모델들?${AS_SUBJECT}`, 'g'),
    written: 'proprietary models',
    needs: ['모델'],
  },
  { re: new RegExp(String.raw`(?<![\w.\-])(?:LMMs?)${AS_SUBJECT}`, 'g'), written: 'LMMs', needs: ['LMM'] },
  { re: new RegExp(String.raw`(?<![\w.\-])(?:MLLMs?(?:\s*모델들?)?)${AS_SUBJECT}`, 'g'), written: 'MLLMs', needs: ['MLLM'] },
  { re: new RegExp(String.raw`(?<![\w.\-])(?:SLMs?)${AS_SUBJECT}`, 'g'), written: 'SLMs', needs: ['SLM'] },
  {
    // (not people who made the data: `인간이 생성한 대조 캡션에서`, `사람이 작성한 코드`; nor people who prefer: `인간이 80.3% 더
    // 선호하는` is what they rate)
    re: /(?:인간|사람|human)(?:\s*(?:평가자|전문가|응답자|참가자|annotators?|experts?|respondents?|participants?))?(?=\s*(?:은|는|이|가)\s)(?!\s*(?:이|가)\s+(?:직접\s+)?(?:생성|작성|만든|만들|주석|라벨|레이블|번역|수집|제작|큐레이션))(?![^,]{0,24}?선호)/g,
    written: 'human',
  },
];
const HUMAN_BEFORE_VALUE =
  /(?<![가-힣])(?:인간|사람)(?:\s*(?:평가자|전문가|응답자|참가자|참여자))?의\s*(?:평균\s*)?(?:[가-힣]{1,6}(?:은|는|이|가)\s*)?(?:약\s*|평균\s*)?$/;
/** `needs`: words a match cannot do without; a sentence with none of them is not scanned (a
 *  pattern led by a lookbehind is tried at every character). */
const mayMatch = (g: (typeof GENERIC_KINDS)[number], s: string) => !g.needs || g.needs.some((w) => s.includes(w));

const TITLE_OPENS = /^\s*['"‘“]?([A-Z][^()\n,]{1,60}?)['"’”]?\s*(?:\(([^()]{1,40})\))?\s*(?:은|는|이|가)\s/;
const PHRASE_LEAD =
  /^(?:from|towards?|beyond|when|how|what|why|which|who|is|are|do|does|can|could|should|will|would|on|in|into|the|a|an|to|for|with|without|not|all|one|through|via|under|over|at|by|of)\s/i;

/** The last word of a kind of model named in general (`Video LLMs`, `Diffusion Models`). */
const GENERIC_LAST = /(?:^|\s)(?:M?LLMs|VLMs|LVLMs|LMMs|SLMs|LRMs|[Mm]odels)$/;

/** Well-known techniques by their spelt-out names. */
const TECHNIQUES =
  /^(?:retrieval[- ]augmented generation|reinforcement learning (?:from|with) human feedback|chain[- ]of[- ]thoughts?|low[- ]rank adaptation|direct preference optimi[sz]ation|mixture[- ]of[- ]experts|in[- ]context learning|supervised fine[- ]?tuning|reinforcement learning|deep learning|machine learning|transfer learning|contrastive learning|knowledge distillation|data augmentation)$/i;
const TECHNIQUE_SRC = TECHNIQUES.source.slice(1, -1);
const TECHNIQUE_IN = new RegExp(TECHNIQUE_SRC, 'i');
function techniqueGlossed(name: string, text: string): boolean {
  // (the patterns are built per name: only where the text spells a technique out at all)
  if (!/^[A-Z]{2,6}$/.test(name) || !text.includes(name) || !TECHNIQUE_IN.test(text)) return false;
  return (
    new RegExp(`${name}\\s*\\((?:[^()]*[,;]\\s*)?${TECHNIQUE_SRC}\\s*[,;)]`, 'i').test(text) ||
    new RegExp(`(?<![\\w\\-]\\s?)${TECHNIQUE_SRC}\\s*\\(\\s*${name}\\s*[,;)]`, 'i').test(text) || // (not `In-Context Reinforcement Learning(ICRL)`)
    new RegExp(`\\(\\s*${name}\\s*[,;]\\s*${TECHNIQUE_SRC}\\s*\\)`, 'i').test(text)
  );
}
const MEDIUM_TO_MEDIUM =
  /^(?:text|image|video|audio|speech|sound|3d|motion|music|sketch|layout)[- ]to[- ](?:text|image|video|audio|speech|sound|3d|motion|music|sketch|layout)$/i;
/** Plain capitalised words ending in a word for a kind of thing (`Deep Learning Model`). */
const QUOTES = [
  ["'", "'"],
  ['"', '"'],
  ['‘', '’'],
  ['“', '”'],
];
const DESCRIPTION = /^(?:[A-Z][a-z]+[ \-])+(?:Model|Network|Framework|Method|System|Approach|Architecture|Pipeline)s?$/;

/** Words that are written like names but name no system. */
const NOT_NAMES = new Set([
  'uav',
  'llm',
  'llms',
  'mllm',
  'mllms',
  'vlm',
  'vlms',
  'lmm',
  'lmms',
  'slm',
  'slms',
  'lvlm',
  'lvlms',
  'ai',
  'ml',
  'rl',
  'nlp',
  'qa',
  // tasks by their acronyms (`… Non-Autoregressive ASR with …`: a title's capitals that name a task, not a system)
  'asr',
  'tts',
  'ocr',
  'ner',
  'vqa',
  'nlu',
  'nlg',
  't2i',
  't2v',
  'i2v',
  'sota',
  'gpu',
  'gpus',
  'cpu',
  'tpu',
  'api',
  'apis',
  'github',
  'arxiv',
  'hugging',
  'face',
  'huggingface',
  'ceo',
  // degrees and titles (`PhD Knowledge Not Required: …`)
  'phd',
  'msc',
  'cot',
  'icl',
  'sft',
  'dpo',
  'ppo',
  'kv',
  'moe',
  'a',
  'an',
  'the',
  'we',
  'our',
  'this',
  'new',
  'and',
  'of',
  'for',
  'task',
  'tasks',
  'e',
  'g',
  'i',
  'ie',
  'eg',
  'vs',
  'x',
  'etc',
]);
const isCoined = (w: string) =>
  /[a-z][A-Z]|[A-Z]{2,}|[A-Za-z]\d|\d[A-Za-z]/.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !/^\d+[DdKkBbMm]$/.test(w);

/** `Speculative Streaming: …`: two or three capitalised words before a title's colon name the approach,
 *  though the summary writes it only in Korean (추측적 스트리밍); not a phrase led by a verb's -ing
 *  (`Overcoming Vocabulary Mismatch`, `Decoding Compressed Trust`) nor one ending in a word for a
 *  kind of thing (`Aya Model`, `Holistic Unlearning Benchmark`). */
const titleCaseName = (words: readonly string[]) =>
  words.length >= 2 &&
  words.length <= 3 &&
  words.every((w) => /^[A-Z][a-z]/.test(w)) &&
  !/ing$/.test(words[0]) &&
  !/^(?:Models?|Benchmarks?|Datasets?|Frameworks?|Systems?|Methods?|Approach|Agents?|Reports?|Survey|Study|Review)$/.test(
    words[words.length - 1],
  );
// (a role word before a name is not part of it: `SOTA EVA02`)
const cleanName = (s: string) =>
  s
    .replace(/^['"‘“]+|['"’”.,;:!?]+$/g, '')
    .replace(/^(?:SOTA|State-of-the-art|the|The)\s+(?=[A-Z0-9])/, '')
    .trim();

// (sticky, tried where the name ends: no copy of the rest of the sentence per name)
const NAMED_AFTER = /\s*(?:은|는|이|가|의|\(|라는|이라는)/y;
// (`Qwen 모델은`: a well-known family's word with 모델 is a model's name)
const MODEL_NAMED_AFTER = /\s*(?:모델|model)\s*(?:은|는|이|가|의)/y;
// (`Trust-Score 지표에서`: a measure's name is what was measured, not who)
const DATA_AFTER = /\s*(?:벤치마크|데이터셋|데이터 ?세트|benchmark|dataset|에서|점수|score|지표|메트릭|metric)/iy;
const followedBy = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.test(s);
};

interface NameHit {
  start: number;
  end: number;
  name: string;
}

/** Latin names in a sentence, less metric names, benchmarks and words that name nothing. */
function namesIn(s: string, index: BenchmarkIndex, skipBenchmarks: boolean): NameHit[] {
  const out: NameHit[] = [];
  let bench: readonly Mention[] | null = null; // looked up only for a name that passes the other tests
  NAME_AT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAME_AT.exec(s)) !== null; ) {
    let name = m[0].replace(/[ ](?:of|and|for)$/, '');
    name = name.replace(/[.\-]+$/, '');
    const start = m.index,
      end = start + name.length;
    // (`TFLOPs는 55.6% 절감`: a metric's name is what was measured, not who)
    if (name.length < 2 || NOT_NAMES.has(name.toLowerCase()) || /^[a-z]+$/.test(name) || index.metrics.isMetricName(name)) continue;
    // (`Greedy Accuracy 및 Pass@16에서는`: nor is a name its last word makes a measure)
    if (index.metrics.endsInMetricName(name)) continue;
    if (/[a-z-]Score$/.test(name)) continue; // (`FactScore가 30.29%에서 39.39%로`, `Trust-Score`: measures made with Score)
    if (
      /^(?:[A-Z][a-z]+)$/.test(name) &&
      !isCoined(name) &&
      !followedBy(NAMED_AFTER, s, end) &&
      !(isModelFamily(name) && followedBy(MODEL_NAMED_AFTER, s, end))
    )
      continue; // a capitalised word, not a name
    if (followedBy(DATA_AFTER, s, end)) continue;
    if ((bench ??= skipBenchmarks ? index.mentions(s) : []).some((b) => b.start < end && start < b.end)) continue;
    out.push({ start, end, name });
  }
  return out;
}

/** The sections that say what the paper is: What's New, else the first three plain bullets. */
function introOf(p: RawPaper): string {
  const wn = p.sections.filter((s) => s.kind === 'whats_new');
  if (wn.length) return wn.map((s) => s.text).join('\n');
  return p.sections
    .slice(0, 3)
    .map((s) => s.text)
    .join('\n');
}

const key = memoString(benchKey); // (names recur: each is folded once)

/** `Heavy Labels Out(HeLlO)`, `듀오디코딩(DuoDecoding)`: both forms, the short Latin one first. */
function forms(name: string, gloss: string | null): string[] {
  const a = cleanName(name);
  let b = gloss ? cleanName(gloss) : '';
  // `Noise-Aware Training(소음 인식 훈련, NAT)`: a Korean translation, then the short form
  const short = /^[^,;]*[가-힣][^,;]*[,;]\s*([A-Z][\w.+\-]*)$/.exec(b);
  if (short && /^[A-Za-z]/.test(a)) b = short[1];
  // `시간 동적 컨텍스트(Temporal Dynamic Context; TDC)`: a gloss may give the long and the short form
  // (after a comma, `(Video-to-Video, V2V)`, it is as often the name of a task)
  // `교차 계층 주의(Cross-Layer Attention, CLA)`: a Korean name's gloss may end in its short form after a comma
  const comma = /[가-힣]/.test(a) ? /^([A-Za-z][\w.+\- ]*),\s*([A-Z][\w.+\-]*[A-Z][\w.+\-]*)$/.exec(b) : null;
  if (comma) return [comma[2], comma[1], a];
  const parts = b.split(/\s*;\s*/);
  if (parts.length > 1 && parts.every((x) => /^[A-Za-z][\w.+\- ]*$/.test(x))) return /[가-힣]/.test(a) ? [...parts, a] : [a, ...parts];
  // (`3D Convex Splatting (3DCS)`: a short form may open with its dimension)
  if (!b || !/^(?:[A-Za-z]|[234]D)[\w.+\- ]*$/.test(b)) return [a];
  if (/^[a-z]/.test(a) && /\s/.test(a)) return [b]; // `image Generation (RCG)`: the long form was cut
  if (/[가-힣]/.test(a)) return [b, a];
  return b.split(' ').length < a.split(' ').length || (b.length < a.length && isCoined(b)) ? [b, a] : [a, b];
}

// (starting only where a word starts: tried at every letter, these were most of the time)
const NAME_G = String.raw`(?<![\w.\-가-힣'"‘“])['"‘“]?(${NAME_SRC}|[가-힣]{2,12}(?=\s*\([A-Za-z]))['"’”]?(?:\s*\(([^()]{1,60})\))?['"’”]?`;
// (`ECHO(…) 방법을 제안`, `'Heavy Labels Out(HeLlO)' 프레임워크를 통해`: a word for what it is may stand between)
// (`자가 백트래킹(Self-Backtracking) 메커니즘을 제안`: a mechanism, strategy or pipeline is proposed as a method is)
const WHAT = String.raw`(?:\s*(?:모델|방법론?|기법|프레임워크|시스템|알고리즘|접근\s*방식|방식|접근법|아키텍처|네트워크|에이전트|생성기|토크나이저|메커니즘|전략|파이프라인|패러다임|model|method|framework|mechanism|strategy|pipeline))?`;
/** What the text says it proposes, and how strongly each construction claims a name. */
export const DECLARED: [RegExp, number][] = [
  [new RegExp(`${NAME_G}\\s*(?:이라는|라는|라고 하는|(?:으로|로)\\s*불리는|named|called)`, 'g'), 3],
  [
    new RegExp(
      `(?:새로운|novel|new|혁신적인)\\s+[^.,]{0,40}?${NAME_G}${WHAT}\\s*(?:을|를|이|가|은|는)\\s*(?:[가-힣]+\\s+){0,2}?${PROPOSAL_VERB.source}`,
      'g',
    ),
    3,
  ],
  [new RegExp(`${NAME_G}${WHAT}\\s*(?:을|를)\\s*(?:[가-힣]+\\s+){0,2}?${PROPOSAL_VERB.source}`, 'g'), 2],
  [new RegExp(`${NAME_G}\\s*(?:은|는|이|가)\\s[^.]{0,120}?${PROPOSAL_VERB.source}`, 'g'), 2],
  // `TabuLa-8B는 … 예측 모델입니다`, `X는 … 새로운 방법론입니다`: what the entry defines
  [new RegExp(`${NAME_G}\\s*(?:은|는)\\s[^.]{0,150}?(?:새로운|novel)?\\s*${METHOD_NOUN.source}(?:입니다|이다|로서|으로서|임)`, 'g'), 2],
  [new RegExp(`(?:새로운|novel|new)\\s+[^.,]{0,30}?(?:인|,)?\\s*${NAME_G}${WHAT}\\s*(?:을|를|이|가|은|는|의|에|으로|로|를 통해)`, 'g'), 1],
  [new RegExp(`\\b(?:we|We)\\s+(?:propose|introduce|present)\\s+${NAME_G}`, 'g'), 3],
  // `논문에서 제안하는 ORTrack 프레임워크는`: the name after a verb of proposing, as the subject
  [new RegExp(`(?:제안하는|제안된|제안한|소개하는)\\s+${NAME_G}${WHAT}\\s*(?:은|는|이|가)\\s`, 'g'), 3],
  // `프록시 토큰 확산 변환기(Proxy Token Diffusion Transformer, PT-DiT)를 제안`, `…(Adaptive Data Refinement
  // Framework; ADR)를 제안`: a Korean name glossed with its English and its short form (the short form is the
  // name, the English its gloss)
  [
    new RegExp(
      `[가-힣]\\s*\\((?=[^()]*?[,;]\\s*(${NAME_SRC})\\s*\\))([A-Z][^(),;]{2,60})[,;]\\s*(?:${NAME_SRC})\\s*\\)\\s*(?:을|를)\\s*(?:[가-힣]+\\s+){0,2}?${PROPOSAL_VERB.source}`,
      'g',
    ),
    3,
  ],
  // `이 프레임워크인 PDS(PMP-based Data Selection)를 통해`: the entry's own approach named in apposition
  [new RegExp(`(?:이|본|해당)\\s+${METHOD_NOUN.source}인\\s+${NAME_G}`, 'g'), 3],
  // `진실성을 높이기 위한 프레임워크인 Trust-Align을 도입`: what is introduced, in apposition to its kind
  [new RegExp(`${METHOD_NOUN.source}인\\s+${NAME_G}\\s*(?:을|를)\\s*(?:[가-힣]+\\s+){0,2}?${PROPOSAL_VERB.source}`, 'g'), 2],
  // `소형 사이즈의 Vary-toy와 기본 언어 모델인 Qwen-1.8B를 소개`: the first of what is introduced
  [
    new RegExp(
      `${NAME_G}${WHAT}\\s*(?:와|과|및)\\s(?:[^.,]|\\.(?=\\d)){0,40}?(?:을|를)\\s*(?:[가-힣]+\\s+){0,2}?${PROPOSAL_VERB.source}`,
      'g',
    ),
    3,
  ],
];
/** Whose results a summary reports, anywhere in it: `실험 결과 TALE은 …`, `Experiments show X …`
 *  (a known model family there is a competitor being tested, not the paper's). */
// Most of DECLARED starts with NAME_G; run globally, each tried its name at every character of the
// intro. Every one of them needs, after the name (its gloss, a word for what it is), a particle or
// `named`/`called` that starts with one of these, so the places where one scan of this finds a
// name so followed are the only places where those patterns can match: they are tried there only.
const DECLARED_HEAD = new RegExp(`${NAME_G}${WHAT}\\s*(?:[을를은는이가와과및라]|named|called)`, 'g');
const DECLARED_AT: { re: RegExp; score: number; sticky: RegExp | null; declares: boolean }[] = DECLARED.map(([re, score]) => ({
  re,
  score,
  declares: re.source.includes(PROPOSAL_VERB.source) || re.source.includes(`${METHOD_NOUN.source}인`),
  sticky: re.source.startsWith(NAME_G) ? new RegExp(re.source, 'y') : null,
}));

/** Every position where DECLARED_HEAD matches (overlapping: a later word of a name is a start too). */
function declaredHeads(text: string): number[] {
  const at: number[] = [];
  DECLARED_HEAD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DECLARED_HEAD.exec(text)) !== null; ) {
    at.push(m.index);
    DECLARED_HEAD.lastIndex = m.index + 1;
  }
  return at;
}

/** The matches of one DECLARED pattern in the intro, in order, as its global scan finds them. */
function* declaredMatches(d: (typeof DECLARED_AT)[number], text: string, heads: () => number[]): Generator<RegExpExecArray> {
  if (!d.sticky) {
    d.re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = d.re.exec(text)) !== null; ) yield m;
    return;
  }
  let end = 0;
  for (const at of heads()) {
    if (at < end) continue;
    d.sticky.lastIndex = at;
    const m = d.sticky.exec(text);
    if (m) {
      end = m.index + m[0].length;
      yield m;
    }
  }
}

const OURS_IS = new RegExp(
  `(?:우리의|저희의|저희|본 논문의|이 논문의|본 연구의|제안된|제안하는|제안한)\\s*(?:방법론?|모델|기법|접근\\s*방식|접근법|프레임워크|시스템|알고리즘)인\\s+${NAME_G}\\s*(?:은|는|이|가)\\s`,
  'g',
);
/** What every match of OURS_IS, of RESULTS_OF, starts with (a part of one of its lead-ins). */
const OURS_IS_NEEDS = ['우리의', '저희', '논문의', '본 연구의', '제안'];
/** `기반 모델 Swin-BOB는`, `우리가 훈련한 X는`: a model the paper builds, named (not `기준 모델`: a
 *  baseline may be anyone's; a well-known versioned model is what it builds on) */
const BUILT_MODEL = new RegExp(
  `(?:기반 모델|우리가 (?:훈련|학습|개발)한(?: 모델)?|저희가 (?:훈련|학습|개발)한(?: 모델)?)\\s+${NAME_G}\\s*(?:은|는|이|가)\\s`,
  'g',
);
const BUILT_MODEL_NEEDS = ['기반 모델', '우리가', '저희가'];
/** `본 연구의 InternVL2-8B-MPO 모델은`, `제안된 RCFG는`: a name the text calls its own (a versioned family
 *  name too: the text says whose it is) */
const OURS_NAMED = new RegExp(
  `(?:우리의|저희의|본 논문의|이 논문의|본 연구의|제안된|제안한)\\s+(?:(?:모듈|모델|방법|기법|프레임워크|알고리즘)\\s+)?${NAME_G}\\s*(?:모델\\s*|방법\\s*|프레임워크\\s*)?(?:은|는|이|가)\\s`,
  'g',
);
const OURS_NAMED_NEEDS = ['우리의', '저희의', '논문의', '본 연구의', '제안'];
/** `CamemBERT 2.0 모델은 … CamemBERTav2와 CamemBERTv2로 구성되어 있습니다`: the models the first sentence
 *  says the own one is made of */
/** `CheckEHR이라는 프레임워크를 도입하여`, `Self-PEP라는 플러그 앤 플레이 프레임워크를 개발`: a method the entry says it
 *  introduces, in any section (a data paper's own method besides its data) */
const INTRODUCED_METHOD = new RegExp(
  `${NAME_G}\\s*(?:이라는|라는)\\s*(?:새로운\\s*)?(?:(?![^\\s.,]*(?:벤치마크|데이터|세트|코퍼스|및|와\\s|과\\s))[^\\s.,]+\\s+){0,3}?(?:프레임워크|모델|방법론?|기법|시스템|에이전트|파이프라인|접근법)(?:를|을)\\s*(?:도입|제안|개발|구축|소개|설계)`,
  'g',
);
/** `Math-LLaVA 및 Math-LLaVA-DS 모델이 개발되었습니다`, `MARVEL-FX3D를 개발하여`: what the paper develops,
 *  named as the object or the passive subject of 개발/구축 (a data paper's models besides its data) */
const DEVELOPED = new RegExp(
  `${NAME_G}(?:\\s*(?:과|와|및|,)\\s*${NAME_G})?\\s*(?:모델|프레임워크|시스템|파이프라인|에이전트)?\\s*(?:을|를|이|가)\\s*(?:새롭게\\s*|새로\\s*|직접\\s*)?(?:개발|구축)(?:되었|되어|했|하였|하여|하고|하며|한\\s)$`,
);
const DEVELOPED_VERB = /(?:개발|구축)(?:되었|되어|했|하였|하여|하고|하며|한\s)/g;
/** `CLUE(Constitutional MLLM JUdgE) 방법은`: a method the text spells out as it names it, in any section,
 *  is one the paper introduces (a rival is named, not defined) */
const DEFINED_METHOD = new RegExp(
  `(?<![\\w.\\-])(${NAME_SRC})\\s*\\(([A-Za-z][^()]{5,60})\\)\\s*(?:방법론?|프레임워크|기법|시스템|알고리즘|에이전트|접근법)(?:은|는|이|가)\\s`,
  'g',
);
/** `CLUE` of `Constitutional MLLM JUdgE`: the short name's letters in order in the long one, from its first
 *  (looser than isAcronymOf: a definition says it is one) */
function spelledOut(short: string, long: string): boolean {
  const a = short.toLowerCase().replace(/[^a-z0-9]/g, ''),
    b = long.toLowerCase();
  if (a.length < 2 || a[0] !== b[0] || !/[\s-]/.test(long)) return false;
  let at = 0;
  for (const c of a) if ((at = b.indexOf(c, at) + 1) === 0) return false;
  return true;
}
const INTRODUCED_BY_US = new RegExp(
  `(?:연구팀|저자들?|우리|저희|본 논문|이 논문|이 보고서)(?:은|는|이|가|에서는?)\\s(?:[^.]|\\.(?=\\d)){0,80}?${NAME_G}(?:\\s*(?:과|와|및|,)\\s*${NAME_G})?\\s*(?:을|를|도)\\s*(?:함께\\s*)?(?:소개|제안|공개|출시|개발)`,
  'g',
);
/** After the own name: `는 OE와 OD를 결합하여` (the name's parts, groups 1 and 3). */
// (or is made of: `EmoAgent는 두 가지 주요 구성 요소인 EmoEval과 EmoGuard로 나누어집니다`)
const COMBINES = new RegExp(
  `^\\s*(?:은|는)\\s+(?:[^.]{0,30}?(?:구성\\s*요소|모듈|컴포넌트|부분)(?:인|로는)\\s+)?${NAME_G}\\s*(?:와|과|및)\\s*${NAME_G}\\s*(?:(?:을|를)\\s*(?:결합|통합)|(?:로|으로)\\s*(?:나누어|나뉘|구성|이루어))`,
);
const COMPOSED_OF = new RegExp(`${NAME_G}\\s*(?:와|과|및|,)\\s*${NAME_G}\\s*(?:로|으로)\\s*(?:구성|이루어)`);
/** `새로운 지표인 Trust-Score`, `Trust-Score 지표를 제안`: a name given to a measure (the name is group 1 or 3); `PQI는 …
 *  예측하는 새로운 메트릭입니다`: one defined as a measure (MEASURE_DEFINED, tried only where a copula ends such a word) */
const MEASURE_WORDS = ['지표', '메트릭', '척도', 'metric'];
const MEASURE_NAMED = new RegExp(
  `(?:지표|메트릭|척도|metric)(?:인|로서|으로|로)\\s+${NAME_G}|${NAME_G}\\s*(?:이라는|라는)?\\s*(?:새로운\\s*)?(?:평가\\s*)?(?:지표|메트릭|척도|metric)(?:를|을|로|인)`,
  'g',
);
const MEASURE_DEFINED = new RegExp(`${NAME_G}\\s*(?:은|는)\\s[^.]{0,80}?(?:지표|메트릭|척도)(?:입니다|이다|임)`, 'g');
const RESULTS_OF_NEEDS = ['실험 결과', '실험에서', '평가 결과', 'results show', 'experiments show'];
const RESULTS_OF = new RegExp(`(?:실험 결과|실험에서|평가 결과|results show|experiments show)[,\\s]*${NAME_G}\\s*(?:은|는|이|가)\\s`, 'g');
const SUBJECT_NAME = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})${ROLE_WORDS}\\s*(?:은|는|이|가)(?=\\s)`, 'g');

/** A compound adjective, its suffix in lower case, is no name (`PhD-level LLMs`, `GPT-based`; `TP-Aware` is one). */
const COMPOUND_ADJECTIVE =
  /-(?:level|based|like|scale|style|free|aware|driven|guided|grade|wise|specific|agnostic|centric|oriented|only|friendly|powered|generated|enhanced|assisted)$/;

/** The paper's own name(s) and its kind, from the title and the text. */
export function paperContext(p: RawPaper, index: BenchmarkIndex): PaperContext {
  const intro = introOf(p);
  const all = p.sections.map((s) => s.text).join('\n');
  const scores = new Map<string, { name: string; score: number; aliases: Set<string> }>();
  const add = (names: string[], score: number) => {
    const [name] = names;
    if (!name || name.length < 2 || NOT_NAMES.has(name.toLowerCase()) || name.split(' ').length > 5) return;
    if (GENERIC_LAST.test(name)) return; // (`비디오 대형 언어 모델(Video LLMs)`: a kind of model, not one)
    // (`비디오-투-비디오(Video-to-Video, V2V)`: a task, one medium to another; `Prompt-to-Leaderboard(P2L)` is a name)
    if (names.some((n) => MEDIUM_TO_MEDIUM.test(n))) return;

    // (`새로운 딥러닝 모델(Deep Learning Model)을 소개`: plain words for a kind of thing describe, unless the title
    // names it so or the text quotes it as a name: `'Open-World Mobile Manipulation System'을 제시`)
    if (DESCRIPTION.test(name) && !key(p.title).includes(key(name)) && !QUOTES.some(([a, b]) => all.includes(`${a}${name}${b}`))) return;
    const k = key(name);
    if (!k) return;
    let e = scores.get(k);
    if (!e) scores.set(k, (e = { name, score: 0, aliases: new Set() }));
    e.score += score;
    for (const n of names) e.aliases.add(n);
  };
  let allKey: string | null = null; // folded once, when first needed
  const inText = (n: string) => all.includes(n) || (allKey ??= key(all)).includes(key(n));

  // the title: the name before a colon, and coined words
  const title = p.title.trim();
  // (`Heavy Labels Out! Dataset Distillation …`: an exclamation ends a name as a colon does)
  // (`Éclair -- Extracting Content …`: a dash between spaces ends a one-word name as a colon does; not a series,
  // `O1 Replication Journey -- Part 3: …`)
  const colon = /^([^:：!?]{2,60}?)\s*[:：!?]\s/.exec(title) ?? /^(\S{2,30})\s(?:--|–|—)\s/.exec(title);
  let titleHead: string | null = null;
  let phrase: string | null = null; // (titlePhrase's weak candidate: the subjects' count below still looks for a coined name)
  if (colon) {
    const head = cleanName(colon[1]);
    const words = head.split(/\s+/);
    // (`From Medprompt to o1: …`, `How Far Can …: …`: a phrase led by a little word names nothing)
    if (
      words.length <= 4 &&
      (words.length === 1 || words.some(isCoined) || inText(head) || titleCaseName(words)) &&
      !NOT_NAMES.has(head.toLowerCase()) &&
      !(words.length > 1 && PHRASE_LEAD.test(head))
    ) {
      add([head], 4);
      titleHead = head;
    }
    // (`The Devil is in the Details: StyleFeatureEditor for …`: a phrase before the colon, the name after it)
    else {
      const lead = /^\s*([^\s:：]+)\s+(?:for|with|via|in|to)\s/.exec(title.slice(colon[0].length));
      if (lead && isCoined(cleanName(lead[1])) && !index.canonical(cleanName(lead[1]))) add([cleanName(lead[1])], 4);
      else titlePhrase(title.slice(colon[0].length));
    }
  } else titlePhrase(title);
  // (`Humanity's Last Exam (HLE)는 …`: a short title the summary opens with, as its subject, is the name)
  const opening = colon ? null : TITLE_OPENS.exec(intro);
  if (opening && key(opening[1]) === key(title) && title.split(/\s+/).length <= 5) add(forms(opening[1], opening[2] ?? null), 4);
  for (const w of title.split(/[\s:：,!?()]+/)) {
    const t = cleanName(w).replace(/['’]s$/, ''); // (`R1-Zero's "Aha Moment"`: the name, not its possessive)
    if (
      t.length >= 3 &&
      isCoined(t) &&
      !index.canonical(t) &&
      t.split('-').some(isCoined) &&
      !COMPOUND_ADJECTIVE.test(t) &&
      !(colon && key(colon[1]) === key(t))
    )
      add([t], 2);
  }

  // `Optimal Stepsize for Diffusion Sampling`: capitalised words before what they are for name the approach, more
  // weakly than a name before a colon (not `Towards …`, `Measuring …`, nor a kind of thing: `Efficient Reasoning Models`)
  function titlePhrase(t: string) {
    const m = /^\s*((?:[A-Z][\w\-]*\s+){1,2}[A-Z][\w\-]*)\s+(?:for|via|with)\s/.exec(t);
    const n = m?.[1];
    if (n && titleCaseName(n.split(/\s+/)) && !PHRASE_LEAD.test(n) && !TECHNIQUES.test(n) && !index.canonical(n) && inText(n)) {
      add([n], 3);
      phrase = key(n);
    }
  }

  // the text: what it proposes ("X라는 새로운 …", "새로운 … X를 제안", "X는 … 제안"), and the subject of
  // its first sentence
  let heads: number[] | null = null; // found once, when first needed
  let text = intro;
  const headsOf = () => (heads ??= declaredHeads(text));
  // (an entry whose intro declares nothing may name its approach later: `Subspace Rerouting(SSR) 기법을 개발했습니다`
  // in Technical Details)
  const rest = p.sections
    .filter((s) => !intro.includes(s.text))
    .map((s) => s.text)
    .join('\n');
  let declared = false;
  // a measure the paper proposes is not its approach (`새로운 지표인 Trust-Score을 제안하며, … 프레임워크인
  // Trust-Align을 도입`): it is what the results are in
  const measures = new Set<string>();
  MEASURE_NAMED.lastIndex = containsAny(all, MEASURE_WORDS) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = MEASURE_NAMED.exec(all)) !== null; ) measures.add(key(cleanName(m[1] ?? m[3])));
  MEASURE_DEFINED.lastIndex = /(?:지표|메트릭|척도)(?:입니다|이다|임)/.test(all) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = MEASURE_DEFINED.exec(all)) !== null; ) measures.add(key(cleanName(m[1])));
  for (const pass of [intro, rest]) {
    if (pass !== intro) {
      if (declared || !rest) break;
      text = rest;
      heads = null;
    }
    for (const d of DECLARED_AT) {
      // (later sections: only where a verb of proposing or a word for a method says it is the entry's —
      // `GeneralPoints라는 산술 추론 카드 게임` is what it is tested on)
      if (text !== intro && !d.declares) continue;
      const score = d.score;
      for (const m of declaredMatches(d, text, headsOf)) {
        const n = cleanName(m[1]);
        if (/^[가-힣]+$/.test(n) && !(m[2] && /^[A-Za-z]/.test(m[2]))) continue; // a Korean word is a name only with its Latin gloss
        if (techniqueGlossed(n, all) || forms(n, m[2] ?? null).some((x) => TECHNIQUES.test(x))) continue; // (see below: not declared)
        // (`보상 견고성(Robustness)을 도입`: one abstract noun glossing a Korean one translates it; `토토(Toto)`,
        // `후렉스(Flux)` spell a name)
        if (/[가-힣]/.test(n) && m[2] && /^[A-Z]?[a-z]+(?:ness|tion|sion|ity|ment|ance|ence|ing|ism|ure)$/.test(cleanName(m[2]))) continue;
        if (index.canonical(n) && !BENCHMARK_PAPER.some((c) => c.re.test(intro))) continue;
        // (`'프록시 튜닝(proxy-tuning)'을 소개`: a quoted name may be glossed by a hyphenated coinage in lower case)
        const coinedGloss =
          !!m[2] &&
          (/^['"‘“]/.test(m[0]) || /['"‘“][가-힣 ]*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) &&
          /^[a-z]+(?:-[a-z]+)+$/.test(m[2].trim());
        if (!/[A-Z0-9]/.test(n) && !(m[2] && /[A-Z]/.test(m[2])) && !coinedGloss) continue;
        // a plain word (`Waveform 생성기를 제안`) qualifies what is proposed; it names it only in the title
        // (but a quoted one is named: `'Searchformer'라는 모델을 제시`)
        if (/^[A-Z][a-z]+$/.test(n) && !m[2] && !(colon && key(colon[1]) === key(n)) && !/^['"‘“]/.test(m[0])) continue;
        // (later sections name others' models and measures as often: only a coined name, none of those)
        if (
          text !== intro &&
          (!(isCoined(n) || m[2]) ||
            /[가-힣]/.test(n) ||
            COMPOUND_ADJECTIVE.test(n) ||
            isKnownModel(n, index) ||
            index.metrics.isMetricName(n.split(' ')[0]) ||
            /\d\.\d/.test(n))
        )
          continue;
        add(coinedGloss ? [m[2]!.trim()] : forms(n, m[2] ?? null), score); // (`튜닝` is only a word of the quoted name)
        // (a well-known model the title does not name declares nothing: it is what the approach improves)
        // (a measure it proposes declares no approach: `PQI를 제안` of `PQI는 … 새로운 메트릭입니다`, then `ReQuant를 제안`)
        if ((!(isFamilyVersion(n) || isReleasedModel(n)) || key(title).includes(key(n))) && !measures.has(key(n))) declared = true;
      }
    }
  }
  RESULTS_OF.lastIndex = containsAny(all, RESULTS_OF_NEEDS) ? 0 : all.length; // (no lead-in, no scan)
  for (let m: RegExpExecArray | null; (m = RESULTS_OF.exec(all)) !== null; ) {
    const n = cleanName(m[1]);
    if (/[A-Z]/.test(n) && !isModelFamily(n) && !index.canonical(n)) add(forms(n, m[2] ?? null), 1);
  }
  // `우리의 방법인 DMD(Diffusion for Metric Depth)는`, `제안된 모델인 X가`: the text names its own approach in
  // apposition (`제안된 모델은 Transformer …` names none: a word after it is not its name)
  OURS_IS.lastIndex = containsAny(all, OURS_IS_NEEDS) ? 0 : all.length;
  const models: string[] = [];
  // (a model the paper builds may be named after a family, `Swin-BOB`; a family with its version is what it builds on)
  const built = (n: string) => /[A-Z]/.test(n) && !index.canonical(n) && !isFamilyVersion(n);
  for (let m: RegExpExecArray | null; (m = OURS_IS.exec(all)) !== null; ) {
    const n = cleanName(m[1]);
    if (built(n)) models.push(n);
    if (/[A-Z]/.test(n) && !isModelFamily(n) && !index.canonical(n)) add(forms(n, m[2] ?? null), 4);
  }
  BUILT_MODEL.lastIndex = containsAny(all, BUILT_MODEL_NEEDS) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = BUILT_MODEL.exec(all)) !== null; ) if (built(cleanName(m[1]))) models.push(cleanName(m[1]));
  OURS_NAMED.lastIndex = containsAny(all, OURS_NAMED_NEEDS) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = OURS_NAMED.exec(all)) !== null; )
    if (/[A-Z]/.test(cleanName(m[1])) && !index.canonical(cleanName(m[1]))) models.push(cleanName(m[1]));
  // `연구팀은 … phi-3-small과 phi-3-medium도 소개하며`: what the authors introduce besides
  INTRODUCED_BY_US.lastIndex = /연구팀|저자|우리|저희|본 논문|이 논문|이 보고서/.test(all) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = INTRODUCED_BY_US.exec(all)) !== null; )
    for (const n of [m[1], m[3]].filter(Boolean).map(cleanName))
      if (built(n) || (/\d/.test(n) && !index.canonical(n) && !isFamilyVersion(n))) models.push(n);
  // (tried only in the stretch before each verb: the pattern starts with a name, which a global scan tries everywhere)
  for (const v of all.matchAll(DEVELOPED_VERB)) {
    const from = Math.max(0, v.index - 160);
    const m = DEVELOPED.exec(all.slice(from, v.index + v[0].length));
    if (m) for (const n of [m[1], m[3]].filter(Boolean).map(cleanName)) if (built(n)) models.push(n);
  }
  INTRODUCED_METHOD.lastIndex = /이라는|라는/.test(all) ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = INTRODUCED_METHOD.exec(all)) !== null; )
    if (built(cleanName(m[1]))) models.push(cleanName(m[1]));
  DEFINED_METHOD.lastIndex = all.includes('(') ? 0 : all.length;
  for (let m: RegExpExecArray | null; (m = DEFINED_METHOD.exec(all)) !== null; )
    if (built(cleanName(m[1])) && spelledOut(cleanName(m[1]), m[2])) models.push(cleanName(m[1]));
  const parts = /구성|이루어/.test(intro) ? COMPOSED_OF.exec(intro.split(/(?<=[.!?])\s+/)[0]) : null;
  if (parts) for (const n of [parts[1], parts[3]].map(cleanName)) if (built(n)) models.push(n);
  const first =
    /^\s*['"‘“]?([A-Za-z][\wÀ-ÖØ-öø-ɏ.+\-]*(?:[ ](?:v?\d[\w.\-]*|[A-Z][\w.+\-]*|of|and|for)(?=[ ]))*(?:[ ](?:v?\d[\w.\-]*|[A-Z][\w.+\-]*))?)['"’”]?(?:\s*\(([^()]{1,60})\))?(?:\s*(?:팀|모델|프로젝트))?\s*(?:은|는|이|가)\s/.exec(
      intro,
    );
  if (first && !NOT_NAMES.has(first[1].toLowerCase())) add(forms(first[1], first[2] ?? null), 2);

  // the approach the entry keeps talking about: a name that is the subject of several sentences
  const subjectCount = new Map<string, number>();
  // (when no candidate is in the text — a title's word the summary never writes, `VideoLLM Knows When to
  // Speak` of MMDuet — a coined name the entry keeps as its subject is one)
  let absent = true;
  for (const [k, e] of scores) if (k !== phrase && inText(e.name)) absent = false;
  const spelt = new Map<string, string>();
  SUBJECT_NAME.lastIndex = scores.size || absent ? 0 : all.length; // (the counts only add to candidates: none, no scan)
  for (let m: RegExpExecArray | null; (m = SUBJECT_NAME.exec(all)) !== null; ) {
    const k = key(m[1]);
    subjectCount.set(k, (subjectCount.get(k) ?? 0) + 1);
    if (absent && !spelt.has(k)) spelt.set(k, m[1]);
  }
  if (absent)
    for (const [k, n] of subjectCount) {
      const name = spelt.get(k)!;
      // (not one the text also uses as a place: `HLE에서 낮은 정확도` is data)
      if (
        n >= 2 &&
        isCoined(name) &&
        !isKnownModel(name, index) &&
        !index.canonical(name) &&
        !NOT_NAMES.has(name.toLowerCase()) &&
        !all.includes(`${name}에서`)
      ) {
        add([name], 2);
        models.push(name); // (what the entry keeps as its subject is its own in a data paper too: `TVL 모델은`)
      }
    }
  // a name written like a phrase of plain words is a weaker claim than a coined one
  for (const [k, e] of scores) {
    e.score += Math.min(2, Math.max(0, (subjectCount.get(k) ?? 0) - 1));
    if (isCoined(e.name) || e.name.split(/[\s-]/).some(isCoined)) e.score += 1;
    if (inText(e.name)) e.score += 1;
  }
  // (`검색 증강 생성(RAG; Retrieval-Augmented Generation) 프레임워크를 제안`: a technique the text spells out by its
  // usual name is the kind of thing proposed, not its name; `RAG는 … 새로운 다중 지역 제어 기술` may be one)
  for (const [k, e] of scores) if (techniqueGlossed(e.name, all)) scores.delete(k);
  // (`RankDPO를 적용하여 SDXL 모델은`, in an entry that names its approach nowhere else: what it applies to a model is it)
  if (![...scores.values()].some((e) => e.score >= 3 && !isKnownModel(e.name, index)) && /적용|활용|사용/.test(all)) {
    // (found from the verb: the pattern starts with a name, which a global scan would try at every character)
    for (const v of all.matchAll(APPLIED_VERB)) {
      const name = APPLIED_NAME.exec(all.slice(Math.max(0, v.index - 60), v.index));
      const model = APPLIED_MODEL.exec(all.slice(v.index + v[0].length, v.index + v[0].length + 80));
      if (!name || !model) continue;
      const n = cleanName(name[1]);
      if (
        isCoined(n) &&
        !isKnownModel(n, index) &&
        !index.canonical(n) &&
        !TECHNIQUES.test(n) &&
        isKnownModel(cleanName(model[1]), index)
      ) {
        add([n], 3);
        break;
      }
    }
  }
  // the long and short forms of one name are one candidate
  const cands = [...scores.values()].sort((a, b) => b.score - a.score || b.name.length - a.name.length);
  for (const a of cands)
    for (const b of cands)
      if (a !== b && a.score > 0 && b.score > 0 && ([...b.aliases].some((x) => a.aliases.has(x)) || isAcronymOf(b.name, a.name))) {
        a.score += b.score;
        b.score = 0;
        for (const x of b.aliases) a.aliases.add(x);
      }
  // (a measure the paper proposes, above, is not its approach either)
  // a well-known model the title does not name is what the paper builds on, not its own (`GPT-3.5가 처음
  // 도입된 후` in the summary of `ChatGLM: A Family of …`)
  const best = cands
    .filter((c) => !measures.has(key(c.name)) && ![...c.aliases].some((a) => measures.has(key(a))))
    .filter((c) => c.score >= 3 && !((isFamilyVersion(c.name) || isReleasedModel(c.name)) && !key(title).includes(key(c.name))))
    .sort((a, b) => b.score - a.score)[0];
  // of a name's forms, the short coined one (`HeLlO` of `Heavy Labels Out`, `GTR` of `Guided Thought Reinforcement`)
  let primary = best ? [...best.aliases].sort((a, b) => Number(isShortForm(b)) - Number(isShortForm(a)))[0] : null;
  // the text's spelling wins over the title's (`SVDQunat` in a title, `SVDQuant` in the text)
  if (primary && !inText(primary)) {
    const near = namesIn(all, index, false)
      .map((h) => h.name)
      .find((n) => close(key(n), key(primary!)));
    if (near) primary = near;
  }
  const aliases = best ? [...best.aliases].filter((a) => key(a).length >= 2) : [];
  if (primary && !aliases.includes(primary)) aliases.unshift(primary);
  // (`SLAB: Efficient Transformers with …` whose text proposes PRepBN and SLA: the title's coined name is the whole
  // approach, and `SLAB-Swin` a variant of it)
  if (best && titleHead && isCoined(titleHead) && !aliases.some((a) => key(a) === key(titleHead!)) && !index.canonical(titleHead))
    aliases.push(titleHead);
  // `Over-Tokenized Transformer는 OE와 OD를 결합하여`: the parts the own approach combines are its own
  if (/결합|통합|나누어|나뉘|구성|이루어/.test(all))
    for (const a of aliases)
      for (let i = all.indexOf(a); i >= 0; i = all.indexOf(a, i + 1)) {
        const m = COMBINES.exec(all.slice(i + a.length, i + a.length + 120));
        if (m) for (const n of [m[1], m[3]].map(cleanName)) if (built(n)) models.push(n);
      }

  const sizes = new Set<string>();
  VARIANT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VARIANT.exec(all)) !== null; ) sizes.add(sizeOf(m).toLowerCase());
  return {
    kind: kindOf(
      intro,
      p.title,
      best ? [...best.aliases] : [],
      best !== undefined && isReleasedModel(best.name) && !models.some((m) => key(m) === key(best.name)),
    ),
    primary,
    aliases,
    variants: sizes.size,
    models,
  };
}

const isShortForm = (n: string) => !/\s/.test(n) && isCoined(n) && !/[가-힣]/.test(n);

/** Two spellings at most two letters apart (a typo in a title). */
function close(a: string, b: string): boolean {
  // (a short name is not a typo of another: `GTA` of the title is not `GPT-4` of the text)
  if (Math.abs(a.length - b.length) > 2 || a.length < 4 || b.length < 5 || a.startsWith(b) || b.startsWith(a)) return false;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length] <= 2;
}

/** A method paper proposes a model or method; a benchmark paper only data or an evaluation; an
 *  analysis paper nothing, but studies, tests or explains. */
/** What a sentence says its subject is: the words before 입니다/이다 (`… 벤치마크 스위트입니다`). */
const COPULA = /([가-힣A-Za-z]+(?:\s+[가-힣A-Za-z]+)?)\s*(?:입니다|이다|이며|으로서|로서)[.\s]*$/;
const COPULA_END = /(?:입니다|이다|이며|으로서|로서)[.\s]*$/;
const NEW_NOUN_OF = /새로운\s+((?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+)(?:으로서|로서|으로|로|이며|이자)[,\s]/;
const DATA_NOUN_OF = /((?:[가-힣A-Za-z]+\s+)?(?:벤치마크|데이터셋|데이터 세트|데이터세트|데이터 셋))(?:(?:으로서|로서|로|이자),|이며\s)/;
const PARTICIPLE_OBJECT = /^(?:된|한|되는|하는)\s+((?:새로운\s+)?[가-힣A-Za-z\s-]{1,30}?)(?:으로서|로서|으로|로|입니다|이다|이며|인)[,\s.]/;
const EVALUATION_TOOL = /^\s*(?:(?:새로운|포괄적인|통합된?|체계적인|자동화된?)\s+)*(?:프레임워크|도구|툴킷|스위트|플랫폼|기준)/;
const MODEL_NAMED = /\S[-\s](?:M?LLM|VLM|LVLM|LMM|VLA|SLM|LM)$/;
const DATA_AND_METHOD = new RegExp(`(?:벤치마크|데이터셋|데이터 세트)\\s*(?:및|과|와|그리고)\\s*(?:새로운\\s*)?${METHOD_NOUN.source}`);
const DATA_COORDINATED = /(?:벤치마크|데이터셋|데이터 세트|benchmark|dataset)\s*(?:과|와|및|그리고|and)\s[^,]{0,30}$/i;
// (`새로운 기법 'Delineate Anything'과 이를 위한 대규모 … 데이터셋 FBIS-22M을 소개`: a method with its data)
const METHOD_AND_DATA = new RegExp(`${METHOD_NOUN.source}[^,]{0,60}?(?:과|와|및|그리고)\\s[^,]{0,60}?(?:벤치마크|데이터셋|데이터 세트)`);
const TRAINING_DATA_TITLE = /\bData(?:set)?s?\s+for\s+(?:Training|Pre-?training|Fine-?tuning|Instruction|Teaching)\b/i;
function kindOf(intro: string, title: string, ownNames: string[], external = false): PaperKind {
  const sentences = intro.split(/(?<=[.!?。])\s+|\n+/);
  let method = false,
    bench = false;
  for (const [i, s] of sentences.entries()) {
    if (method) break; // (a method paper, whatever the sentences after say: they are not read)
    const v = PROPOSAL_VERB.exec(s);
    if (!v) {
      // `WebGames는 … 위한 포괄적인 벤치마크 스위트입니다`: the own name defined as data, without a verb of
      // proposing; `WikiAutoGen은 … 생성하는 새로운 시스템입니다`: as a method
      // `Video-MMMU는 … 평가하는 새로운 벤치마크로, …`: the same, the first sentence's noun in apposition
      // (`VAPO는 … 새로운 벤치마크로 자리 잡을` later is a claim, not what it is)
      // (`Humanity's Last Exam (HLE)는 … 멀티모달 벤치마크로, …`: a data noun in apposition needs no 새로운)
      const c = COPULA_END.test(s) ? COPULA.exec(s.slice(-60)) : i === 0 ? (NEW_NOUN_OF.exec(s) ?? DATA_NOUN_OF.exec(s)) : null;
      if (c && ownNames.some((n) => s.trimStart().startsWith(n))) {
        // (`InterFeedback는 … 인터랙티브 지능을 평가하기 위한 새로운 프레임워크입니다`: a framework for evaluating is an evaluation)
        const at = s.lastIndexOf(c[1]);
        if (EVALUATION_TOOL.test(c[1]) && /(?:평가|측정|진단)(?:하기|를|을)?\s*위한\s*$/.test(s.slice(0, at))) bench = true;
        else if (METHOD_NOUN.test(c[1])) method = true;
        else if (BENCHMARK_PAPER.some((b) => b.re.test(`${c[1]} `))) bench = true;
      }
      continue;
    }
    // the object of the proposal: the words right before the verb, back to the clause's start
    // (`대규모 데이터셋에서 발생하는 문제를 해결하기 위해 'Dataset Distillation'을 제안`: not the data set; `LLMs의
    // … 능력을 평가하기 위한 개선된 벤치마크 GSM-Symbolic을 소개`: what it is for is not what it is)
    const before = s.slice(0, v.index);
    const from = Math.max(
      0,
      ...[/,/g, /(?<!이를\s)위해\s/g, /(?<!이를\s)위한\s/g, /통해\s/g, /하여\s/g, /에서는\s/g].map((re) => {
        let at = -1;
        for (const m of before.matchAll(re)) at = m.index + m[0].length;
        return at;
      }),
    );
    // (`TEMPURA는 … 위해 개발된 새로운 두 단계 학습 파이프라인으로`: a participle's object is the noun after it)
    const participle = PARTICIPLE_OBJECT.exec(s.slice(v.index + v[0].length));
    // (only when it names what the entry is: `데이터셋을 개발하는 오픈 소스 이니셔티브` is still about data)
    const named = participle && ownNames.some((n) => s.trimStart().startsWith(n)) ? participle[1] : null;
    const object = named && (METHOD_NOUN.test(named) || BENCHMARK_PAPER.some((c) => c.re.test(named))) ? named : before.slice(from);
    // (what the head noun is: `합성 데이터셋을 훈련에 활용함으로써 … 향상시키는 새로운 패러다임을 소개` is not data; a
    // name's gloss is not its head, `데이터셋 RealQA(Realistic image Quality and Aesthetic)를`; data coordinated with
    // the head counts, `새로운 벤치마크와 과학 거절 테스트를`)
    const head = object
      .replace(/\s*\([^()]*\)\s*(?=(?:을|를)?\s*$)/, '')
      .trim()
      .split(/\s+/)
      .slice(-2)
      .join(' ');
    const isBench =
      BENCHMARK_PAPER.some((c) => c.re.test(head)) ||
      DATA_COORDINATED.test(object) ||
      ownNames.some((n) => /bench/i.test(n) && object.includes(n));
    // (`새로운 데이터셋 및 방법론을 소개`: a method beside the data makes a method paper)
    // (the head noun decides, not a noun its modifiers name: `LLMs의 … 안전성을 평가할 수 있는 최초의 벤치마크를 소개`)
    const methodOf = (t: string) =>
      (METHOD_NOUN.test(t.replace(/(?:벤치마크|데이터셋|benchmark|dataset)[^,]*$/i, '')) || DATA_AND_METHOD.test(object)) &&
      !/평가\s*(?:체계|프레임워크)/.test(object);
    const isMethod = methodOf(object);
    // (`LLM의 편향성 … 평가하기 위한 새로운 프레임워크인 BEATS를 도입`: a framework for evaluating is an evaluation)
    const forEvaluating = EVALUATION_TOOL.test(object) && /(?:평가|측정|진단)(?:하기|를|을)?\s*위한\s*$/.test(before.slice(0, from));
    if ((isBench && !methodOf(head) && !METHOD_AND_DATA.test(object)) || forEvaluating) bench = true;
    else if (isMethod || ownNames.some((n) => object.includes(n))) method = true;
  }
  // (the title first: `GTA: A Benchmark for …` whose summary opens with `AI 어시스턴트 개발이 … 관심을 받고`)
  if (BENCHMARK_TITLE.re.test(title)) return 'benchmark';
  if (method || METHOD_TITLE.re.test(title)) return 'method';
  // (`ST-VLM은 … 교육 데이터인 STKit과 STKit-Bench를 도입`: an own name that says it is a model makes a model paper)
  // (`BigDocs: … Dataset for Training Multimodal Models`: data to train with; the models trained on it are the paper's)
  if (bench && !ownNames.some((n) => MODEL_NAMED.test(n)) && !TRAINING_DATA_TITLE.test(title)) return 'benchmark';
  // (`이 연구는 OpenAI의 새로운 모델 o1-preview가 … 우수한 성능을 보여준다는 것을 발견`: the name it is about is
  // someone else's well-known model, which it proposes nothing beside)
  if (ANALYSIS_VERB.re.test(intro) && (ownNames.length === 0 || external)) return 'analysis';
  return 'method';
}

/** Is this name the own approach, or a variant of it (`CodeV-CodeQwen`, `StarCoder2-15B`)? Not
 *  an earlier version (`DeepSeek-Prover-V1` of `DeepSeek-Prover-V1.5`). */
const KIND_STEM = /^(?:M?LLMS?|VLMS?|LVLM|LMMS?|SLMS?|VLA|RAG|SFT|DPO|PPO|GRPO|RLHF|MOE|VAE|GAN|CNN|RNN|MLP|API|GPU|CPU|SOTA)$/i;
export function isOwnName(ctx: PaperContext, name: string): boolean {
  const k = key(name);
  if (!k) return false;
  for (const a of ctx.aliases) {
    const ak = key(a);
    if (ak.length < 2) continue;
    if (k === ak) return true;
    // (a size after the name is a variant, `H2O-Danube3-4B` of `H2O-Danube3`; a number joined to it is a version)
    if (name.startsWith(a) && /^[\s-]\d+(?:\.\d+)?[BMK]\b/i.test(name.slice(a.length))) return true;
    if (k.includes(ak) && !(k.startsWith(ak) && /^\d/.test(k.slice(ak.length)) && /\d$/.test(ak))) return true;
    // the own name with a size the mention leaves out (`Mixtral` of `Mixtral 8x7B`)
    if (ak.startsWith(k) && /^[\s-]*\d+(?:x\d+)?[bm]$/i.test(a.slice(name.length))) return true;
    // kin of the own name by its coined first part (`PsychoCounsel-Llama3-8B` of a paper making `PsychoCounsel-Preference`;
    // not a model family's, `Qwen2.5-Math-7B` of `Qwen2.5-Math-PRM`)
    // (or an acronym: `PHD-CSWA` of `PHD-Transformer`; not a word for a kind of model, `LLM-`)
    const stem = /^([A-Za-z][A-Za-z0-9]{2,})-/.exec(a)?.[1];
    if (
      stem &&
      name.startsWith(`${stem}-`) &&
      ((stem.length >= 5 && /[a-z][A-Z]/.test(stem)) || /^[A-Z]{3,}$/.test(stem)) &&
      !KIND_STEM.test(stem) &&
      !isModelFamily(stem) &&
      !isReleasedModel(stem)
    )
      return true;
  }
  return false;
}

const globalOf = (c: Cue) => new RegExp(c.re.source, c.re.flags.includes('g') ? c.re.flags : `${c.re.flags}g`);
const SELF_G = SELF_REFERENCES.map(globalOf);
const ROLES_G = COMPETITOR_ROLES.map(globalOf);
const BASED_ROLE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*기반의\\s+(?:[가-힣]+\\s+){0,3}$`);

interface Subject {
  at: number;
  system: string | null;
  own: boolean | null;
  kind: 'name' | 'self' | 'role';
  /** names listed as one subject (`ChiseLLM-7B와 ChiseLLM-32B 모델은`), the last being `system`, and where it ends */
  list?: string[];
  end?: number;
  /** whose it is was read from the words around the name (`OWN를 통한 X`, `Fine-Tuned X`): as given */
  given?: true;
}

/** Every candidate owner in a sentence, in order: names with a subject particle, self-references,
 *  roles — not the names something is compared with. */
const SHORT_SETTING = /^\s?\(([a-z0-9]{1,2})\)/;
/** A nominative subject (이/가) whose clause ends as a reported finding (`…다는 것을`, `…음을 보여`) before `pos`. */
const FINDING_END = /(?:다는|라는)\s*(?:것|점|사실)\s*(?:을|를)\s|(?:음|함|임)을\s*(?:보여|입증|확인|밝혀|시사)/;
function inFinding(s: string, c: Subject, pos: number): boolean {
  if (c.kind !== 'name' || c.end === undefined) return false;
  return /^\s*(?:이|가)\s/.test(s.slice(c.end, c.end + 16).replace(SUBJECT_WORDS, '')) && FINDING_END.test(s.slice(c.end, pos));
}

const CASE_OF_MODEL = /^\s*(?:모델)?의 경우(?:에는|에)?[\s,]/;
function subjects(s: string, ctx: PaperContext, index: BenchmarkIndex): Subject[] {
  const out: Subject[] = [];
  const hits = namesIn(s, index, true);
  hits.forEach((h, k) => {
    const after = s.slice(h.end, h.end + 60);
    if (COMPARISON_AFTER.re.test(after)) return;
    // (`상용 모델인 GPT-4o의 경우 EM에서 77.2`: in a paper that evaluates models, a known model a case is set for is the
    // clause's subject; in a method paper it is the base the own approach ran on, `Qwen2-VL-7B 모델의 경우`)
    // (`클로드-3.5 소넷(Claude-3.5-Sonnet)이`: the English a Korean spelling of a known model is glossed with is the subject)
    const glossed =
      /^\)\s*(?:은|는|이|가)\s/.test(after) &&
      /[가-힣]\s?\($/.test(s.slice(Math.max(0, h.start - 3), h.start)) &&
      isKnownModel(h.name, index);
    if (!glossed && !SUBJECT_AFTER.test(after) && !(ctx.kind !== 'method' && CASE_OF_MODEL.test(after) && isKnownModel(h.name, index)))
      return;
    // `Fine-Tuned AntiFraud-Qwen2Audio 모델이`: a model the authors fine-tuned is theirs, named without the participle
    const tuned = FINE_TUNED.exec(h.name);
    if (tuned) {
      out.push({ at: h.start, system: h.name.slice(tuned[0].length), own: true, kind: 'name', end: h.end, given: true });
      return;
    }
    let own = isOwnName(ctx, h.name);
    // `FinSeer를 통한 RAG 프레임워크는`: what is made with the own approach is the own approach's (on a known model, `A + own`)
    const by = own || !ctx.primary ? null : (ownBefore(s.slice(Math.max(0, h.start - 50), h.start), ctx) ?? ownAfter(after, ctx));
    if (by) {
      own = true;
      const model = isKnownModel(h.name, index) || /^\s*모델/.test(after);
      out.push({
        at: h.start,
        system: by === 'part' ? `${ctx.primary} (${h.name})` : model ? `${h.name} + ${ctx.primary}` : ctx.primary,
        own,
        kind: 'name',
        end: h.end,
        given: true,
      });
      return;
    }
    let first = k;
    // (not a measure's label after its value: `+6.9 AH, ASFT는`)
    while (first > 0 && LIST_GAP.test(s.slice(hits[first - 1].end, hits[first].start)) && !/\d\s*$/.test(s.slice(0, hits[first - 1].start)))
      first--;
    const list = first < k ? hits.slice(first, k + 1).map((x) => x.name) : undefined;
    // `o3-mini (h)는`: a setting of one letter or two in brackets tells a variant apart (README-system `X (q)`)
    const q = SHORT_SETTING.exec(after);
    out.push({ at: h.start, system: q && !own ? `${h.name} (${q[1]})` : h.name, own, kind: 'name', list, end: h.end });
  });
  for (const g of GENERIC_KINDS) {
    if (!mayMatch(g, s)) continue;
    g.re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = g.re.exec(s)) !== null; ) {
      if (APPLIED_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
      // `SuperCorrect-Qwen, DeepSeek, Llama-7B의 세 가지 강력한 추론 LLM은`: the kind of the names listed before it
      const named = listedKind(s, hits, m.index);
      if (named)
        out.push({ at: m.index, system: named[named.length - 1], own: null, kind: 'name', list: named, end: m.index + m[0].length });
      else out.push({ at: m.index, system: g.written, own: false, kind: 'name' });
    }
  }
  // a Korean transcription of the own name (`듀오디코딩은`)
  for (const a of ctx.aliases) {
    if (!/[가-힣]/.test(a)) continue;
    for (let i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
      if (SUBJECT_AFTER.test(s.slice(i + a.length, i + a.length + 40))) out.push({ at: i, system: ctx.primary, own: true, kind: 'self' });
    }
  }
  for (const re of SELF_G) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) {
      if (COMPARISON_AFTER.re.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      out.push({ at: m.index, system: ctx.primary, own: true, kind: 'self' });
    }
  }
  for (const re of ROLES_G) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (COMPARISON_AFTER.re.test(after) || !SUBJECT_AFTER.test(after)) continue;
      // `가장 성능이 우수한 모델(GPT-4o + SDXL)이`: the role with its holder named in brackets is that holder
      const named = /^\s*\(([A-Z][^()]{1,40})\)/.exec(after);
      // (`GPT-4 기반의 가장 강력한 베이스라인 모델조차 39%`: the role built on a known model, named before it, is that model)
      const base = named ? null : BASED_ROLE.exec(s.slice(Math.max(0, m.index - 50), m.index));
      if (named) out.push({ at: m.index, system: named[1].trim(), own: isOwnName(ctx, named[1].trim()), kind: 'name' });
      else if (base && isKnownModel(cleanName(base[1]), index))
        out.push({ at: m.index, system: cleanName(base[1]), own: false, kind: 'name' });
      else out.push({ at: m.index, system: null, own: false, kind: 'role' });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** `FLUX.1 모델의 …`, `GTR을 사용한 LLaVA-7b 모델은`, `GLIGEN 및 3DIS와 같은 … 모델에서도`: a base model
 *  the own approach is applied to, between the subject and the value. */
export const BASE_MODEL: readonly Cue[] = [
  {
    re: new RegExp(`(?:을|를)\\s*(?:사용한|적용한|활용한|탑재한|결합한)\\s+(${NAME_SRC})\\s*모델`, 'g'),
    note: 'GTR을 사용한 LLaVA-7b 모델은',
  },
  {
    re: new RegExp(
      `(?<![\\w.\\-])(${NAME_SRC}(?:\\s*(?:및|와|과|,)\\s*(?:\\d\\w*|${NAME_SRC}))*)(?:와|과)\\s*같은\\s*[^,.]{0,20}?모델(?:에서도|에서|의|에 대해|에)`,
      'g',
    ),
    note: 'GLIGEN 및 3DIS와 같은 레이아웃-이미지 모델에서도',
  },
  {
    re: new RegExp(
      `(?<![\\w.\\-])(${NAME_SRC}(?:\\s*(?:및|와|과|,)\\s*${NAME_SRC})*)\\s*(?:(?:백본|베이스|기반|학생|교사)\\s*)?모델(?:의 경우(?:에는|에)?|의|에서도|에서는|에서|에 대해|에 적용|(?:을|를)(?=[^,.]{0,30}?(?:사용|활용|대상으로|기준으로|기반으로|결합|훈련|학습|파인\\s?튜닝|미세\\s?조정|확장|테스트|적용)))(?=\\s)`,
      'g',
    ),
    note: 'FLUX.1 모델의 메모리 사용량을, HunyuanVideo 모델의 경우에는, Llama-3.1-8B와 GLM-4-9B 모델에서, Llama-3-70B 모델을 사용할 경우, GPT-3.5 Turbo 백본 모델을 사용했을 때 (an object only with a verb of using it: not `Bandit 모델을 … 앞섰습니다`)',
  },
  // a well-known model family needs no 모델: `Stable Diffusion 3와 Lumina-Next-T2I에서`, `ViT-B/16에서는`,
  // `ResNet-50 기반의 MixUp은`, `LLaMA-2-7B-Chat의 환각을 9.6% 줄였습니다` (what of it the own approach changed)
  {
    re: new RegExp(
      `(?<![\\w.\\-])((?:${NAME_SRC})(?:/[\\w.\\-]+)?(?:\\s*(?:및|와|과|,)\\s*${NAME_SRC})*)(?:에서도|에서는|에서|의 [가-힣]{1,8}(?:을|를)|\\s*기반의)(?=\\s)`,
      'g',
    ),
    note: 'Stable Diffusion 3와 Lumina-Next-T2I에서',
    family: true,
  },
  // a model whose measure the approach raised from its own level, well-known or not: the construction says it
  {
    // (`GPT-4V(ision)의 기하학 문제 해결(28.34%에서 34.22%)`: a gloss, a task of several words, the pair in brackets)
    re: new RegExp(
      `(?<![\\w.\\-])(${NAME_SRC})(?:\\([^()]{0,20}\\))?의 (?:[가-힣]{1,8}(?:이|가|은|는)|(?:[가-힣]+\\s){0,3}[가-힣]+\\s*\\()\\s*(?:약\\s*)?\\d+(?:\\.\\d+)?\\s*%?\\s*에서\\s`,
      'g',
    ),
    note: 'Gemini-1.5-Pro의 정확도가 19.3%에서 51.7%로, UI-TARS-7B-SFT의 성공률이 18.1%에서 32.8%로',
  },
  {
    re: new RegExp(`(?:기초|기반|베이스|백본)\\s*모델로\\s*(${NAME_SRC})(?:을|를)\\s*(?:사용|활용|채택)`, 'g'),
    note: '기초 모델로 Llama 3 8B를 사용하여',
    anywhere: true,
  },
  {
    re: new RegExp(
      `(?<![\\w.\\-])(${NAME_SRC})(?:을|를)\\s*(?:사용하는|활용하는|기반으로 하는)\\s+[^,.]{0,20}?(?:모델|LLMs?|VLMs?)(?:의|에서|에)`,
      'g',
    ),
    note: 'gpt-4o를 사용하는 블랙박스 LLM의 성능을',
    family: true,
  },
  // models listed as whose the subject is (`Sonnet-3.5와 Gemini-1.5-pro의 J2는 각각 93.0%와 91.0%`): the own
  // approach on each, in order
  {
    re: new RegExp(`(?<![\\w.\\-])(${NAME_SRC}(?:\\s*(?:및|와|과|,)\\s*${NAME_SRC})+)의\\s+(?=${NAME_SRC}\\s*(?:은|는|이|가)\\s)`, 'g'),
    note: 'Sonnet-3.5와 Gemini-1.5-pro의 J2는',
    family: true,
    anywhere: true,
  },
  // (a model the own data or method is used with: `최신 Llama-3 모델과 함께 사용될 때 … 20% 이상 개선`)
  {
    re: new RegExp(
      `(?<![\\w.\\-])(${NAME_SRC})\\s*(?:모델)?(?:과|와)\\s*함께\\s*(?:사용|활용|적용|결합)(?:될 때|되었을 때|됐을 때|할 때|했을 때|하면|하여|해|시)`,
      'g',
    ),
    note: '최신 Llama-3 모델과 함께 사용될 때',
    family: true,
  },
  // (a model the own approach is built on, as the subject: `GPT-3.5-turbo 기반 모델은 GPT-4o 대비 7.7% 더 높은`)
  {
    re: new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*기반\\s*(?:의\\s*)?(?:모델|버전|에이전트)(?:은|는|이|가|에서는|에서)\\s`, 'g'),
    note: 'GPT-3.5-turbo 기반 모델은',
  },
  // (a method the own one is combined with: `REPA와의 결합을 통해 … 4배 빠른 수렴`)
  {
    re: new RegExp(`(?<![\\w.\\-])(${NAME_SRC})(?:와|과)(?:의)?\\s*결합(?:을 통해|하여|해|하면|할 때|했을 때|시)`, 'g'),
    note: 'REPA와의 결합을 통해',
  },
];

/** `각각 4.9%와 5.5%` after a list of base models: the value's own name of the list, in order. */
const LISTED_VALUE = /(?<![\w.])\d+(?:\.\d+)?\s*(?:%p?|배|점|x)/g;
function listedName(names: string[], s: string, from: number, pos: number): string {
  if (names.length < 2) return names.join(' / ');
  const at: number[] = [];
  LISTED_VALUE.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = LISTED_VALUE.exec(s)) !== null; ) at.push(m.index);
  const i = at.indexOf(pos);
  return at.length === names.length && i >= 0 ? names[i] : names.join(' / ');
}

function baseModel(s: string, from: number, to: number, ctx: PaperContext, index: BenchmarkIndex): string | null {
  let best: { at: number; name: string } | null = null;
  for (const c of BASE_MODEL) {
    // (each value of a sentence asks: the sentence is scanned once)
    for (const m of matchesIn(c.re, s)) {
      if ((m.index < from && !c.anywhere) || m.index >= to) continue;
      const end = m.index + m[0].length;
      if (COMPARISON_AFTER.re.test(s.slice(end - 2, end + 30)) || /(?:에 비해|대비|보다)/.test(s.slice(end, end + 6))) continue;
      // `GPT-4o 기반의 프롬프트 엔지니어링 방식보다`, `CLIP-PRM 기반의 방법과 비교하여`: what the own one is compared with
      if (c.family && /^[^,.]{0,30}?(?:보다|대비|에 비해|과 비교|와 비교|를 능가|을 능가)/.test(s.slice(end, end + 40))) continue;
      // `Llama 1에서 Llama 2로의 업데이트`: from one model to another, not a base model
      if (c.family && /^\s*\S+(?:\s\d+)?(?:으로|로)(?:의|\s)/.test(s.slice(end, end + 30))) continue;
      const names = m[1]
        .split(/\s*(?:및|와|과|,)\s*/)
        .map(cleanName)
        // (`int2 모델에서`: a precision or size of the own model is its variant, not a base)
        .filter(
          (n) => n && !isOwnName(ctx, n) && !NOT_NAMES.has(n.toLowerCase()) && !/^(?:\d+(?:\.\d+)?[BM]|int\d+|INT\d+|W\d+A\d+)$/.test(n),
        );
      // (a list needs one well-known model to be a list of models: `Stable Diffusion 3와 Lumina-Next-T2I에서`)
      if (!names.length || (c.family && !names.some((n) => isKnownModel(n, index)))) continue;
      if (!best || m.index > best.at) best = { at: m.index, name: listedName(names, s, m.index + m[0].length, to) };
    }
  }
  return best?.name ?? null;
}

/** `50% 압축된 LLaMa-2 7B 모델의 경우 WeLore는`: a well-known model the case is set for, right before the own subject. */
const CASE_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*(?:모델)?의 경우(?:에는|에)?\\s*,?\\s*$`);
function caseBefore(s: string, at: number, index: BenchmarkIndex): string | null {
  const m = CASE_BEFORE.exec(s.slice(Math.max(0, at - 50), at));
  return m && isKnownModel(cleanName(m[1]), index) ? cleanName(m[1]) : null;
}
/** `GPT-4o 기반 R-MCTS 에이전트는`: a well-known model right before the own name it is the base of. */
function basedOwn(s: string, own: string, to: number, index: BenchmarkIndex): string | null {
  const at = s.lastIndexOf(own, to);
  if (at < 0) return null;
  const m = BASED_RIGHT_BEFORE.exec(s.slice(Math.max(0, at - 40), at));
  return m && isKnownModel(m[1], index) ? cleanName(m[1]) : null;
}
/** `… 최대 24.2%, … 39.8%의 성능 향상을 LLaMA2-7B 학생 모델을 사용하여 … 달성`: a well-known model the
 *  sentence says, after the values, the own approach ran on. */
function usedAfter(s: string, pos: number, index: BenchmarkIndex): string | null {
  const m = USED_AFTER_VALUE.exec(s.slice(pos));
  return m && isKnownModel(m[1], index) ? cleanName(m[1]) : null;
}
const USED_AFTER_VALUE = new RegExp(
  `^(?:[^.]|\\.(?=\\d)){0,60}?(?:을|를)\\s+(${NAME_SRC})\\s*(?:(?:백본|베이스|기반|학생|교사)\\s*)?모델(?:을|를)\\s*(?:사용|활용|이용)(?:하여|해|한)`,
);
const BASED_RIGHT_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*기반(?:의)?\\s+$`);

/** Where the value stands in its sentence (its first spelling there), or -1. */
export function valuePosition(s: string, value: number): number {
  const re = /(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
  const v = Math.abs(value);
  for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) {
    const n = Number(m[1].replace(/,/g, ''));
    if ([1, 1e3, 1e4, 1e8].some((f) => Math.abs(n * f - v) < 1e-9 * Math.max(1, v))) return m.index;
  }
  return -1;
}

// an own name counts as the paper's own only in a method paper (a benchmark paper's name is
// its data: a number said of it is a statistic, not a result of the paper's)
// (a module function, not a closure: tsx names every closure it creates, at a cost per call)
/** `ChiseLLM-7B와 ChiseLLM-32B 모델은 … 18.85% 및 26.32%의 … 개선했으며, …`: names listed as one subject
 *  take, in order, as many values as they are in its clause; another value is theirs together (`A / B`:
 *  README-system, several systems sharing one number). */
function listedAs(ctx: PaperContext, names: string[], s: string, from: number, pos: number): Attribution {
  CONNECTIVE_END.lastIndex = from;
  const end = CONNECTIVE_END.exec(s)?.index ?? s.length;
  const name = pos < end ? listedName(names, s.slice(0, end), from, pos) : names.join(' / ');
  if (!name.includes(' / ')) return namedAs(ctx, name);
  const each = names.map((n) => namedAs(ctx, n));
  // (`SuperCorrect-Qwen, DeepSeek, Llama-7B`: the own name that leads a list is the prefix of each)
  const led = ctx.aliases.some((a) => a.length >= 3 && names[0].startsWith(`${a}-`));
  return { system: name, own: led || each.every((a) => a.own) };
}
const LIST_GAP = /^\s*(?:와|과|및|,|and)\s*$/;
/** Between names listed and the kind they are: `의`, a count (`세 가지`, `3개의`), a few words. */
const KIND_OF_LIST = /^\s*의\s+(?:[^\s,.]+\s+){0,4}$/;
function listedKind(s: string, hits: readonly { name: string; start: number; end: number }[], at: number): string[] | null {
  let k = hits.length - 1;
  while (k >= 0 && hits[k].end > at) k--;
  if (k < 1 || !KIND_OF_LIST.test(s.slice(hits[k].end, at))) return null;
  let first = k;
  while (first > 0 && LIST_GAP.test(s.slice(hits[first - 1].end, hits[first].start))) first--;
  return first < k ? hits.slice(first, k + 1).map((h) => h.name) : null;
}

const PROPOSED_HERE = new RegExp(`${NAME_G}\\s*(?:을|를)\\s*(?:새롭게\\s*)?(?:제안|도입|개발)(?:하고|하여|해|하며|한\\s)`, 'g');
/** The last coined name a text says it proposes (`… X를 제안하고`), not a known model or benchmark. */
function proposedHere(text: string, index: BenchmarkIndex): string | null {
  if (!/제안|도입|개발/.test(text)) return null;
  let out: string | null = null;
  PROPOSED_HERE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PROPOSED_HERE.exec(text)) !== null; ) {
    const n = cleanName(m[1]);
    if (/[A-Z]/.test(n) && !isKnownModel(n, index) && !index.canonical(n) && !NOT_NAMES.has(n.toLowerCase())) out = n;
  }
  return out;
}

/** The one of `names` written last in `text`, as a whole word. */
function lastNamed(text: string, names: readonly string[]): string | null {
  let best: string | null = null,
    at = -1;
  for (const n of names) {
    const i = text.lastIndexOf(n);
    if (i > at && !/[\w-]/.test(text[i - 1] ?? '') && !/[\w-]/.test(text[i + n.length] ?? '')) [best, at] = [n, i];
  }
  return best;
}

const namedAs = (ctx: PaperContext, name: string): Attribution =>
  ctx.models?.some((m) => key(m) === key(name) || key(name).startsWith(key(m)))
    ? { system: name, own: true }
    : isOwnName(ctx, name)
      ? ctx.kind === 'method'
        ? { system: name, own: true }
        : { system: null, own: false }
      : { system: name, own: false };
/** `DreamBench++는 … 79.64%의 개념 보존 … 에서 인간의 평가와 높은 일치`: a benchmark's own agreement with
 *  people is its result, the one thing an evaluation reports of itself */
const HUMAN_AGREEMENT =
  /(?:인간|사람|human)(?:의)?\s*(?:평가|판단|선호|judg|evaluat|rat)[^.]{0,20}?(?:일치|상관|부합|agreement|correlat|align)/i;

/** The own name as the sentence writes it before the value (`NAT로 훈련된 모델은` of `Noise-Aware Training
 *  (…, NAT)`: the text's spelling, README-system), else the primary one. */
function spelledAs(ctx: PaperContext, before: string): string | null {
  const best = lastNamed(
    before,
    ctx.aliases.filter((a) => a !== ctx.primary && a.length >= 2 && !/[가-힣]/.test(a)),
  );
  const name = best && (!ctx.primary || before.lastIndexOf(ctx.primary) < before.lastIndexOf(best)) ? best : ctx.primary;
  return name ? variantWritten(before, name) : name;
}

/** The own name as the sentence writes it with a tier or size (`Gemini 1.5 Pro의 … (>99%)` of `Gemini 1.5`). */
// (not one of a list of sizes, `Rho-1-1B와 7B는 … 각각`: each has its own)
const TIER_AFTER =
  /^[ \-](?:Pro|Ultra|Flash|Mini|Nano|Max|Plus|Lite|Turbo|Large|Base|Small|Medium|\d+(?:\.\d+)?[BM])(?![\w.\-])(?!\s*(?:와|과|및|,)\s*\d)/;
function variantWritten(before: string, name: string): string {
  const i = before.lastIndexOf(name);
  if (i < 0 || /[\w\-]/.test(before[i - 1] ?? '')) return name;
  const m = TIER_AFTER.exec(before.slice(i + name.length));
  return m ? name + m[0] : name;
}

/** Whose number: the value at `at` of sentence `s`, with `carried` the subject earlier
 *  sentences of its section left. */
export function attribute(
  ctx: PaperContext,
  s: string,
  at: number,
  carried: Subject | null,
  index: BenchmarkIndex,
  subjectsOf: (s: string) => Subject[] = (t) => subjects(t, ctx, index),
): Attribution {
  const pos = at < 0 ? s.length : at;
  const after = s.slice(pos).replace(/^[\d.,]+/, '');
  const before = s.slice(0, pos);
  // the value follows its owner directly (`이전 버전인 B의 50.0% 대비`, `GPT-4o(50.2%)`, `기존 모델의 60%`)
  const ownerGap = OWNER_GAP_END.test(before); // (as a text before its owner's value ends: else neither test below can match)
  if (ownerGap && ROLE_BEFORE_VALUE.test(before)) return { system: null, own: false };
  // `인간의 95.7% 성공률에 비해`, `인간의 평균 정확도는 78.2%`: people's own level
  // (not a share of them: `인간 전문가의 90% 이상을 능가`)
  if (HUMAN_BEFORE_VALUE.test(before) && !/^\s*%?\s*(?:이상|이하)?\s*(?:을|를)\s*(?:능가|앞서|넘|초과|상회)/.test(after))
    return { system: 'human', own: false };
  // `95.2%를 기록한 인간 성능과 비교할 때`: the level people reached, named after it
  if (/^\s*%?\s*(?:의\s*[가-힣]+(?:을|를)\s*)?(?:을|를)?\s*(?:기록한|달성한|보인)\s*(?:인간|사람)/.test(after))
    return { system: 'human', own: false };
  const hits = ownerGap ? namesIn(before, index, true) : []; // (only the last is read)
  const last = hits[hits.length - 1];
  if (last && OWNER_BEFORE_VALUE.test(before.slice(last.end)) && !shareOfOwner(after)) return namedAs(ctx, last.name);
  // a number the result is compared against, named by a role or not at all (`61.4% 대 51.9%`)
  if (VERSUS_BEFORE.test(before) || (BASELINE_AFTER.test(after) && subjectsOf(before).some((x) => x.kind === 'role')))
    return { system: null, own: false };
  const cands = subjectsOf(s).filter((x) => x.at < pos);
  // (not the subject of a clause the sentence reports as a finding: `기존 LLaMA2-7B 네트워크가 과도하게 크고
  // 복잡하다는 것을 보여주고, 모델 크기를 1.5배 줄이고`: what follows is the reporter's)
  if (cands.length && inFinding(s, cands[cands.length - 1], pos)) cands.pop();
  const subj = cands[cands.length - 1] ?? carried;
  let result: Attribution;
  let used: string | null = null;
  // (a name made with -Bench is data, whatever the summary's verbs made the paper: `LiveMathBench` scores no number)
  if (ctx.kind === 'benchmark' && ctx.primary && before.includes(ctx.primary) && HUMAN_AGREEMENT.test(s))
    result = { system: ctx.primary, own: true };
  else if (!subj) {
    const t = ctx.primary ? trainedWithOwn(ctx, before) : null;
    // `MARVEL-FX3D를 개발하여, … 15초 이내에 3D 메시를 생성`: in a data paper, a model it builds named before
    // `새로운 라우터 네트워크인 Attention Router를 제안하고 도입하여, … 정확도를 … 3.8% 향상`: what the sentence
    // itself proposes before the value
    const dev = ctx.kind !== 'method' ? lastNamed(before, ctx.models ?? []) : proposedHere(before, index);
    result = dev
      ? { system: dev, own: true }
      : t?.base
        ? { system: `${t.base} + ${t.used}`, own: true }
        : ctx.kind === 'method' && !/bench$/i.test(ctx.primary ?? '')
          ? { system: spelledAs(ctx, before), own: true }
          : { system: null, own: t !== null };
  }
  // (in a benchmark paper the own name is the data's: `제안된 … 기법` there is unnamed)
  // (`FollowIR-7B라는 새로운 모델은`: the self-reference names itself right before)
  else if (subj.kind === 'self') {
    const called = CALLED_BEFORE.exec(s.slice(Math.max(0, subj.at - 60), subj.at));
    result = { system: called ? cleanName(called[1]) : ctx.kind === 'benchmark' ? null : spelledAs(ctx, before), own: true };
  } else if (subj.kind === 'role') result = { system: null, own: false };
  else {
    // (a list carried from a sentence before is theirs together: its values were not counted there)
    result = subj.list
      ? listedAs(ctx, subj.list, s, cands.includes(subj) ? subj.end! : s.length, pos)
      : subj.given
        ? { system: subj.system, own: subj.own }
        : namedAs(ctx, subj.system!);
    // `ResNet-50 기반의 MixUp은`: a method that is not the paper's, run on a named model family
    const on = !result.own && result.system ? FAMILY_BASED_BEFORE.exec(s.slice(Math.max(0, subj.at - 40), subj.at)) : null;
    if (on && isKnownModel(on[1], index)) result = { system: `${on[1]} + ${result.system}`, own: false };
    // `EfficientViT (CaT)과 결합된 CAN은`: the own approach on the model it is combined with
    const base =
      result.own && result.system && cands.includes(subj) ? COMBINED_BEFORE.exec(s.slice(Math.max(0, subj.at - 60), subj.at)) : null;
    if (base && !isOwnName(ctx, base[1])) result = { system: `${base[1]}${base[2] ? ` (${base[2]})` : ''} + ${result.system}`, own: true };
    // `GTR을 사용한 LLaVA-7b 모델은`: a base model with the own approach applied (a benchmark applied measures it)
    if (
      !result.own &&
      ctx.kind === 'method' &&
      ctx.primary &&
      cands.includes(subj) &&
      APPLIED_BEFORE.test(s.slice(Math.max(0, subj.at - 60), subj.at)) &&
      ctx.aliases.some((a) => s.slice(Math.max(0, subj.at - 60), subj.at).includes(a))
    ) {
      result = { system: `${subj.system} + ${ctx.primary}`, own: true };
    }
    // `ERW는 SiT-XL 모델이 … FID 6.4 도달`: the own approach, the sentence's first subject, lets a well-known model reach it
    else if (
      !result.own &&
      ctx.kind === 'method' &&
      ctx.primary &&
      cands.includes(subj) &&
      // (the subject's own words: a generic kind's `system` is its English label, not its text)
      s.startsWith(subj.system!, subj.at) &&
      (isKnownModel(subj.system!, index) || /^\s*모델/.test(s.slice(subj.at + subj.system!.length, subj.at + subj.system!.length + 4))) &&
      cands.some((c) => c.at < subj.at && (c.own || c.kind === 'self')) &&
      !cands.some((c) => c.at < subj.at && c.kind === 'role')
    ) {
      result = { system: `${subj.system} + ${ctx.primary}`, own: true };
    }
    // `Show-o 모델은 PARM과 PARM++을 통합하여`, `FinTabQA는 SynFinTabs를 이용해 파인트닝된`: a model the own
    // approach is applied to, or that was trained on the own data, named after the subject
    else if (
      !result.own &&
      ctx.primary &&
      cands.includes(subj) &&
      (used = usesOwn(ctx, s.slice(subj.at, pos)) ?? trainedWithOwn(ctx, s.slice(Math.max(0, subj.at - 60), subj.at))?.used ?? null)
    ) {
      // (in a data paper, a model it builds goes by its name, `FinTabQA`; a well-known one trained on the data is that + the data)
      result =
        ctx.kind === 'method' || isKnownModel(subj.system!, index)
          ? { system: `${subj.system} + ${used}`, own: true }
          : { system: subj.system, own: true };
    }
    // `파인튜닝된 PaLM 2-S 모델은`: in a method paper, a model fine-tuned (by the paper's method) is the own approach on that base
    else if (
      !result.own &&
      ctx.kind === 'method' &&
      ctx.primary &&
      cands.includes(subj) &&
      TUNED_BEFORE.test(s.slice(Math.max(0, subj.at - 12), subj.at))
    ) {
      result = { system: `${subj.system} + ${ctx.primary}`, own: true };
    }
  }
  // an own approach applied to a base model the sentence names between its subject and the value
  if (result.own && result.system && !result.system.includes(' + ')) {
    const base =
      baseModel(s, cands.includes(subj!) ? subj!.at : 0, pos, ctx, index) ??
      basedOwn(s, result.system, pos, index) ??
      (cands.includes(subj!) ? caseBefore(s, subj!.at, index) : null) ??
      usedAfter(s, pos, index);
    if (base) result = { system: `${base} + ${result.system}`, own: true };
    // a variant told apart by its size or precision only: `32B 파라미터 모델에서도`, `int2 모델에서`
    // (one named alone only where the text names two or more; one of a list where the values pair with it)
    else {
      const q = variantOf(s, cands.includes(subj!) ? subj!.at : 0, pos, (ctx.variants ?? 0) >= 2);
      if (q && !result.system.includes(q)) result = { system: `${result.system} (${q})`, own: true };
    }
  }
  return result;
}
// (`16비트 모델의 성능을 유지하면서`: a precision in bits is what a quantized model is compared with)
// (`DeepSeekMoE를 160억 매개변수로 확장`: a size in Korean units, 억 = 10^8, is 16B)
const VARIANT =
  /(?<![\w.\-])(?:(\d+(?:\.\d+)?[BM]|int\d+|INT\d+|W\d+A\d+)\s*(?:파라미터\s*)?(?:모델|버전|변형|variant|model)|(\d+(?:\.\d+)?)\s*억\s*(?:개의\s*)?(?:매개\s?변수|파라미터))(?:에서는|에서도|에서|은|는|이|가|의|로)?(?=\s)/g;
/** The size a VARIANT match names, as a reader writes it (`16B`). */
const sizeOf = (m: RegExpExecArray) => m[1] ?? `${Math.round(Number(m[2]) * 10) / 100}B`;
/** The size or precision of the own model the value is of, named between from and to (the last);
 *  not one it is compared with (`7B 모델 대비`) nor one of a list (`7B와 1.5B 모델 모두에서`). */
function variantOf(s: string, from: number, to: number, single: boolean): string | null {
  let q: string | null = null;
  VARIANT.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = VARIANT.exec(s)) !== null && m.index < to; ) {
    const end = m.index + m[0].length;
    const listed = /\d(?:[BM]|\.\d+[BM])\s*(?:와|과|및|,)\s*$/.exec(s.slice(Math.max(0, m.index - 12), m.index));
    q =
      COMPARISON_AFTER.re.test(s.slice(end, end + 30)) || /^\s*(?:대비|보다|에 비해)/.test(s.slice(end - 1, end + 8))
        ? null
        : listed
          ? respectiveSize(s, m, to)
          : single
            ? sizeOf(m)
            : null;
  }
  return q;
}

const SIZE_LIST = /(\d+(?:\.\d+)?[BM])\s*(?:와|과|및|,)\s*$/;
const VALUE_IN_LIST = /[+\-]?\d+(?:\.\d+)?\s*(?:%p|%|배|x|×|점)?/g;
/** `7B와 1.5B 모델 모두에서 … 50.93% 및 43.28%`: sizes listed, then as many values listed in the same
 *  order; the size of the value at `to`, else null. */
function respectiveSize(s: string, last: RegExpExecArray, to: number): string | null {
  const sizes = [sizeOf(last)];
  let head = s.slice(0, last.index);
  for (let m = SIZE_LIST.exec(head); m && sizes.length < 5; m = SIZE_LIST.exec(head)) {
    sizes.unshift(m[1]);
    head = head.slice(0, m.index);
  }
  // the values after the list, grouped where only a connective stands between two
  const groups: number[][] = [];
  VALUE_IN_LIST.lastIndex = last.index + last[0].length;
  let prevEnd = -1;
  for (let v: RegExpExecArray | null; (v = VALUE_IN_LIST.exec(s)) !== null; ) {
    if (/[\w.]/.test(s[v.index - 1] ?? '')) continue;
    if (prevEnd >= 0 && /^\s*(?:와|과|및|,|and|\/)\s*$/.test(s.slice(prevEnd, v.index))) groups[groups.length - 1].push(v.index);
    else groups.push([v.index]);
    prevEnd = v.index + v[0].length;
  }
  const g = groups.find((x) => x.includes(to));
  return g && g.length === sizes.length ? sizes[g.indexOf(to)] : null;
}

// (`MM-RLHF 및 정렬 알고리즘으로 미세 조정`, `VisionArena 데이터셋을 활용하여 finetuning한`)
const USES_AFTER =
  /^\s*(?:(?:과|와|및)\s*\S+(?:\s+[가-힣]+(?=으로|로))?\s*)?(?:(?:의\s*(?:[^\s,.]+\s+){0,4}?|\s*)(?:데이터셋|데이터\s?세트|데이터)\s*)?(?:을|를|로|으로)\s*(?:이용해|이용하여|사용해|사용하여|통해|활용해|활용하여)?\s*(?:통합|적용|사용|활용|결합|이용|파인\s?[트튜]닝|미세\s?조정|학습|훈련|fine-?tun)/i;
/** The own name, then a verb of using it (`PARM과 PARM++을 통합하여`, `SynFinTabs를 이용해 파인트닝된`). */
function usesOwn(ctx: PaperContext, text: string): string | null {
  for (const a of ctx.aliases) {
    if (a.length < 2) continue;
    for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1))
      if (USES_AFTER.test(text.slice(i + a.length, i + a.length + 40))) return ctx.primary;
  }
  // a variant named with the own name's first word (`Mix-Long을 사용하여` of `Mix Distillation`)
  for (const a of ctx.aliases) {
    const head = /^([A-Z][A-Za-z]{2,})\s+[A-Z]/.exec(a)?.[1];
    if (!head) continue;
    const re = headVariant(head);
    let last: string | null = null; // (the last before the value: `Mix-Long을 사용하여 … 8점, Mix-Large를 사용할 경우 … 7점`)
    for (const m of text.matchAll(re)) if (USES_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) last = m[0];
    if (last) return last;
  }
  // the own data (`본 데이터로 미세 조정 시`)
  return OWN_DATA_USED.test(text) ? ctx.primary : null;
}
/** `Mix-…`: a name made with an own name's first word (compiled once per word: asked per value) */
const HEAD_VARIANTS = new Map<string, RegExp>();
const headVariant = (head: string) =>
  HEAD_VARIANTS.get(head) ?? HEAD_VARIANTS.set(head, new RegExp(`(?<![\\w.\\-])${head}-[A-Z][\\w.\\-]*`, 'g')).get(head)!;
/** `LLaVA-ov-7B를 MM-RLHF 및 정렬 알고리즘으로 미세 조정한 결과`, `VisionArena 데이터셋을 활용하여 finetuning한
 *  VLM은`: the own approach or data used on a model before the value (the model named as the verb's object, if it is). */
function trainedWithOwn(ctx: PaperContext, text: string): { used: string; base: string | null } | null {
  for (const a of ctx.aliases) {
    if (a.length < 2) continue;
    for (let i = text.lastIndexOf(a); i >= 0; i = i > 0 ? text.lastIndexOf(a, i - 1) : -1) {
      // (a benchmark or data paper's own artefact applied to a model measures it: only training on it makes it own)
      const after = text.slice(i + a.length, i + a.length + 40);
      if (/[\w-]/.test(text[i - 1] ?? '') || !USES_AFTER.test(after) || (ctx.kind !== 'method' && !TRAINED_AFTER.test(after))) continue;
      const obj = OBJECT_BEFORE.exec(text.slice(Math.max(0, i - 50), i));
      return { used: ctx.primary!, base: obj && !isOwnName(ctx, cleanName(obj[1])) ? cleanName(obj[1]) : null };
    }
  }
  return null;
}
const TRAINED_AFTER = new RegExp(`^[^.]{0,30}?(?:${TRAINING_WORDS}|fine-?tun)`, 'i');
const OBJECT_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})(?:을|를)\\s+$`);
const OWN_DATA_USED =
  /(?:본|제안된|제안한|우리의|저희|이)\s*(?:데이터셋|데이터\s?세트|데이터)(?:로|으로|을|를)\s*(?:이용해|이용하여|사용해|사용하여|활용해|활용하여)?\s*(?:미세\s?조정|파인\s?[트튜]닝|학습|훈련)/;

/** Right before a name: the model it runs on (`ResNet-50 기반의 `). */
const CALLED_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*(?:이라는|라는)\\s*$`);
const COMBINED_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})(?:\\s*\\(([^()]{1,20})\\))?\\s*(?:과|와)\\s*결합된\\s+$`);
const FAMILY_BASED_BEFORE = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})\\s*기반의\\s+$`);
/** Right before a name: it was fine-tuned (`파인튜닝된 `, `미세 조정된 `, `fine-tuned `). */
// (`최적화 후, DeepSeek R1 Distill Llama 8B 모델은`: after the paper's optimization, at the sentence's start)
const TUNED_BEFORE =
  /(?:파인\s?튜닝된|미세\s?조정된|미세\s?튜닝된|fine-tuned|^\s*(?:최적화|적용|미세\s?조정|파인\s?튜닝)\s*(?:후|이후)\s*,?)\s+$/i;
/** Before a name: the own approach was applied to it (`GTR을 사용한 `, `RankDPO를 적용하여 `). */
// (`LADDER를 통해 Llama 3.2 3B 모델은`: through the own approach)
const APPLIED_BEFORE = /(?:을|를)\s*(?:(?:사용|적용|활용|탑재|결합|통합|이용)(?:한|하여|해)|통해|통하여)\s*,?\s*$/;
// (`FinSeer를 통한 RAG 프레임워크는`, `RankDPO를 적용하여 SDXL 모델은`, `UnifiedCrawl로 수집한 데이터로 미세조정한 XGLM 모델은`)
// (`DNO에 의해 조정된 7B 파라미터 Orca-2.5 모델은`: a size may stand between)
const APPLIED_ADNOMINAL =
  /(?:(?:을|를)\s*(?:(?:사용|적용|활용|탑재|결합|통합|이용)(?:한|하여|해)|통한|통해|통하여)|(?:으로|로|을|를)\s[^,.]{0,24}?(?:미세\s?조정|파인\s?튜닝|훈련|학습|사전\s?학습)(?:한|된|시킨)|에\s*의해\s*(?:[가-힣]+\s)?(?:조정|훈련|학습|미세\s?조정|최적화|정렬)된)\s+(?:\d+(?:\.\d+)?[BM]\s*(?:파라미터|매개변수)?\s+)?$/;
/** Is the text before a name `OWN을 통한 ` / `OWN을 적용하여 ` / `OWN로 … 훈련한 `: the name made with the own approach? */
function ownBefore(before: string, ctx: PaperContext): 'applied' | 'part' | null {
  const m = APPLIED_ADNOMINAL.exec(before) ?? OWN_PART.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  const named = ctx.aliases.some((a) => key(a).length >= 2 && head.endsWith(a) && !/[\w\-]/.test(head.charAt(head.length - a.length - 1)));
  return named ? (m[0].startsWith('의') || /^\s*(?:시스템|모델|프레임워크)/.test(m[0]) ? 'part' : 'applied') : null;
}
const APPLIED_VERB = /(?:을|를)\s*(?:적용|활용|사용)(?:하여|한|해)\s*,?\s*/g;
const APPLIED_NAME = new RegExp(`(?<![\\w.\\-])(${NAME_SRC})$`);
const APPLIED_MODEL = new RegExp(`^(${NAME_SRC})\\s*(?:모델)?\\s*(?:은|는|이|가|에서)\\s`);
const FINE_TUNED = /^(?:Fine-?[Tt]uned|Finetuned)\s+(?=[A-Z])/;
/** `SiT-XL/2 모델도 ReDi와 함께`, `X 모델은 OWN을 적용하여`: the subject with the own approach, said after it. */
function ownAfter(after: string, ctx: PaperContext): 'applied' | null {
  const m = SUBJECT_AFTER.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length).trimStart();
  return ctx.aliases.some(
    (a) =>
      key(a).length >= 2 &&
      rest.startsWith(a) &&
      /^\s*(?:와|과)\s*함께|^\s*(?:을|를)\s*(?:사용|적용|활용|결합)(?:하여|해|하면)/.test(rest.slice(a.length)),
  )
    ? 'applied'
    : null;
}
/** `AIMI 시스템의 LSTM 모델은`: a model of the own system is a variant of it. */
const OWN_PART = /\s*(?:시스템|프레임워크)?의\s+$/;

/** Rows' sentences in their sections' order: the subject a sentence leaves carries to the next
 *  ones of its section (in a method paper, only the own approach's: a rival named in one
 *  sentence is not the subject of the next). */
export function attributeRows(
  p: RawPaper,
  rows: readonly { sentence: string; value: number; source_line: number }[],
  index: BenchmarkIndex,
  ctx: PaperContext = paperContext(p, index),
): Attribution[] {
  if (rows.length === 0) return [];
  // a row's sentence was already read for what it carries: its subjects are read once
  const seen = new Map<string, Subject[]>();
  const subjectsOf = (t: string) => {
    let subs = seen.get(t);
    if (!subs) seen.set(t, (subs = subjects(t, ctx, index)));
    return subs;
  };
  const carriedAt = new Map<string, Subject | null>();
  const wanted = new Map<number, Set<string>>(); // each section's sentences with rows
  for (const r of rows) (wanted.get(r.source_line) ?? wanted.set(r.source_line, new Set()).get(r.source_line)!).add(r.sentence);
  for (const sec of p.sections) {
    const mine = wanted.get(sec.line);
    if (!mine) continue;
    let carry: Subject | null = null;
    // (the extraction's sentences: URLs blanked, split where SENTENCE_BREAK splits, trimmed)
    const ss = sectionSentences(sec.text);
    // what sentences after the last one with a row carry is read by none
    let last = ss.length - 1;
    while (last >= 0 && !mine.has(ss[last].text)) last--;
    for (let i = 0; i <= last; i++) {
      const t = ss[i].text;
      carriedAt.set(`${sec.line}\0${t}`, carry);
      if (i === last) break;
      const subs = subjectsOf(t).filter((x) => x.kind !== 'role');
      const lastSub = subs[subs.length - 1];
      if (lastSub && (ctx.kind !== 'method' || lastSub.own)) carry = lastSub;
    }
  }
  let all: string | null = null; // (joined once, when first needed)
  return rows.map((r) => {
    const carried = carriedAt.get(`${r.source_line}\0${r.sentence}`) ?? null;
    const at = valuePosition(r.sentence, r.value);
    const named = attribute(ctx, r.sentence, at, carried, index, subjectsOf);
    // `Llama3.1 (8B)이 … 7.1% 높은`: a size in brackets right after the name is part of how the text names it
    // (a well-known model's: an own `xAR-H(1.1B)` or `DiMR-L (284M)` is already told apart by its name)
    const sized = named.system && !named.own && isKnownModel(named.system, index) ? sizeAfter(r.sentence, named.system) : null;
    const a = sized ? { ...named, system: `${named.system} (${sized})` } : named;
    // `1.2B 파라미터 모델은 초당 3프레임`, `NAR 0.8B 파라미터 모델은`: the own model told apart by its size (README-system `X (q)`)
    if (a.own && a.system && a.system === ctx.primary) {
      const size = SIZE_SUBJECT.exec(r.sentence.slice(0, at >= 0 ? at : undefined));
      // (not a named model's size, `LLaMa-2 7B 모델에서`, unless the name is the own one: `NAR 0.8B`; nor one the name has)
      const word = size && /([A-Za-z][\w.\-]*)[\s-]$/.exec(r.sentence.slice(Math.max(0, size.index - 30), size.index));
      if (size && (!word || isOwnName(ctx, word[1])) && !key(a.system).includes(key(size[1])))
        return { ...a, system: `${a.system} (${size[1]})` };
    }
    if (a.own || !a.system || !SHORT_NAME.test(a.system) || !isModelFamily(a.system)) return a;
    const full = fullerName(a.system, (all ??= p.sections.map((x) => x.text).join('\n')));
    if (full && isOwnName(ctx, full)) return a;
    return full ? { ...a, system: full } : a;
  });
}

/** The size in brackets the sentence writes right after a name (`Llama3.1 (8B)`), or null. */
function sizeAfter(sentence: string, name: string): string | null {
  const i = sentence.indexOf(name);
  if (i < 0) return null;
  const m = /^\s?\((\d+(?:\.\d+)?[BMK])\)/.exec(sentence.slice(i + name.length));
  return m ? m[1] : null;
}
const SIZE_SUBJECT = /(?<![\w.])(\d+(?:\.\d+)?[BM])(?:[-\s]?(?:파라미터|매개변수))?\s*(?:규모의?\s*)?모델(?:은|는|이|가|에서는|에서|의)\s/;

/** `Llama는 30%에 머물렀습니다` after `Qwen-2.5-3B는 … Llama-3.2-3B보다`: a model named by its family word alone
 *  is the one model of that family the entry names in full (README-system: the text's own name for it). */
const SHORT_NAME = /^[A-Z][A-Za-z]{1,11}$/;
// (a version or size: `Qwen-2.5-3B`, not another model built on it, `CLIP-MoE`)
function fullerName(name: string, all: string): string | null {
  const found = new Set<string>();
  const re = new RegExp(`(?<![\\w.\\-])${name}[-\\s]?v?\\d[\\w.\\-]*`, 'g');
  for (const m of all.matchAll(re)) found.add(m[0].replace(/[.\-]+$/, ''));
  return found.size === 1 ? [...found][0] : null;
}
