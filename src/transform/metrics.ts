// Reported results in Korean/English prose → typed metric rows.
//
// Numbers are found with their unit, then kept only when they read as a result: a unit that
// measures one (%, pp, 배/x, time, fps), or a bare number anchored to a metric name (FID 3.31,
// PESQ 점수 4.454, +30 … 개선). Sizes, counts, resolutions and numbers inside names never
// qualify. Ranges, comparisons (대비, 보다, A에서 B로) and 각각/respectively are resolved
// within the sentence.
import type { RawPaper, RawSection } from '../staging/records.js';
import type { Row } from '../schema/tables.js';
import { benchKey, isKnownModel, proposedBenchmarks, TASK_WORDS, TRAINING_WORDS, type BenchmarkIndex, type Mention } from './benchmarks.js';
import { isAcronymOf } from './acronyms.js';
import type { MetricTerm, MetricVocab } from './metricvocab.js';
import { attributeRows, paperContext, valuePosition, type Attribution, type PaperContext } from './system.js';
import type { SettingMention } from './settings.js';
import { blankUrls, CONNECTIVE_END, NUMBER_WORD, splitSentences, sectionSentences } from './sentences.js';
import { isSpace } from './terms.js';

export { SENTENCE_BREAK, splitSentences } from './sentences.js';

export type Unit = '%' | 'pp' | 'x' | 's' | 'ms' | 'min' | 'h' | 'fps' | 'tokens/s' | 'TOPS' | 'USD' | 'dB' | 'GB' | 'MB' | 'TB' | null;
export type Kind = 'score' | 'gain' | 'efficiency';

export interface Metric {
  benchmark: string | null;
  benchmark_raw: string | null;
  known: boolean;
  split: string | null;
  setting: string | null;
  /** the setting makes a variant of the system (settings.csv): `X (tree search)` */
  settingVariant: boolean;
  metric: string | null;
  value: number;
  value_low: number | null;
  unit: Unit;
  kind: Kind;
  baseline_value: number | null;
  delta: number | null;
  delta_unit: Unit;
  sentence: string;
}

interface Atom {
  start: number;
  end: number;
  value: number;
  low: number | null;
  unit: Unit;
  signed: boolean; // written with an explicit + or -
  decimal: boolean;
  role: 'result' | 'baseline' | 'drop';
  baseline: number | null;
  metric: string | null;
  anchored: boolean;
  /** a range's start (`326% - 414%`: where what it is of is read before) */
  from?: number;
}

const MULT: Record<string, number> = { 천: 1e3, 만: 1e4, 억: 1e8 };
const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(?:%\s*p\b|%p|%\s*포인트|퍼센트\s*포인트|퍼센트포인트|pp\b|p\.p\.|percentage points?)/i, 'pp'],
  [/^(?:%|퍼센트|percent\b)/i, '%'],
  [/^(?:배|×(?!\s*\d)|x(?![A-Za-z0-9])|times\b)/, 'x'],
  [/^(?:ms\b|밀리초|milliseconds?\b)/, 'ms'],
  [/^(?:초|s\b|sec\b|secs\b|seconds?\b)/, 's'],
  [/^(?:분(?!의|석|야|류|포|산|리|기|해|자|할)|min\b|mins\b|minutes?\b)/, 'min'],
  // (`1.45시간 대 13.50시간`, `2시간으로 단축`; not `시간당` nor a word made with 시간)
  [/^(?:시간(?=[\s,.)~\-]|$|(?:으로|이|을|에|만|까지|의|보다|에서|대)(?![가-힣]))|hours?\b|hrs?\b)/, 'h'],
  [/^(?:fps\b|FPS\b|프레임\/초)/, 'fps'],
  [/^(?:tokens?\s*\/\s*s(?:ec)?\b|tok\/s\b|토큰\s*\/\s*초|tokens per second\b)/i, 'tokens/s'],
  // (`RTX4090에서는 340 TOPS의 성능`: operations per second, a kernel's throughput)
  [/^TOPS\b/, 'TOPS'],
  // (`약 1,500 달러의 비용으로`, `208,050달러를 획득`: money, a cost or an amount earned; `$42` before it, below)
  [/^(?:달러|dollars?\b|USD\b)/, 'USD'],
  [/^dB\b/, 'dB'],
  [/^(?:GB|GiB)\b/, 'GB'],
  [/^(?:MB|MiB)\b/, 'MB'],
  [/^TB\b/, 'TB'],
];

// A number: 1,900 · 60.2 · 0.003 · .5 is not used in the digests
// (after a slash only when a unit ends the value before it: `1.37배/1.24배`, `2.7%/4.3%`; not `3/4`, URLs)
// (`mAP@50:95`: a number after a digit and a colon is part of a name or a ratio)
const NUMBER = /(?<![\w.@\\])(?:(?<!\d:)|(?=[+\-−±]))(?<!(?<![%배×])\/)([+\-−±]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\+?)/g;

// Metric names come from the vocabulary (data/reference/metrics.csv, through the index the
// extractor is given): compiled once per vocabulary, below (`vocabOf`).

// (`72.68%의 높은 성과`, `…의 우수한 성능`, `가장 높은 성능`: a high score, not a rise)
// (`N% 더 인간 같은`, `최대 10% 더 정확한`: more of something is a gain; `3점 차이`, `19.7%의 큰
// 차이`: so is a gap, said right after the value — `92.4%로 모델 성능과 큰 차이` is a level)
const GAIN_CUE =
  /^(?:\s*(?:이상\s*)?더\s|\s*(?:정도)?\s*(?:의\s*)?(?:(?!(?:으로|로|에)\s)[가-힣]+\s){0,2}?차이|[^.。]{0,24}?(향상|개선|증가|상승|(?<!(?:의|가장|라는|매우|아주)\s?)높|더 많|더 나은|나은|(?<!(?:의|가장|매우|아주)\s?)우수|(?<!(?:의|가장|라는|매우|아주)\s?)좋|뛰어나|뛰어났|뛰어넘|초월|상회|초과|앞서|앞섰|앞질|능가|올라|늘|\bimprov|\bgain|\bboost|\bincreas|\bhigher\b|\bbetter\b|\boutperform|\bsurpass))/i;
/** A fall said right after a value (`정확도가 67% 정도 하락`, `19.7% 성능이 떨어졌고`): a change, signed down
 *  (not a level fallen to, `10%까지 떨어짐`, `7.5% 이하로 급락`; not a share with no loss, `40%를 성능 저하 없이`). */
const DROP_CUE =
  /^\s*(?:이상|정도|가량|만|이나|나)?\s*(?:(?:성능|정확도|점수)(?:이|가|은|는)?\s*)?(?:크게\s*)?(?:하락|저하|떨어|급락)(?!\S*\s*(?:없|않))/;
// (`23-50%의 낮은 정확도`: a low level is a score, as `N%의 높은` is)
const REDUCE_CUE =
  /^[^.。]{0,20}?(감소|줄|단축|절약|절감|(?<!(?:의|가장|라는)\s?)낮|\breduc|\blower\b|\bfewer\b|\bless\b|\bsav(?:e|es|ed|ing|ings)\b|\bcut\b)/i; // (English as words: `CutMix` is no cut)
const EFFICIENCY_CUE =
  /\bT?OPS\b|빠르|빠른|빨라|빠릅|속도|가속|speed|faster|throughput|처리량|메모리|memory|비용|cost|latency|지연|효율|압축|compress|절약|절감|연산|계산|FLOPs|저장|storage|파라미터|parameter|리소스|resources?\b|적은 (?:양의 )?(?:학습 |훈련 )?(?:데이터|토큰|샘플|상호\s?작용|클릭|주석)|(?:시각적\s*)?토큰(?:을|를)\s|fewer (?:training )?(?:tokens|samples)|less (?:training )?data|추론 시간|훈련 시간|학습 시간|렌더링 시간|생성 시간|처리 시간|실행 시간|대기 시간|작성 시간|시간(?:을|를|이|은)|사용량|토큰\s*(?:사용|수)|(?:모델|레이어|임베딩|파일|메모리) 크기|매개변수|(?:전진|추론|샘플링|디노이징|탐색|학습|훈련|denoising|search|training) (?:단계|스텝|steps?\b)|데이터 (?:수요|요구)|(?:학습|훈련) 데이터의|inference time|training time|GPU|에너지|energy|전력|컴퓨팅|computing|\bcompute\b|(?:계산|연산) 복잡도|complexity|(?:응답|솔루션|출력|추론|생성|인코딩|답변|체인)\s*길이|길이\s*감소|오버헤드|overhead|통신량|대역폭|bandwidth/i;
// (`50% 적은 학습 단계로 AIME 2024에서 50점`: training steps saved are efficiency)
/** An efficiency word right after a number (`28% 더 빠른`, `30% faster`, `40% 메모리`, `58%의 계산
 *  비용`, `20% 적은 파라미터`; not past a clause's end: `8.6% 증가시키고 출력 길이를`). */
// (`88.7% 적은 추가 매개변수`: up to two words before what it is of)
// `메모리 사용량을 4배 줄이면서도 평균 정확도가 1.6% 감소`: a value whose subject is a measure of quality
// is that measure's change, whatever efficiency words stand near it
const MEMORY_CUE = /메모리|사용량|저장\s?공간|저장|용량|VRAM|RAM|memory|storage|footprint/i;
const HARDWARE_AFTER =
  /^\s*(?:\)|의)?\s*(?:(?:메모리|VRAM|RAM)\s*)?(?:GPU(?!\s*메모리\s*(?:사용|소비|점유))|VRAM|RAM|메모리를\s*가진|메모리\s*GPU|메모리\s*\(|(?:메모리|VRAM)의\s*(?:장치|GPU)|랩탑|노트북|카드|설정|환경)/i;
const DATA_SIZE_AFTER = /^\s*(?:규모의|크기의|의)?\s*(?:[^\s,]+\s+){0,2}?(?:데이터|코퍼스|corpus|data)/i;
/** Words for a measure of quality, not of cost: what a value's subject or object can be. */
const QUALITY = '정확도|정확성|성능|점수|성공률|accuracy|performance';
// `0.53%의 정확도 감소만을`, `50% 이상의 성능 저하`, `3% 내외의 성능 저하`: a change said of a quality measure right
// after the value (and a bound or an approximation) is a gain or drop
const PERFORMANCE_CHANGE_AFTER = new RegExp(
  `^\\s*(?:(?:이상|이하|미만|초과|내외|안팎|가량|정도)\\s*)?(?:의\\s*)?(?:${QUALITY})\\s*(?:감소|저하|하락|손실|향상|개선|증가|상승|drop|loss|gain)`,
  'i',
);
const SPEED_BEFORE =
  /(?:속도|처리량|처리 속도|추론 속도|생성 속도|지연\s*시간|지연|latency|throughput|speed|(?:인간|사람|수작업|주석|라벨링)의?\s*(?:노력|작업량)|human effort|annotation effort)\s*(?:\([^()]{0,30}\))?\s*(?:이|가|은|는|도|를|을)?\s*(?:약|최대|평균(?:적으로)?)?\s*$/i;
// `정확도 감소는 각각 1.65%와 1.21%로 최소화`: the change of a quality measure named as the subject, then its values
const PERFORMANCE_CHANGE_BEFORE = new RegExp(
  `(?:${QUALITY})\\s*(?:감소|저하|하락|손실|향상|개선|증가|상승|drop|loss|gain)\\s*(?:폭|율|률|량)?\\s*(?:은|는|이|가)\\s*(?:각각\\s*|평균\\s*|약\\s*|최대\\s*|단\\s*)?(?:[+\\-]?\\d+(?:\\.\\d+)?\\s*%?p?\\s*(?:와|과|및|,)\\s*)*$`,
  'i',
);
const PERFORMANCE_BEFORE = new RegExp(`(?:${QUALITY})\\s*(?:이|가|은|는|도|을|를)?\\s*(?:평균(?:적으로)?\\s*|약\\s*|최대\\s*)?$`, 'i');
const FEWER_AFTER = /^\s*(?:이상\s*)?(?:더\s*)?적은\s+(?!(?:[가-힣]+\s+)?(?:오류|에러|오차|환각|실패|error|hallucination))/;
const PERFORMANCE_AFTER = /^\s*(?:이상의?|가량의?|정도의?)?\s*(?:더\s*)?(?:높은\s*|향상된\s*)?(?:성공률|정확도|success rate|accuracy)/i;
const EFFICIENCY_AFTER = new RegExp(`^\\s*(?:의\\s*)?(?:더\\s*)?(?:[가-힣]+(?<![고며서면나])\\s){0,2}(?:${EFFICIENCY_CUE.source})`, 'i');
const TIME_CUE =
  /만에|이내|내에|안에|(?:초|분|ms|s)\s*내\s|빠르|빠른|빨라|속도|지연|latency|소요|걸리|걸린|단축|per |당 |추론|inference|훈련|학습|training|렌더링|rendering|실시간|real-time|처리 시간|생성 시간|시간을|시간이|took|takes|within|(?:CPU|GPU|TPU)에서|동작|실행 시간|runs? in|(?:을|를)\s*(?:절약|절감)|\bsav(?:e|es|ed|ing)\b/i; // (`최소 20분을 절약`: time saved)
// (hours are a result only as time a computation took: `24시간 이내에 대화를 검토` is a user's window)
const HOURS_CUE = /만에|소요|걸리|걸린|단축|훈련|학습|training|추론|inference|렌더링|처리|생성|완료|수렴|GPU|took|takes|속도/i;
// After the number: it counts things, or is a size, a resolution, a rank, a step
const COUNT_AFTER =
  /^\s*(?:[KMBTkmbt](?![A-Za-z])|개|건|명|장|가지|종|개국|종류|단계|번|회|층|레이어|layers?\b|epochs?\b|에포크|스텝|steps?\b|프레임|frames?\b|px\b|픽셀|p\b|차원|채널|channels?\b|시간|hours?\b|일\b|일간|주\b|년|월|위\b|등|shot|샷|토큰|tokens?\b|단어|words?\b|문장|샘플|samples?\b|쌍|pairs?\b|편|곳|대\b|문제|questions?\b|tasks?\b|언어|languages?\b|모델|models?\b|이미지|images?\b|비디오|videos?\b|개의|k\b|K\b|bit|비트|GB|MB|TB|GPU|노드|nodes?\b|명의|인|차|D\b|d\b)/;
// `10배 더 많은 데이터`, `7배 큰 모델`: how big something is, not how well it did
const SIZE_AFTER =
  /^\s*(?:이상의|이상|더)?\s*(?:많은|큰|많|대규모의|larger|more|bigger)\s*(?:양의\s*)?(?:데이터|토큰|모델|파라미터|코퍼스|훈련\s*세트|학습\s*세트|data|tokens?|models?|parameters?)|^\s*(?:더\s*)?큰\s+[A-Z][\w.\-]*\d+B\b|^\s*(?:이상의|이상|더)?\s*큰\s+(?:[A-Za-z가-힣][\w가-힣.\-]*\s+)?(?:규모|크기|백본|인코더|디코더|네트워크|backbone|encoder|decoder)/i;
// `DRAM 크기의 두 배에 달하는 모델`, `학습 세트의 규모를 두 배로 늘릴 때`, `데이터 셋을 두 배로 늘렸습니다`: a multiple of
// a size is a size (not `데이터를 10배 적게 사용`: less data for the same is a saving)
const SIZE_BEFORE = /(?:크기|규모|사이즈|파라미터\s*수)(?:의|를|을|가|이)?\s*(?:약|최대|거의|대략)?\s*$/;
const DATA_GROWN = /(?:데이터\s*셋|데이터\s*세트|데이터|코퍼스)(?:을|를)\s*(?:약|최대|거의|대략)?\s*$/;
const GROWN_AFTER = /^\s*(?:이상)?\s*(?:으로|로)\s*(?:늘|확장|확대|증가)/;
// `4x 초해상도 작업에서`, `2배 외삽`: a scale factor of the task is its setting
// (`5배 교차 검증`: k-fold cross-validation, written as a multiple)
const SCALE_AFTER =
  /^\s*(?:의\s*)?(?:초해상도|업스케일링|업샘플링|다운샘플링|외삽|super-?resolution|upscaling|upsampling|downsampling|extrapolation|교차\s*검증|cross[- ]validation)/i;
// `점수가 1에서 10까지 매겨집니다`, `1~5점 척도`: the range of a rating scale, not a result
const RATING_SCALE_AFTER =
  /^\s*(?:점\s*)?(?:(?:에서|부터|~|-)\s*\d+(?:\.\d+)?\s*(?:점\s*)?)?(?:까지|사이)(?:의)?\s*(?:[가-힣]+\s)?(?:매겨|척도|범위|scale)/;
const TIME_LIST_AFTER = /^\s*,\s*[^,.]{0,30}?(?<!\d)\d+(?:\.\d+)?\s*(?:초|ms|s\b|분)/;
/** `전 세계 인구의 약 65%에 해당하는 약 50억 명`: a share of people counted, not a result */
const POPULATION_AFTER = /^\s*에\s*해당하는\s*(?:약\s*)?[\d,.]+\s*(?:억|만|천)?\s*(?:명|people|users)/;
// `합성 데이터가 75%인 경우`, `50%일 때`, `2222 이상인 경우`: a condition of the experiment, not its result
// (`50% 압축된 LLaMa-2 7B 모델의 경우`: a model made so is a setting too)
// (`16배 압축 시 1.34`, `20% 토큰 할당 시`: the setting a result is read at, said with 시; not a change, `향상 시`, nor
// a compression kept at a quality, `2.35배 압축시 유사한 생성 품질을 유지`: that is what it achieves)
const CONDITION_AFTER =
  /^\s*(?:이상|이하|미만|초과)?\s*(?:인|일)\s*(?:경우|때)|^\s*(?:압축|양자화|가지치기|프루닝|희소화)(?:된|한)\s|^\s*(?:이상|까지)?\s*(?:[가-힣]+\s)?[가-힣]*(?:졌을|었을|았을|됐을|되었을|늘렸을|줄였을)\s*때|^\s*(?:[가-힣A-Za-z]+\s)?(?!향상|증가|감소|개선|단축|가속|상승|하락|저하|압축\s?시(?!\s*\d))[가-힣]{1,6}(?:\s시|(?<=압축|적용|사용|할당|설정|제거|추가|결합|양자화)시)(?=[\s,])/;
// `39%의 비영어 데이터`, `30% 자연어 코퍼스로 구성된`: what a data set is made of
// (`텍스트 데이터와 이미지 데이터를 각각 50%씩 사용하여 사전 학습`: a mix of data, each part's share)
// (`60% 소스 코드, 10% 수학 코퍼스, 30% 자연어 코퍼스로 구성된`: a list of parts, the cue after the last)
const COMPOSITION_AFTER =
  /^\s*[가-힣A-Za-z ]{1,20}?(?:,\s*|\s*(?:와|과|및)\s*)(?:\d+(?:\.\d+)?%\s*[가-힣A-Za-z ]{1,20}?(?:,\s*|\s*(?:와|과|및)\s*))*\d+(?:\.\d+)?%\s*[^.,]{0,30}?(?:로|으로)\s*(?:구성|이루어)|^\s*(?:의|가|는|로|으로)?\s*(?:[가-힣A-Za-z-]+\s)?(?:데이터|코퍼스|corpus|data|토큰)\s*(?:로|으로|를|을|가|이)?\s*(?:구성|포함|혼합|섞|이루어)|^\s*씩\s*(?:사용|혼합|섞|구성|배분|할당)/i;
// `각각 80%, 10%, 10%의 비율로 학습, 검증, 테스트 세트로 나누었습니다`: how data is split (a list's earlier values too)
const SPLIT_SHARE_AFTER = /^\s*(?:%?\s*,\s*\d[\d.]*\s*%\s*)*(?:의)?\s*(?:비율로|비율|ratio)\s*[^.]{0,40}?(?:나누|나눈|분할|split)/i;
const DATA_NOUN = String.raw`(?:데이터|토큰|샘플|코퍼스|예제|data|tokens?|samples?|examples?)(?:셋|세트)?`;
const DATA_USED_AFTER = new RegExp(
  String.raw`^\s*(?:의|만|만의|만을|씩)?\s*(?:[가-힣A-Za-z][가-힣A-Za-z0-9.\-]*(?<![와과])\s+){0,2}?${DATA_NOUN}\s*(?:만|만을|만으로|만으로도|을|를|로|으로)?\s*(?:사용|활용|이용|학습|훈련|fine-?tun)`,
  'i',
);
// (`원래 훈련 비용의 6.5%를 사용하여`: a share of the cost or compute used, as of the data)
const DATA_OF_BEFORE = new RegExp(String.raw`(?:${DATA_NOUN}|비용|계산량?|연산량?|컴퓨팅|compute|cost)\s*의\s*(?:약|최대|단)?\s*$`, 'i');
/** `단지 28.5%(아마도 18.2%)의 계산으로`, `단 0.06%의 데이터(예: 600K 대 1B)로 달성`: a share of what it needs, with which it did */
const RESOURCE_SHARE_AFTER = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]{0,30}\))?\s*의\s*(?:${DATA_NOUN}|계산량?|연산량?|컴퓨팅|compute|비용)\s*(?:\([^()]{0,30}\))?\s*(?:만으로도|만으로|으로도|로도|으로|로)\s`,
  'i',
);
const USED_AFTER = /^\s*(?:만|만을|만으로|만으로도|를|을|로|으로)?\s*(?:사용|활용|이용|학습|훈련|로도|으로도)|^\s*(?:만으로|로|으로)(?=\s)/;
// a hyper-parameter set to a percentage: 마스킹 비율 75%, dropout 10%; a pass mark: 의사 합격 기준(약 60%)
const SETTING_BEFORE =
  /(?:비율|확률|ratio|probability|dropout|마스킹|masking|학습률|learning rate|threshold|임계값|임계치|sparsity|희소성)\s*(?:은|는|을|를|이|가|of|=|:)?\s*(?:약|about)?\s*$|(?:합격\s*기준|합격선|통과\s*기준|pass(?:ing)?\s*(?:mark|threshold))\s*(?:은|는|을|를|이|가|인|of|=|:|\()?\s*(?:약|about)?\s*$/i;
// (but a rate changed by a value, or found at one, is a result: `환각 비율을 34.8%나 대폭 줄였으며`, `수정할 수 있는
// 비율이 50% 이하로 나타났습니다`; a rate set to one, `75%로 높이면`, is not)
const RATE_RESULT_AFTER =
  /^\s*(?:이상|이하|미만|가량|정도|나|이나)?\s*(?:(?:[가-힣]+\s){0,2}?(?:감소|줄|하락|저하|향상|개선|증가|상승)|(?:로|으로|에)?\s*(?:나타났|나타나|그쳤|머물|기록|달성|불과|가장))/;
const SPLITS: [RegExp, string][] = [
  [/검증\s*(?:데이터\s*)?(?:셋|세트|set)|validation|\bval(?:idation)?\s*(?:set|split)/gi, 'validation'],
  // (a development set is named as the text names it: `MedMCQA (개발)에서`, `dev set`)
  [/\bdev(?:elopment)?\s*(?:set|split)|개발\s*(?:셋|세트)|(?<=[A-Za-z0-9]\s?)\(\s*(?:개발|dev)\s*\)/gi, 'dev'],
  [/테스트\s*(?:데이터\s*)?(?:셋|세트|set)|\btest\s*(?:set|split)/gi, 'test'],
  // (only where a result is read: `훈련 세트의 예제만을 사용하여` is what the model learnt from)
  [/(?:훈련\s*(?:데이터\s*)?(?:셋|세트)|학습\s*셋|\btrain(?:ing)?\s*(?:set|split))(?=\s*(?:에서|에 대한|상의|on\b))/gi, 'train'],
  // the generalization splits of web and agent benchmarks (Mind2Web 크로스 과제 세트, 교차 작업 결과)
  [/(?:크로스|교차)\s*(?:과제|태스크|작업)|\bcross[- ]task\b/gi, 'cross-task'],
  [/(?:크로스|교차)\s*웹\s*사이트|\bcross[- ]website\b/gi, 'cross-website'],
  [/(?:크로스|교차)\s*도메인|\bcross[- ]domain\b/gi, 'cross-domain'],
  // the evaluation modes of agent and shared-task benchmarks (`온라인 평가에서`, `로컬 평가에서는`, `offline evaluation`)
  [/온라인\s*(?:평가|테스트)|\bonline\s+(?:evaluation|test)s?\b/gi, 'online'],
  [/오프라인\s*(?:평가|테스트)|\boffline\s+(?:evaluation|test)s?\b/gi, 'offline'],
  [/로컬\s*(?:평가|테스트)|\blocal\s+(?:evaluation|test)s?\b/gi, 'local'],
  // `Lean 4 miniF2F 테스트에서`: the word right after a Latin name (`벤치마크 테스트에서` is no split)
  [/(?<=[A-Za-z0-9)]\s?)테스트(?=\s*(?:에서|결과|셋))/g, 'test'],
  // the class groups of long-tailed benchmarks: `LVIS 드문 클래스에서 63.3 AP`, `테일 클래스 정확도`
  [/(?:드문|희귀한?)\s*(?:클래스|범주)|\brare\s*(?:class(?:es)?|categor(?:y|ies))/gi, 'rare'],
  [/(?:테일|꼬리)\s*(?:클래스|범주)|\btail\s*(?:class(?:es)?|categor(?:y|ies))/gi, 'tail'],
  // in- and out-of-distribution test data, as a pair (`iWildCam 데이터셋에 대해 ID 및 OOD 매크로 정확도를 각각 2.7%와
  // 2.1%`; alone, `ID` is an identifier as often, and `OOD인 XSUM 데이터 세트` says what a named one is)
  [/(?<=\bID\s*(?:및|와|과|,|\/|and)\s*)OOD\b/g, 'OOD'],
  [/\bID\b(?=\s*(?:및|와|과|,|\/|and)\s*OOD\b)/g, 'ID'],
  // a named subset is the split, as written: `RewardBench의 Chat Hard subset에서`
  [/\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\s*(?:subset|서브셋|하위\s*집합|부분\s*집합)/g, ''],
];
/** The setting a value is reported under: one in brackets right after it (`6.3% (재정렬 없이) 및
 *  2.1% (재정렬 있음)`), else the last one named before it in its sentence (`트리 탐색 기법을 통합하여
 *  63.5%`, `제로샷 설정에서 A는 45%, B는 50%`), else the next one within its clause (`IntPhys 벤치마크에서
 *  98%, 그리고 InfLevel 벤치마크에서 62%의 제로샷 정확도`; not past `…소요되며, `). */
function settingOf(s: string, settings: readonly SettingMention[], a: Atom): SettingMention | null {
  let before: SettingMention | null = null;
  for (const m of settings) {
    // (a setting frames what follows it, across `…보이지만, ` too: `10 IPC로 훈련된 네트워크가 … 15.2%의
    // 정확도를 보이지만, 소프트 라벨을 사용할 때 42.1%`; not past a semicolon)
    if (m.end <= a.start) before = s.slice(m.end, a.start).includes(';') ? null : m;
    else if (m.start >= a.end) {
      const gap = s.slice(a.end, m.start);
      if (/^\s*\(\s*$/.test(gap)) return m;
      CONNECTIVE_END.lastIndex = 0;
      return before ?? (CONNECTIVE_END.test(gap) ? null : m);
    }
  }
  return before;
}

function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

// Patterns anchored at the start of what follows a number, run sticky at that place: the same
// matches as on a slice of the rest of the sentence, without the slice (none looks behind).
const sticky = (re: RegExp) => new RegExp(re.source.replace(/^\^/, ''), `${re.flags}y`);
const matchAt = (re: RegExp, s: string, at: number) => ((re.lastIndex = at), re.exec(s));
const UNIT_AT = UNIT_WORDS.map(([re, unit]) => [sticky(re), unit] as const);
const COUNT_AT = sticky(COUNT_AFTER);
const MULT_AT = /\s?(천|만|억)/y;
const SIZE_AT = /\s*[x×]\s*\d/y; // 256x256
const DIGIT_AT = /\s*\d/y;

function unitAt(text: string, at: number): { unit: Unit; len: number } {
  let p = at;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  const ws = p - at;
  for (const [re, unit] of UNIT_AT) {
    // `10 x 10` and `256x256` are sizes, `10%` and `10 %` are both percents
    const m = matchAt(re, text, p);
    if (m && (ws === 0 || unit !== 'x' || m[0] !== 'x')) return { unit, len: ws + m[0].length };
  }
  return { unit: null, len: 0 };
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTimes = (c: number) => c === 120 /* x */ || c === 0xd7; /* × */

const PAREN_METRIC = /^[^()]{0,20}?\(([A-Za-z][A-Za-z0-9@ \-]{1,40})\)/;

/** The vocabulary's patterns: `any` is every term in one union (a group each, in the file's
 *  order), matched in any case and then checked against its own term's case rule. */
interface Vocab {
  terms: readonly MetricTerm[];
  any: RegExp;
  caseOf: RegExp[];
  each: RegExp[];
  anchors: { name: string; before: RegExp; after: RegExp }[];
  anyBefore: RegExp;
  anyAfter: RegExp;
  /** metrics of quality, not of cost or speed (metrics.csv `family` other than efficiency) */
  quality: Set<string>;
}
const compiled = new WeakMap<MetricVocab, Vocab>();
function vocabOf(v: MetricVocab): Vocab {
  let c = compiled.get(v);
  if (c) return c;
  const terms = v.terms;
  // (an empty vocabulary matches nothing)
  const union = (srcs: string[]) => (srcs.length ? srcs.join('|') : '(?!)');
  const anchorTerms = terms.filter((t) => t.anchor);
  const anyTerm = union(anchorTerms.map((t) => `(?:${t.source})`));
  c = {
    terms,
    any: new RegExp(union(terms.map((t) => `(${t.source.replace(/\((?!\?)/g, '(?:')})`)), 'gi'),
    caseOf: terms.map((t) => new RegExp(`^(?:${t.source})$`, t.flags)),
    each: terms.map((t) => new RegExp(t.source, t.flags)),
    anchors: anchorTerms.map((t) => ({ name: t.metric, before: anchorBefore(t.source, t.flags), after: anchorAfter(t.source, t.flags) })),
    // Any of them, in any case: matches whenever one of the anchors would (and sometimes when
    // none would), so a number with no metric name beside it costs two tests instead of seventy.
    anyBefore: anchorBefore(anyTerm, 'i'),
    anyAfter: anchorAfter(anyTerm, 'i'),
    quality: new Set(v.refs.filter((r) => r.family !== 'efficiency' && r.metric !== 'score').map((r) => r.metric)),
  };
  compiled.set(v, c);
  return c;
}

/** A quality metric named right before `at`, where a value is read (`LPIPS 및 L2 지표에서 `). */
const QUALITY_AT = /(?:지표|점수|메트릭)?\s*(?:에서|에서는|기준으로)\s*(?:최대|평균|약)?\s*$/;
function qualityAt(v: Vocab, s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 40), at);
  const cue = QUALITY_AT.exec(before);
  if (!cue) return false;
  const head = before.slice(0, cue.index);
  v.any.lastIndex = 0;
  let last: string | null = null;
  // (the last of a short list: `LPIPS 및 L2`)
  for (let m: RegExpExecArray | null; (m = v.any.exec(head)) !== null; )
    if (m.index + m[0].length >= head.length - 12) last = termOf(v, m) ?? last;
  return last !== null && v.quality.has(last);
}

/** The metric named by a match of the union, honouring each term's own case rule. */
function termOf(v: Vocab, m: RegExpMatchArray): string | null {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return v.caseOf[g - 1].test(m[g]) ? v.terms[g - 1].metric : null;
  return null;
}

/** `FVD 점수`: a generic score right after a named metric is that metric (a module function: tsx
 *  names every closure it creates, at a cost per call). */
const named = (name: string | null, last: { end: number; name: string } | null, at: number) =>
  name === 'score' && last && at - last.end <= 2 ? last.name : name;

function metricNear(v: Vocab, s: string, start: number, end: number): string | null {
  const METRIC_ANY = v.any;
  let after = s.slice(end, end + 30);
  const before = s.slice(Math.max(0, start - 40), start);
  // What follows is this value's up to the next metric with a value of its own (`IDF1 점수
  // 0.8289와 정밀도(precision) 0.9026`), and past a comma only after another value (`82.6%,
  // MATH에서 40.6%의 정확도`: a list's); else it names the next one (`ASR은 1.29%이며, FID …`).
  const comma = after.indexOf(',');
  let best: { d: number; name: string } | null = null;
  // prefer what follows ("60.2%의 통과율"), then the nearest before; `FVD 점수` is FVD
  // exec on the one regex rather than matchAll, which clones it per call
  let m: RegExpExecArray | null;
  let last: { end: number; name: string } | null = null;
  for (METRIC_ANY.lastIndex = 0; (m = METRIC_ANY.exec(after)) !== null; ) {
    // (nor one right after another value, which is that value's: `MVBench에서 66.8점, Charades-STA에서 40.2 R@0.5 점`)
    if (
      (comma >= 0 && m.index > comma && !/\d/.test(after.slice(comma, m.index))) ||
      OWN_VALUE.test(after.slice(m.index + m[0].length)) ||
      (comma >= 0 &&
        m.index > comma &&
        /\d\s*%?\s*$/.test(after.slice(comma, m.index)) &&
        // (but `각각 88.8%, 81.5%, …, 90.3% mAP` is a list sharing its metric)
        (/[A-Za-z가-힣]/.test(after.slice(comma, m.index)) || /[A-Za-z가-힣]/.test(after.slice(0, comma).replace(/^\s*(?:%|배|점)/, ''))))
    ) {
      after = after.slice(0, m.index);
      break;
    }
    const name: string | null = partOfName(after, m.index) ? null : named(termOf(v, m), last, m.index);
    if (name && (!best || m.index < best.d)) best = { d: m.index, name };
    if (name) last = { end: m.index + m[0].length, name };
  }
  last = null;
  for (METRIC_ANY.lastIndex = 0; (m = METRIC_ANY.exec(before)) !== null; ) {
    // (`리콜(90.1%)을 갖추면서 API 요청을 64.7%`: a metric with its value in brackets is that value's)
    if (/^\s*\(\s*[\d.]+[^()]*\)/.test(before.slice(m.index + m[0].length))) {
      last = null;
      continue;
    }
    // (`DocVQA에서 78.2% ANLS, MMVet에서 36.2%`: a metric right after an earlier value, a comma on, is that value's)
    if (/\d\s*(?:%|점|배)?\s*$/.test(before.slice(0, m.index)) && before.slice(m.index + m[0].length).includes(',')) continue;
    const name: string | null = partOfName(before, m.index) ? null : named(termOf(v, m), last, m.index);
    const d = before.length - (m.index! + m[0].length) + 5;
    if (name && (!best || d < best.d)) best = { d, name };
    if (name) last = { end: m.index + m[0].length, name };
  }
  // an English name in parentheses beats the Korean word it glosses: 구문 통과율(syntax pass rate)
  const paren = PAREN_METRIC.exec(after);
  if (paren && v.each.some((re) => re.test(paren[1]))) return paren[1].trim();
  return best?.name ?? null;
}
/** A short metric acronym ending a hyphenated name (`Math-LLaVA-DS`, `R-MAE`), not the metric
 *  (longer names stay metrics there: `F-score`, `MP-LPIPS`). */
const partOfName = (s: string, at: number) =>
  at > 1 && s.charCodeAt(at - 1) === 45 /* - */ && /[A-Za-z0-9]/.test(s[at - 2]) && /^[A-Z]{2,3}\b/.test(s.slice(at, at + 4));
/** After a metric's name: its own value (`정밀도(precision) 0.9026`, `WER: 2.1`, `PSNR과 SSIM은 약
 *  10%`). */
const OWN_VALUE = /^\s*(?:\([^()]*\))?\s*(?:(?:과|와|및)\s*[^\s\d]+?(?:은|는|이|가)(?=\s)|은|는|이|가|:|=)?\s*(?:약|about|~)?\s*\d/;

/** Numbers with a unit, or next to a metric name, in one sentence. */
const PER_SECOND_BEFORE = /(?:초당|1초에)\s*(?:최대|약|평균)?\s*(?:\d+(?:\.\d+)?\s*[~∼〜–-]\s*)?$/; // (`초당 4~7프레임`: a range's end too)
const PER_SECOND_AT = /\s*(?:(프레임|장(?![가-힣]))|(?:개의\s*)?토큰)/y;

function atoms(s: string): Atom[] {
  const out: Atom[] = [];
  // exec on the shared regex: matchAll clones it on every call
  NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBER.exec(s)) !== null; ) {
    const start = m.index!;
    let end = start + m[0].length;
    let value = parseNumber(m[2]);
    let sign = m[1];
    // the two characters before it
    const c1 = start >= 1 ? s.charCodeAt(start - 1) : -1,
      c2 = start >= 2 ? s.charCodeAt(start - 2) : -1;
    // part of a name or a version: GPT-3.5, Qwen2.5, FID-30K, V1.5, @5, 3D
    if (isLetter(c1) || c1 === 95 /* _ */) continue;
    // (`ANI-1x`, `F-1 점수`, `ROUGE-1`: a number a hyphen joins to a Latin name is part of it, as if the
    // hyphen were not there)
    if (c1 === 45 /* - */ && isLetter(c2) && sign === '') continue;
    let from = start;
    if ((sign === '-' || sign === '−') && /[\d%]\s*$/.test(s.slice(Math.max(0, start - 2), start))) {
      sign = '';
      from = start + 1;
    } // 1.03-2.4배, 30%-10%: a range, not a sign
    const mult = matchAt(MULT_AT, s, end);
    if (mult) {
      value *= MULT[mult[1]];
      end += mult[0].length;
    }
    let { unit, len } = unitAt(s, end);
    // (`$42의 훈련 비용으로`, `약 $2.33 USD로`: dollars written before the number)
    // (not LaTeX: `PanGu-$π$-7B`)
    if (
      c1 === 36 /* $ */ &&
      sign === '' &&
      (c2 === -1 || isSpace(c2) || c2 === 40) /* ( */ &&
      !isLetter(s.charCodeAt(end)) &&
      (unit === null || unit === 'USD')
    ) {
      unit = 'USD';
      from = start - 1;
    }
    // `초당 30 프레임`, `초당 21.5 토큰`: a rate written with its time first
    if (unit === null && PER_SECOND_BEFORE.test(s.slice(Math.max(0, start - 14), start))) {
      const r = matchAt(PER_SECOND_AT, s, end);
      if (r) ({ unit, len } = { unit: r[1] ? 'fps' : 'tokens/s', len: r[0].length });
    }
    if (unit === null && isLetter(s.charCodeAt(end))) continue; // 7B, 1080p, 4K
    if (unit === null && (mult || matchAt(COUNT_AT, s, end))) continue;
    if (unit === null && matchAt(SIZE_AT, s, end)) continue;
    if (unit === null && (isTimes(c1) || (isTimes(c2) && isSpace(c1)))) continue; // 256 x 256
    if (unit === 'x' && matchAt(DIGIT_AT, s, end + len)) continue;
    const atom: Atom = {
      start: from,
      end: end + len,
      value: sign === '-' || sign === '−' ? -value : value,
      low: null,
      unit,
      signed: sign !== '' && sign !== '±',
      decimal: m[2].includes('.'),
      role: 'result',
      baseline: null,
      metric: null,
      anchored: false,
    };
    out.push(atom);
  }
  return out;
}

interface Found {
  atom: Atom;
  kind: Kind;
  /** said to be an absolute change (`8.1%의 절대 정확도 상승`): in points */
  absolute?: boolean;
}

/** What follows a number within its own clause: up to a verb saying the number was recorded or
 *  obtained (`39.33%의 정확도를 기록하며 성능이 크게 개선`: the improvement is another statement; `27.3%를
 *  완료하여 … 높은`), or a
 *  clause that ends (`25% 이하일 수 있음을 보여주며, 개선된 …`) — not at a bare comma: `영어에서
 *  6%, 중국어에서 20%의 향상` is one list. */
const CLAUSE_END = /기록|달성|획득|record|achiev|obtain|(?:을|를)\s*(?:완료|해결|차지|유지)|(?:며|고)\s*,|(?:지만|으나)\s/i;
function ownClause(after: string): string {
  const m = CLAUSE_END.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** Between two items of a list: `, `, `와`, … (after the item's metric or 점: `0.81 PSNR 및 `), and
 *  the next one's name (`, EgoSchema에서 `, `, 프롬프트 정렬을 `, `, LLaVA-OneVision 대비 `). */
// (`Exact Match(EM) 기준 15.81%, LLM-as-a-judge(LJ) 기준 17.56%의 평균 향상`: items named by their measure)
const LIST_GAP =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:[A-Za-z][\w@-]*\s*){1,2}|점|이상|이하|가량|정도)?(?:,|와|과|및|and)\s*(?:[^,]{0,40}?(?:에서는|에서도|에서|에선|은|는|이|가|을|를|의|대비|보다|기준|:))?\s*(?:(?:상대적으로|평균적으로|평균|최대|약|각각)\s*)?$/;

/** After a value: it was surpassed (`를 능가`, `)를 크게 상회`). */
const SURPASSED =
  /^\s*(\))?\s*(?:을|를)\s*(?:(?:크게|훨씬|모두|약간|소폭|다소|대폭|큰 차이로)\s*)*(?:능가|상회|앞서|앞지르|뛰어넘|넘어서|outperform|surpass)/;

/** Between two compared values: `, `, `와`, …, or `), NAME(` when each follows its name. */
const COMPARED_LIST = /^\s*\)?\s*(?:,|와|과|및|and)\s*(?:[^()]{0,40}\(\s*(?:[A-Za-z][\w-]*\s*[=:]\s*)?)?$/;

/** Between a value and the next: A was what followed (`였던 …`, `였으나, …`), or A was the … it went from
 *  (`의 초기 성능에서`) or that was taken (`의 초기 정확도를`) to the next. */
const STATE_BEFORE = /^\s*(?:였던|이었던|이던|였으나|이었으나|였지만|이었지만),?\s[^\d.]{0,40}$|^\s*의\s[^\d,.]{1,20}(?:에서|을|를)\s*$/;

/** Right after a value: by how much it did better (`20% 뛰어난`, `11.5% 더 뛰어난`, `20% 이상 뛰어넘는`);
 *  further on, 뛰어난 praises a score (`70.4%로 뛰어난 성과`). */
const BETTER_AFTER = /^\s*(?:이상의?|정도|가량)?\s*(?:더\s*)?뛰어\s?(?:난|나|넘)/;

/** After a percentage: the level it rose or fell to (`49%로 감소`, `33.33%의 성공률로 개선`). */
// (`최대 58.6%에 도달`: a level reached is a score too)
/** `o1-preview의 44.6%를 초과했습니다`: the value surpassed is someone's score, not a gain */
// (`StarCoder2-3B(각각 27.4 점수)를 뛰어넘었습니다`: the surpassed one's own value in brackets)
const SURPASSED_AFTER =
  /^\s*(?:점수|점)?\s*\)?\s*(?:를|을)\s*(?:크게\s*|훨씬\s*|모두\s*)?(?:초과|능가|넘어|넘었|넘는|앞서|앞지|상회|뛰어넘)/;
// (`53.20% 보상을 67.42%로 높였으며`, `99.8% 유지하면서`;
// not `N%까지 향상`, as often a rise of up to N as the level reached)
/** `80% 이상으로 높아지는`: a level past a bound (not `기존 방법들에 비해 50% 이상으로 감소`: a change) */
const LEVEL_BOUND = /^\s*(?:이상|이하)\s*(?:으로|로)\s*(?:[^\s\d,]+\s+)?(?:감소|줄|떨어|낮아|하락|향상|개선|증가|상승|높아|높였|높이|늘)/;
/** `65.0%로 모든 경쟁 추적기를 능가`, `43.7%의 매크로 평균 정확도로 … 앞질러`: the level it surpassed them at (not `13.1%의
 *  개선으로 … 능가`, `10% 차이로`, `+3.81%로`: changes) */
const LEVEL_SURPASSED =
  /^\s*(?:의\s*(?:(?![^\s\d,]*(?:차이|격차|개선|향상|증가|상승))[^\s\d,]+\s+){0,3}?(?![^\s\d,]*(?:차이|격차|개선|향상|증가|상승))[^\s\d,]*?)?(?:으로|로)\s*(?:[^\s\d,]+\s+){0,3}?(?:[^\s\d,]+(?:을|를)\s*)?(?:크게\s*|모두\s*)?(?:능가|앞서|앞질|상회|뛰어넘)/;
const LEVEL_REACHED =
  /^\s*(?:의\s*[^\s\d,]{1,12}\s*|\s+[A-Za-z][\w@.-]*\s*)?(?:으로|로)\s*(?:[^\s\d,]+\s+)?(?:감소|줄|떨어|낮아|하락|향상|개선|증가|상승|높아|높였|높이|끌어올|늘|급락|급증)|^\s*(?:를|을)?\s*유지|^\s*(?:에|까지)\s*(?:도달|이르)|^\s*에\s*(?:가까운|근접한|달하는|이르는)|^\s*(?:의\s*[^\s\d,]{1,12}\s*)?(?:으로|로)\s*(?:우수한|뛰어난|좋은|높은)\s*(?:결과|성능|성과|정확도)/; // (`61.0% AUC로 대폭 개선된`: a metric's name may follow without 의; `상대적으로 향상` is no level)

/** Before a bare decimal: the named benchmark it is on (`LIBERO-90에서 `). */
// (`MT-bench에서 8.7과 8.9 달성`: the second of two listed there too; `최고 평균 점수인 0.611을 기록`: a score named before it)
const PLACED_BEFORE =
  /(?:(?<![\w.\-])[A-Z][\w.\-]*(?: [A-Z0-9][\w.\-]*)?\s*(?:벤치마크|데이터셋)?에서(?:는|도)?\s*(?:평균\s*|약\s*)?(?:\d+\.\d+\s*(?:과|와|및|,)\s*)?|(?:점수|score)(?:인|는|은|가|이)\s*(?:약\s*)?)$/;
/** After it: it is what was recorded there (`4.01을, … 달성`, `0.95의 성과를 달성`). */
const RECORDED_AFTER =
  /^\s*(?:을|를|의\s*(?:성과|성능|점수|결과)(?:을|를)|(?:과|와|및)\s*\d+\.\d+\s*(?:을|를)?|\s(?=달성|기록))(?:[^.]|\.(?=\d)){0,50}?(?:달성|기록)/;
/** After a bare number: points of a rise (`4점 상승`, `+0.7 향상`, `0.026 LPIPS 개선`, `5.75 점 더
 *  높은`). */
const ANCHORED_GAIN =
  /^\s*(?:점|points?)?\s*(?:[A-Za-z][\w@-]*\s*){0,2}(?:의\s*)?(?:(?:평균적인|평균|추가적인|추가)\s*)?(?:(?:정확도|정확성|성능|점수)\s*)?(?:상승|향상|개선|증가|감소|하락|더\s*(?:높|나은|좋|낮)|improvement|gain|increase|decrease|higher|lower|better)|^\s*(?:점|points?)?\s*(?:높|낮)은\s*(?:점수|수치|값)|^\s*(?:[A-Za-z][\w@-]*|정확도|정확성)\s*포인트/i; // (`2.65 PSNR의 평균적인 향상`, `평균 4.4 낮은 점수`, `5.5의 정확도 향상`, `6.22 정확도 포인트`: changes too; `91.3의 높은 점수` is a level)

/** Right after a bare number: it is points (`1.6점`, `2.27 points`). */
const POINTS_AT = /^\s*(?:점|points?\b|포인트)/;
/** …but a level, not a rise: reached (`70점 이상으로 상승`), surpassed (`34.81점을 초과`), or the
 *  old one (`기존 47점이`). */
const POINTS_LEVEL =
  /^\s*(?:점수|점|points?|포인트)\s*\)?\s*(?:이상|이하)?\s*(?:으로|로|을\s*(?:\S+\s+)?(?:초과|능가|상회|넘|뛰어넘)|를\s*(?:\S+\s+)?(?:초과|능가|상회|넘|뛰어넘))/;
const POINTS_DIFF = /^\s*포인트/; // (English `8.5 points` is as often a level)
const OLD_BEFORE = /(?:기존|이전|원래|초기)(?:의)?\s*$/;
/** Points whose own clause says they rose (`1.6점의 성능 향상`, `30.1점의 두드러진 상승`). */
function pointsGained(s: string, a: Atom, after: string): boolean {
  return (
    POINTS_AT.test(after) &&
    !POINTS_LEVEL.test(after) &&
    !OLD_BEFORE.test(s.slice(Math.max(0, a.start - 8), a.start)) &&
    // (`FID 점수에서 최대 1점 감소`: points lost are a change too; `각각 12.4점과 평균 56.4에서 58.1로
    // 향상`: the decimals of the values after are no sentence end)
    (GAIN_CUE.test(ownClause(after).replace(/(\d)\.(?=\d)/g, '$1')) || REDUCE_CUE.test(ownClause(after)) || DROP_CUE.test(ownClause(after)))
  );
}

/** `QuaRot에 비해 0.98 perplexity 및 5.98 포인트의 정확도 향상`: a value right after what it is compared
 *  with, in a clause that says it rose, is the rise */
const COMPARED_BEFORE = /(?:에 비해|대비|보다)\s*(?:약|최대|평균)?\s*$/;
const HIGHER_BY = /^\s*(?:[A-Za-z][\w@-]*\s*)?(?:더\s*)?(?:높은|낮은|앞선|뛰어난)\s*(?:성능|점수|수치|결과|정확도)/;
/** The text of a value's clause before it (back to a clause end: `…했으며, `, `;`). */
const clauseBefore = (s: string, at: number) =>
  s
    .slice(0, at)
    .split(/(?:며|고|나|지만|는데),\s|[;.]\s/)
    .pop()!;
const comparedGain = (s: string, a: Atom, after: string) =>
  COMPARED_BEFORE.test(s.slice(Math.max(0, a.start - 12), a.start)) &&
  /향상|개선|증가|상승|감소|줄|improv|gain|reduc/i.test(ownClause(after).slice(0, 45));

function classify(v: Vocab, s: string, list: Atom[]): Found[] {
  // ranges: 3~5배, 1.03-2.4배, 30-50%
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i],
      b = list[i + 1];
    const gap = s.slice(a.end, b.start);
    if (
      b.unit &&
      (a.unit === null || a.unit === b.unit) &&
      /^\s*(?:~|∼|〜|–|-|to)\s*$/.test(gap) &&
      !/^(?:19|20)\d\d$/.test(String(a.value))
    ) {
      b.low = Math.abs(a.value);
      b.from = a.start;
      // `1.5%~0.1%`: written from the high end
      if (b.low > b.value) [b.low, b.value] = [b.value, b.low];
      b.signed = false;
      a.role = 'drop';
      // `상위 30%-10%`: a rank band, not a result
      if (/(?:상위|하위|top|bottom)[\s-]*$/i.test(s.slice(Math.max(0, a.start - 6), a.start))) b.role = 'drop';
    }
  }
  // comparisons: A에서 B로 / from A to B, A 대비, A보다
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.role !== 'result' || (a.unit === null && !a.decimal)) continue;
    const after = s.slice(a.end, a.end + 40);
    const next = list[i + 1];
    // `11.21%였던 기존 시스템의 성능을 23.85%로`, `79%의 초기 추론 성능에서 83%까지`: the state
    // the next value rose (or fell) from
    if (next && next.unit === a.unit && STATE_BEFORE.test(s.slice(a.end, next.start)) && /^\s*(?:까지|으로|로)/.test(s.slice(next.end))) {
      next.baseline = a.value;
      a.role = 'baseline';
      continue;
    }
    if (next && next.unit === a.unit && /^\s*(?:에서|→|->)\s*(?:최대|최고|약)?\s*$/.test(s.slice(a.end, next.start))) {
      const tail = s.slice(next.end);
      if (/^\s*까지/.test(tail)) {
        next.low = a.value;
        a.role = 'drop';
        continue;
      } // 25.6%p에서 54.6%p까지: a range
      // (`각각 58.8%에서 66.0%, 22.5%에서 28.2%로`: a list of them, only the last with its 로)
      if (
        /^\s*(?:이하|이상|미만|초과)?\s*(?:으로|로|\))/.test(tail) ||
        /→|->/.test(s.slice(a.end, next.start)) ||
        /^\s*,.{0,30}?에서\s*[\d.]+\s*%?\s*(?:으로|로)/.test(tail)
      ) {
        next.baseline = a.value;
        a.role = 'baseline';
        continue;
      }
      // `10배에서 50배 더 빠른`, `3.94배에서 25.4배 향상된`: a multiplier that went nowhere is a
      // range; so is any value followed by what it qualifies (`83.9%에서 100%의 정확도`,
      // `16.8%에서 26.9%의 성능 저하`, `1%에서 2%에 이를`, `16.1%에서 51.6% 높은`)
      if (
        /에서/.test(s.slice(a.end, next.start)) &&
        (a.unit === 'x' || /^\s*(?:의|에\s|에 이|사이|정도|가량|수준|더|높|낮|향상|개선|증가|상승|감소)/.test(tail))
      ) {
        next.low = a.value;
        a.role = 'drop';
        continue;
      }
    }
    // `77.53%의 … 성과를 보여 Llama3.1-70B-Instruct의 53.44%를 능가`: what was surpassed
    // (`GPT-4o(50.2%)를 능가`: a value in brackets after its name; not `(… 비교해 79.22%)을`,
    // where the brackets hold more than the value)
    const surpassed = SURPASSED.exec(after);
    if (
      (surpassed && (!surpassed[1] || /\(\s*(?:[A-Za-z][\w-]*\s*[=:]\s*)?$/.test(s.slice(0, a.start)))) ||
      /^\s*\)?\s*(?:대비|보다|에 비해|와 비교|과 비교|compared)/.test(after)
    ) {
      // `25.41%와 22.95%를 크게 상회`, `GPT-4o(37.5%)와 Claude 3.5 Sonnet(29.17%)를 능가`: a list
      // of them, each the baseline of a result before; or all compared with one result, whose
      // baseline is the closest of them (the strongest competitor, whichever way is better)
      const group = [a];
      for (let j = i - 1; j >= 0; j--) {
        const x = list[j];
        if (x.unit !== a.unit) continue; // a number in a name between them (`Claude 3.5 Sonnet`)
        if (x.role !== 'result' || !COMPARED_LIST.test(s.slice(x.end, group[0].start))) break;
        group.unshift(x);
      }
      const before = list.filter((x) => x.start < group[0].start && x.unit === a.unit && x.role === 'result');
      if (group.length > 1 && before.length >= group.length) {
        group.forEach((g, k) => {
          const t = before[before.length - group.length + k];
          if (t.baseline === null) t.baseline = g.value;
          g.role = 'baseline';
        });
        continue;
      }
      // the result it is compared with: the nearest other result with the same unit
      const cands = list.filter((x) => !group.includes(x) && x.unit === a.unit && x.role === 'result');
      const target = cands.filter((x) => x.start < a.start).pop() ?? cands.find((x) => x.start > a.start);
      const closest = group.reduce((b, g) => (target && Math.abs(g.value - target.value) < Math.abs(b.value - target.value) ? g : b));
      if (target && target.baseline === null) target.baseline = closest.value;
      for (const g of group) g.role = 'baseline';
    }
  }
  const fromTo = /\bfrom\s+$/i;
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i],
      b = list[i + 1];
    if (
      a.role === 'result' &&
      a.unit === b.unit &&
      fromTo.test(s.slice(Math.max(0, a.start - 6), a.start)) &&
      /^\s*to\s*$/.test(s.slice(a.end, b.start))
    ) {
      b.baseline = a.value;
      a.role = 'baseline';
    }
  }

  const found: Found[] = [];
  for (const a of list) {
    if (a.role !== 'result') continue;
    const after = s.slice(a.end, a.end + 40);
    // (a bare number keeps the metric near it only as a signed gain: looked up there)
    a.metric = a.unit === null ? null : metricNear(v, s, a.start, a.end);
    if (a.unit === null) {
      // a bare number is a result only beside a metric name, or as a signed gain (+30 … 개선)
      if (CONDITION_AFTER.test(after) || RATING_SCALE_AFTER.test(after)) continue;
      const near = anchoredMetric(v, s, a);
      // (`CLIP 점수에서 +0.68 … 능가`: written with a plus, it is a gain in that metric)
      // (`BLEU 점수가 약 4점 상승`: a gain in it, said in its own clause)
      // (`1.6점의 성능 향상`, `30.1점의 두드러진 상승`: points are a rise when their clause says so)
      if (near) {
        a.metric = near;
        a.anchored = true;
        // (`각각 5.6 및 22.7 포인트로`: the list's words after its last value are each one's)
        const tail = s.slice(a.end + (BARE_LIST_TAIL.exec(after)?.[0].length ?? 0));
        const gainAfter = tail.slice(0, 40);
        found.push({
          atom: a,
          kind:
            (a.signed && a.value > 0) ||
            ANCHORED_GAIN.test(ownClause(gainAfter)) ||
            pointsGained(s, a, after) ||
            comparedGain(s, a, after) ||
            // (`이전 … 모델보다 … 3.3 mIoU 높은 성능`: higher than another by it, not a high level)
            (HIGHER_BY.test(gainAfter) && /보다\s/.test(clauseBefore(s, a.start))) ||
            // (points, unlike 점, are a difference: `17.3포인트, … 11.6포인트의 성능 향상`, `최대 40.9포인트 이상의 정확도를 보여, … 뛰어난`)
            (POINTS_DIFF.test(gainAfter) && !POINTS_LEVEL.test(gainAfter))
              ? 'gain'
              : 'score',
        });
        continue;
      }
      if (a.signed && a.value > 0 && GAIN_CUE.test(s.slice(a.end, a.end + 40).replace(/^(?:\s*,\s*\+?\d+(?:\.\d+)?)+/, ''))) {
        a.metric = metricNear(v, s, a.start, a.end);
        found.push({ atom: a, kind: 'gain' });
        continue;
      }
      continue;
    }
    if (a.unit === 's' || a.unit === 'ms' || a.unit === 'min' || a.unit === 'h') {
      // (`제한 시간 15분 내에`: a time limit is a setting of the test)
      if (/(?:제한\s*시간|시간\s*제한|time limit)\s*(?:은|는|이|가|of)?\s*(?:약)?\s*$/i.test(s.slice(Math.max(0, a.start - 12), a.start)))
        continue;
      // (a list of times shares the words after its last: `PAR-4x 설정에서는 3.46초, PAR-16x 설정에서는 1.31초의 이미지 생성 시간`)
      const listed = TIME_LIST_AFTER.exec(s.slice(a.end, a.end + 60))?.[0].length ?? 0;
      const around = s.slice(Math.max(0, a.start - 30), a.end + listed + 30);
      // `4초 길이`, `1분 비디오`, `4분 45초 길이의 전체 곡`: how long a video is, not how fast it was made
      if (
        !TIME_CUE.test(around) ||
        /^\s*(?:\d+(?:\.\d+)?\s*초\s*)?(?:의\s*)?(?:길이|분량|짜리|비디오|영상|동영상|videos?|clips?|long)/.test(after)
      )
        continue;
      // (`24시간 동안`, `1,000시간의 음성 데이터`: a duration of training or of data, not a result)
      if (
        a.unit === 'h' &&
        (!HOURS_CUE.test(around) ||
          /^\s*(?:동안|이상의|분량)/.test(after) ||
          DATA_SIZE_AFTER.test(after) ||
          /^\s*의\s*(?:음성|오디오|비디오|영상|녹음)/.test(after))
      )
        continue;
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    // money is a cost when the text says so (`1달러 미만의 비용으로`), else an amount a system earned or a level
    if (a.unit === 'USD') {
      found.push({
        atom: a,
        kind: /비용|cost|가격|price|예산|budget/i.test(s.slice(Math.max(0, a.start - 40), a.end + 20)) ? 'efficiency' : 'score',
      });
      continue;
    }
    if (a.unit === 'tokens/s' || a.unit === 'TOPS') {
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    // `메모리 사용량을 2.3GB로`, `21 GB 메모리로 처리`, `프레임 당 2MB 미만의 저장 공간`: memory a method needs;
    // not the hardware it ran on (`24GB 메모리 GPU`, `A100 80GB`, `16GB 메모리를 가진`; but `2.3GB의 GPU 메모리 사용량을
    // 절감` is memory used) or a data size (`100GB 규모의 데이터`)
    if (a.unit === 'GB' || a.unit === 'MB' || a.unit === 'TB') {
      const near = s.slice(Math.max(0, a.start - 20), a.end + 20);
      if (!MEMORY_CUE.test(near) || HARDWARE_AFTER.test(after) || DATA_SIZE_AFTER.test(after)) continue;
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    if (a.unit === 'fps') {
      // (`30FPS에서 4초 길이`, `1fps로 훈련된 모델`: the frame rate a video is made or trained at)
      if (/^\s*(?:의)?\s*(?:비디오|영상|동영상|videos?)|^\s*(?:에서|로|으로)\s*(?:\d+\s*초|훈련|학습|샘플링|촬영|녹화)/.test(after))
        continue;
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    if (/(?:상위|하위|top|bottom)[\s-]*$/i.test(s.slice(Math.max(0, a.start - 6), a.start))) continue;
    if (SIZE_AFTER.test(after) || COMPOSITION_AFTER.test(after) || CONDITION_AFTER.test(after) || SCALE_AFTER.test(after)) continue;
    if (a.unit === '%' && SPLIT_SHARE_AFTER.test(after)) continue;
    if (POPULATION_AFTER.test(after)) continue;
    // (`101개 언어, 그 중 50%가 자원이 적은 언어`: a share of a set the text counts is what it is made of)
    if (
      a.unit === '%' &&
      /\d[\d,]*\s*(?:개|명|건|종|가지)[^.]{0,24}?(?:그|이)\s?중\s*(?:약\s*)?$/.test(s.slice(Math.max(0, a.start - 40), a.start))
    )
      continue;
    if (a.unit === 'x') {
      const before = s.slice(Math.max(0, a.start - 16), a.start);
      if ((SIZE_BEFORE.test(before) && !REDUCE_CUE.test(after)) || (DATA_GROWN.test(before) && GROWN_AFTER.test(after))) continue;
      // (`매 7개월마다 지평선이 두 배로 증가`: how often something doubles is a rate of growth, not a result)
      if (/마다\s[^,.]{0,16}$/.test(before)) continue;
    }
    // a share of the data a method needs is its cost (`5%의 Tulu3 데이터를 사용한 모델은`, `사전 훈련 토큰의
    // 0.02%로`, `사용 가능한 데이터의 72%를 활용`): efficiency, not a score
    if (
      a.unit === '%' &&
      (DATA_USED_AFTER.test(after) ||
        RESOURCE_SHARE_AFTER.test(after) ||
        (DATA_OF_BEFORE.test(s.slice(Math.max(0, a.start - 24), a.start)) && USED_AFTER.test(after)))
    ) {
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    if (SETTING_BEFORE.test(s.slice(Math.max(0, a.start - 16), a.start)) && a.unit === '%' && !RATE_RESULT_AFTER.test(after)) continue;
    // (`2.9% (13.1% 상대 증가) 성능을 향상`: beside a relative change, the other is in points)
    if (a.unit === '%' && /^\s*\(\s*\d+(?:\.\d+)?\s*%\s*(?:의\s*)?(?:상대|relative)/.test(after)) a.unit = 'pp';
    // (`8.15%의 절대적인 평균 성능 향상`, `3-6%의 절대 정확도로 … 우수`: an absolute change is in points)
    const absolute = a.unit === '%' && /^\s*(?:p\s*)?(?:의\s*)?(?:절대(?:적인|적)?\s|absolute\s)/.test(after);
    if (absolute) a.unit = 'pp';
    if (a.unit === 'pp') {
      found.push({ atom: a, kind: 'gain', absolute });
      continue;
    }
    const clause = s.slice(Math.max(0, a.start - 40), a.end + 40);
    if (a.unit === 'x') {
      // (`작업 성능을 2.8배 증가`: a quality measure's rise, whatever speed or cost words are near)
      // (`두 배 이상의 높은 성공률과 1.8배 빠른 작업 속도`: a quality measure right after it too)
      // (`5배 적은 요소 평가 횟수로도`: fewer of what it needs is a saving; not `3배 적은 오류`)
      if (FEWER_AFTER.test(after)) {
        found.push({ atom: a, kind: 'efficiency' });
        continue;
      }
      // (`LPIPS 및 L2 지표에서 4배 이상의 개선`: a quality metric named where the multiple is read, the value its rise)
      const perf =
        ((PERFORMANCE_BEFORE.test(s.slice(Math.max(0, a.start - 20), a.start)) || qualityAt(v, s, a.start)) &&
          !EFFICIENCY_AFTER.test(after)) ||
        PERFORMANCE_AFTER.test(after);
      found.push({ atom: a, kind: EFFICIENCY_CUE.test(clause) && !perf ? 'efficiency' : 'gain' });
      continue;
    }
    // percent: `28% 더 빠른`, `40% 메모리 절감` qualify speed or cost; so does a reduction near them
    if (PERFORMANCE_CHANGE_AFTER.test(after) || PERFORMANCE_CHANGE_BEFORE.test(s.slice(Math.max(0, a.start - 50), a.start))) {
      found.push({ atom: a, kind: 'gain' });
      continue;
    }
    if (EFFICIENCY_AFTER.test(after)) {
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    if (
      EFFICIENCY_CUE.test(s.slice(Math.max(0, a.start - 25), a.end + 25)) &&
      !PERFORMANCE_BEFORE.test(s.slice(Math.max(0, a.start - 20), a.start)) &&
      (REDUCE_CUE.test(after) ||
        /만|only|just|단지|불과/.test(after.slice(0, 8)) ||
        /단지|only|just/.test(s.slice(Math.max(0, a.start - 10), a.start)))
    ) {
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    // a value reached (`36.3%에서 47.2%로 향상`, `49%로 감소`) is a score: a delta is the change
    // (`4.83%(멀티모달 벤치마크), … 성능이 향상`: a bracket right after the value names what it is of)
    // (and a gloss in brackets says nothing of it: `3.6%의 상대적인 WER (Word Error Rate, 단어 오류율) 개선`)
    const own = ownClause(after.replace(/^\s*\([^()]{0,40}\)/, '').replace(/\s*\([^()\d]{1,60}\)/g, ''));
    // (`96.3%의 인간 참가자를 능가`, `59%의 사례에서 … 능가`, `Apache 93% … 개발자에게 성능 향상`: a share of
    // people or cases is a level, whatever they did)
    const reached =
      a.baseline !== null ||
      (SURPASSED_AFTER.test(after) && !a.signed) ||
      (a.unit === '%' &&
        (LEVEL_REACHED.test(after) ||
          (LEVEL_BOUND.test(after) && !COMPARED_BEFORE.test(s.slice(Math.max(0, a.start - 12), a.start))) ||
          (LEVEL_SURPASSED.test(after) && !a.signed) ||
          SHARE_OF.test(after) ||
          LEVEL_WITH.test(after) ||
          SHARE_OF_BEFORE.test(s.slice(Math.max(0, a.start - 12), a.start))));
    // `속도(Speed)는 약 30% 증가`: a speed that rises is efficiency
    const at = a.from ?? a.start; // (`추론 속도를 326% - 414% 향상`)
    if (SPEED_BEFORE.test(s.slice(Math.max(0, at - 24), at)) && (GAIN_CUE.test(own) || REDUCE_CUE.test(own))) {
      found.push({ atom: a, kind: 'efficiency' });
      continue;
    }
    found.push({
      atom: a,
      kind:
        !reached &&
        ((a.signed && a.value > 0) ||
          GAIN_CUE.test(own) ||
          REDUCE_CUE.test(own) ||
          DROP_CUE.test(own) ||
          BETTER_AFTER.test(after) ||
          GAP_BEFORE.test(s.slice(Math.max(0, a.start - 12), a.start)) ||
          GAP_AFTER.test(after))
          ? 'gain'
          : 'score',
    });
  }
  // `각각 5.8%, 9.9%, 18.6% 향상`, `NExT-QA에서 6.6%, EgoSchema에서 26.0%의 향상`: a list shares
  // the kind of its last value (an item may name what it is for)
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i],
      b = found[i + 1];
    // (`그래픽에서 11.5%, …, TextCraft에서 8.1%의 절대 정확도 상승`: points, when the last is said to be absolute)
    const points = a.atom.unit === '%' && b.atom.unit === 'pp' && b.absolute === true;
    if (
      (a.atom.unit === b.atom.unit || points) &&
      LIST_GAP.test(s.slice(a.atom.end, b.atom.start)) &&
      a.kind === 'score' &&
      a.atom.baseline === null
    ) {
      a.kind = b.kind;
      if (points) {
        a.atom.unit = 'pp';
        a.absolute = true;
      }
    }
  }
  // a rise from 50.0% to 60.2% written as "10.2% 증가" is 10.2 percentage points
  for (const f of found) {
    if (f.atom.unit !== '%' || f.atom.baseline !== null) continue;
    const isPp = found.some(
      (g) =>
        g !== f &&
        g.atom.baseline !== null &&
        g.atom.unit === '%' &&
        // (both ends rounded to a tenth: `56.8%에서 74.1%로 17.4% 이상 향상`)
        Math.abs(Math.abs(g.atom.value - g.atom.baseline) - Math.abs(f.atom.value)) < 0.101,
    );
    if (isPp) {
      f.atom.unit = 'pp';
      f.kind = 'gain';
    }
  }
  // metric continuation: "ROC-AUC 0.73을 기록했으나, 수학에서는 0.55로" — a bare decimal in a
  // sentence that already reports that metric as a bare number
  const anchored = found.find((f) => f.atom.anchored);
  if (anchored) {
    for (const a of list) {
      if (
        a.role === 'result' &&
        a.unit === null &&
        a.decimal &&
        !a.anchored &&
        !found.some((f) => f.atom === a) &&
        /^\s*(?:으로|로|을|를|이|가|에|의|점)/.test(s.slice(a.end))
      ) {
        // (`FVD 49.77, CLIPSIM 32.32, CamMC 4.07`: a name right before the number is its own measure,
        // known or not; `0.69의 전체 점수`: so is a score named after it — a result still, of no known metric)
        const ownName =
          /[A-Za-z][\w@.\-]*\s*[:=]?\s*$/.test(s.slice(Math.max(0, a.start - 24), a.start)) ||
          /^\s*의\s*(?:[가-힣]+\s*)?(?:점수|score)/.test(s.slice(a.end, a.end + 20));
        a.metric = ownName ? null : anchored.atom.metric;
        found.push({ atom: a, kind: 'score' });
      }
    }
  }
  // a decimal placed on a named benchmark and recorded (`CALVIN ABC에서 4.01을, LIBERO-90에서 0.95의 성과를
  // 달성`), or an unnamed rise said of it (`총 76.33의 향상`): a result with its metric unnamed
  let more = false;
  for (const a of list) {
    if (a.role !== 'result' || a.unit !== null || !a.decimal || found.some((f) => f.atom === a)) continue;
    const after = s.slice(a.end, a.end + 60);
    if (PLACED_BEFORE.test(s.slice(Math.max(0, a.start - 40), a.start)) && RECORDED_AFTER.test(after))
      found.push({ atom: a, kind: 'score' });
    else if (/^\s*의\s*(?:향상|개선|상승)/.test(after) && /(?:총|평균)\s*$/.test(s.slice(Math.max(0, a.start - 4), a.start)))
      found.push({ atom: a, kind: 'gain' });
    else continue;
    more = true;
  }
  if (anchored || more) found.sort((x, y) => x.atom.start - y.atom.start);
  return found;
}

// METRIC (점수)? N : "ROC-AUC 0.73", "PESQ) 점수 4.454", "F1 점수에서는 0.477", "BLEU 점수는 최대 22.01" — and N의 (높은)?
// METRIC : "8.14의 FID 점수", "64 DS"
const anchorBefore = (terms: string, flags: string) =>
  new RegExp(
    `(?:${terms})\\)?\\s*(?:점수|스코어|score|값|value)?\\s*(?:는|은|이|가|에서는|에서도|에서|으로|로|of|:|=|was|is)?\\s*(?:약|거의|about|nearly|~|최대|최고|up to)?\\s*$`,
    flags,
  );
// (not `0.5와 0.7의 Recall에서`: thresholds the metric is taken at)
const anchorAfter = (terms: string, flags: string) =>
  new RegExp(
    `^\\s*(?:의|을|를|이라는|라는|에\\s*가까운|에\\s*달하는)?\\s*(?:높은|낮은|최고|평균|average|high|low)?\\s*(?:${terms})(?!\\s*에서)`,
    flags,
  );
// (the anchors are the vocabulary's terms with anchor=1, compiled in vocabOf)

const BARE_LIST_TAIL = /^(?:\s*(?:와|과|및|,|and)\s*\d+(?:\.\d+)?(?![\d.%]|\s*(?:배|점|x\b|%)))+/;
const RATE_BEFORE = /(?<![가-힣])([가-힣]{1,6}(?:율|률))\s*(?:\(\s*)?(?:은|는|이|가|에서|에서는|로|으로)?\s*(?:약|거의|평균|최대)?\s*$/;
const SET_RATE = /^(?:비율|확률|학습률|드롭아웃률|샘플링률|마스킹률|압축률|점유율|이용률|사용률)$/;
function anchoredMetric(v: Vocab, s: string, a: Atom): string | null {
  // (`F1 점수가 8.0에서 9.9로 증가`, `FVD 점수가 928.6에서 735.3으로`: the level risen to is anchored where the one
  // it rose from is)
  const from = FROM_BARE.exec(s.slice(Math.max(0, a.start - 20), a.start));
  const start = from ? a.start - from[0].length : a.start;
  const raw = s.slice(Math.max(0, start - 45), start);
  // (`perplexity를 35.6에서 19.6으로`, `FID를 2.1로 낮춰`: the metric as the object, brought to a level)
  const before = from || /^\s*(?:으로|로)\s/.test(s.slice(a.end, a.end + 4)) ? raw.replace(/(?<=[\w)])\s?(?:을|를)\s*$/, ' ') : raw;
  if (/@\w*=\s*$/.test(before)) return null; // `Recall@K=10`: the cut-off, not a result
  // (`55.89 및 95.8의 정확도`, `64.9와 32.4의 정확도`: bare numbers listed before the one the name follows)
  const listed = BARE_LIST_TAIL.exec(s.slice(a.end, a.end + 60))?.[0].length ?? 0;
  const after = s.slice(a.end + listed, a.end + listed + 35);
  if (v.anyBefore.test(before) || v.anyAfter.test(after)) {
    for (const { name, before: b, after: f } of v.anchors) {
      if (b.test(before)) return name === 'score' && /점수\s*$/.test(before) ? (metricNear(v, s, a.start, a.end) ?? 'score') : name;
      if (f.test(after)) return name;
    }
  }
  // (`침묵율(약 0.9)`, `응답율과 침묵율에서 0.7에서 0.8 사이`: a rate named in Korean, which the vocabulary may lack, is a
  // measure; not a rate that is set, `학습률 0.001`, `확률 0.5`)
  const rate = RATE_BEFORE.exec(before);
  if (rate && !SET_RATE.test(rate[1]) && !/^\/\d/.test(s.slice(a.end, a.end + 2))) return rate[1]; // (not `3/1000`)
  // (`∆E2000 측정에서 DeepWB 대비 2.28 정도의 개선`: a change of the metric named in its clause)
  if (/^\s*(?:정도|가량)?\s*의\s*(?:개선|향상|감소|증가)/.test(after)) {
    const near = metricNear(v, s, a.start, a.end);
    if (near && near !== 'score') return near;
  }
  // (`Inception Score에서 평균 59점 향상`, `FID 점수에서 최대 1점 감소`: points of the metric named nearby)
  // (not a type size: `10포인트 글꼴`, nor a name listed as a place: `카드 게임인 24 포인트와, ALFWorld 내 …`)
  if (/^\s*(?:점(?![수])|포인트(?!\s*(?:글꼴|폰트|크기|font|(?:와|과)\s*,))|points?\b)/.test(after) && !/척도|만점/.test(after.slice(0, 8)))
    return metricNear(v, s, a.start, a.end) ?? 'score';
  return null;
}

// (`FVD 149 vs 171`: the value it is set against likewise; not a cut-off: `mAP@0.5에서 0.720`)
const FROM_BARE = /(?<![\w.@=])\d+(?:\.\d+)?\s*(?:에서|vs\.?|versus)\s*$/;

/** A word in brackets right after a name, where a result is read, is its subset: `MGSM(English) 데이터셋에서`,
 *  `MedQA (USMLE)에서`, `MME (perception)의` (group 1 the name, 2 the subset). */
const NAME_BRACKET =
  /(?<![\w.\-])([A-Za-z][\w.\-]*[A-Z0-9][\w.\-]*)(\s?)\(\s*([A-Za-z][A-Za-z0-9\- ]{1,24}?)\s*\)(?=\s*(?:데이터셋|벤치마크|테스트)?\s*(?:에서|의\s|에 대해|상에서))/g;
/** …but not a model's (`GPT4V(IG-VLM)`), a long form (`PER(Phoneme Error Rate)`), a word's end (`GPT-4V(ision)`),
 *  nor the English of a Korean name (`실시간 QA(RealTime QA)`) */
const bracketSplit = (s: string, m: RegExpExecArray, index: BenchmarkIndex) =>
  !isKnownModel(m[1], index) && !isAcronymOf(m[1], m[3]) && !(m[2] === '' && /^[a-z]/.test(m[3])) && !m[3].includes(m[1]);

function splitsIn(s: string, index: BenchmarkIndex): { start: number; split: string }[] {
  const out: { start: number; split: string }[] = [];
  for (const [re, split] of SPLITS) {
    re.lastIndex = 0; // exec on the shared regex: matchAll clones it on every call
    for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) out.push({ start: m.index, split: split || m[1] });
  }
  NAME_BRACKET.lastIndex = s.includes('(') ? 0 : s.length;
  for (let m: RegExpExecArray | null; (m = NAME_BRACKET.exec(s)) !== null; )
    if (bracketSplit(s, m, index)) out.push({ start: m.index + m[1].length, split: m[3] });
  return out.sort((a, b) => a.start - b.start);
}

/** (`(Video QA)과 오디오-비디오 질문 응답(AV QA)`: English glosses of a Korean list) */
const GLOSS_GAP = /^\s*\)|[가-힣\s-]*(?:[A-Za-z0-9-]{1,10})?\(\s*$/g;
const TASK_GAP = new RegExp(`^\\s*(?:[가-힣]+\\s+)?(?:${TASK_WORDS.join('|')})`);

/** Consecutive mentions joined only by list separators: `A, B, C` / `A와 B`. */
function lists<T extends { start: number; end?: number }>(s: string, items: T[], endOf: (t: T) => number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const it of items) {
    const prev = cur[cur.length - 1];
    // (`ImageNet 분류와 Kinetics-400 액션 인식에서`: the kind of task may stand after each name)
    if (
      prev &&
      /^\s*(?:,|와|과|및|and|&|\/|,\s*(?:and|및|그리고))?\s*$/.test(
        s
          .slice(endOf(prev), it.start)
          .replace(/(?:벤치마크|데이터셋|에서|에서는|셋)/g, '')
          .replace(TASK_GAP, '')
          .replace(GLOSS_GAP, ''),
      )
    )
      cur.push(it);
    else {
      if (cur.length) out.push(cur);
      cur = [it];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Where a list's clause begins: after a topic word (`START는 `), a colon or the sentence's start. */
const CLAUSE_HEAD = /(?:[가-힣A-Za-z0-9)](?:은|는)\s|:\s|[;]\s)/g;
/** The separators of a list's items, outside brackets (`와`/`과` only after a name: `GSM8K와 MATH`). */
const ITEM_SEP = /,\s*(?:그리고|and|및)?\s*|\s(?:및|그리고|and)\s|(?<=[A-Za-z0-9)])(?:와|과)\s/g;

/**
 * The items of the list a 각각 pairs its values with, each its benchmark or none: the clause before
 * `end` cut at its separators outside brackets; an item is its one name, the names in its brackets,
 * or none (`PhD급 과학 QA, 경쟁수준의 수학 벤치마크(AMC23, AIME24, AIME25), 그리고 경쟁수준 코드
 * 벤치마크(LiveCodeBench)에서 각각 63.6%, 95.0%, 66.7%, 47.1% 및 47.3%`: five items, the first unnamed).
 * Null when an item holds two names outside brackets or fewer than two items are named.
 */
function listItems(s: string, mentions: Mention[], end: number): (Mention | null)[] | null {
  let from = 0;
  for (const m of s.slice(0, end).matchAll(CLAUSE_HEAD)) if (!inBrackets(s, m.index)) from = m.index + m[0].length;
  const cuts = [from];
  for (const m of s.slice(from, end).matchAll(ITEM_SEP)) {
    const at = from + m.index;
    if (!inBrackets(s, at)) cuts.push(at, at + m[0].length);
  }
  cuts.push(end);
  const items: (Mention | null)[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const inside = mentions.filter((m) => m.start >= a && m.end <= b);
    const outer = inside.filter((m) => !inBrackets(s, m.start, a));
    if (outer.length > 1 || (outer.length === 1 && inside.length > 1)) return null;
    if (inside.length === 0) items.push(null);
    else items.push(...inside);
  }
  const named = items.filter(Boolean) as Mention[];
  return named.length >= 2 && new Set(named.map((m) => m.raw)).size === named.length ? items : null;
}

/** Whether `at` is inside brackets opened after `from`. */
function inBrackets(s: string, at: number, from = 0): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) depth += s[i] === '(' ? 1 : s[i] === ')' ? (depth ? -1 : 0) : 0;
  return depth > 0;
}

/** What a later sentence refers back to: the last benchmark named, or the head of the last list. */
function lastListHead(s: string, mentions: Mention[]): Mention {
  const ls = lists(s, mentions, (m) => m.end);
  return ls[ls.length - 1][0];
}

/** Data named in general: a Korean word or a count before 벤치마크/데이터셋, not a name. */
const GENERIC_DATA = /(?:[가-힣]|\d개의?)\s*(?:벤치마크|데이터셋|데이터 ?세트|평가 ?셋)(?:들)?\s*(?:에서|에 대해|전반)/;
/** …unless it points back to one (`같은 벤치마크에서`, `해당 데이터셋에서`, `the same benchmark`). */
const SAME_DATA = /(?:같은|동일한|해당|이|그)\s*(?:벤치마크|데이터셋|데이터 ?세트|평가 ?셋)|the same (?:benchmark|dataset)/;
/** Only "the same" reaches back past its section: "this benchmark" in a benchmark paper is its own. */
const SAME_AS_BEFORE = /(?:같은|동일한)\s*(?:벤치마크|데이터셋|데이터 ?세트|평가 ?셋)|the same (?:benchmark|dataset)/;

/** The benchmarks a sentence names: the index's mentions, less metric names it does not know
 *  (`EM에서`, `Inception Score`, `PSNR 24.95`). */
const benchmarksIn = (index: BenchmarkIndex, s: string) =>
  index.mentions(s).filter((m) => m.canonical !== null || !index.metrics.isMetricName(m.raw));

/** The nearest sentence before `i` that names a benchmark, with its names (read once per sentence). */
function namedBefore(
  sentences: readonly { text: string }[],
  mentionsOf: (Mention[] | undefined)[],
  index: BenchmarkIndex,
  i: number,
): { text: string; ms: Mention[] } | null {
  for (let j = i - 1; j >= 0; j--) {
    const ms = (mentionsOf[j] ??= benchmarksIn(index, sentences[j].text));
    if (ms.length) return { text: sentences[j].text, ms };
  }
  return null;
}

/** the benchmark a sentence without one refers back to, looked up only when needed */
function carried(sentences: readonly { text: string }[], mentionsOf: (Mention[] | undefined)[], index: BenchmarkIndex, i: number) {
  const b = namedBefore(sentences, mentionsOf, index, i);
  if (!b) return null;
  // (`OlympiadBench 및 OmniMATH와 같은 복잡한 데이터셋에서도 …`, then `예측 정확도는 … 95.5%`: examples named in passing are
  // no place a later value is carried to)
  const ls = lists(b.text, b.ms, (m) => m.end);
  const last = ls[ls.length - 1];
  if (EXAMPLES_TAIL.test(b.text.slice(last[last.length - 1].end, last[last.length - 1].end + 40))) return null;
  return last[0];
}
const EXAMPLES_TAIL = /^\s*(?:(?:및|,|와|과)\s*[A-Za-z][\w.\-]*\s*)*(?:(?:와|과)\s*같은|등(?:의|과|에서|\s))/;

/** The last list of names of the sentence `carried` refers back to. */
function carriedList(sentences: readonly { text: string }[], mentionsOf: (Mention[] | undefined)[], index: BenchmarkIndex, i: number) {
  const b = namedBefore(sentences, mentionsOf, index, i);
  return b ? lists(b.text, b.ms, (m) => m.end).pop() : undefined;
}

/** `Pickscore에서 +0.21`: a value placed on a metric is not on the benchmark a sentence before named */
function atMetric(index: BenchmarkIndex, s: string, at: number): boolean {
  const m = METRIC_PLACE.exec(s.slice(Math.max(0, at - 40), at));
  return m !== null && index.metrics.isMetricName(m[1]);
}
const METRIC_PLACE = /([A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*)?)\s*에서(?:는|도)?\s*(?:최대|평균|약)?\s*[+\-]?$/;

/** A place named in Korean and set off as the topic (`시각적 텍스트 렌더링에서는` opening the sentence), after
 *  a comma when it follows a name (`WikiText2에서는 7.43 perplexity, … 과제에서는`); not `실험에서는`. */
// (not the words for experiments, for data and its parts — a name's own 에서 — nor for models,
// measures (`안전성 점수에서 평균 18.6%`) and steps: `Llama3 기반 모델에서는`, `200개 스텝에서는` name whose number or its setting, not where)
const placeAfter = (not: string) =>
  String.raw`(?<!실험|결과|경우|연구|논문|평가|모델|에이전트|버전|스텝|단계|설정|조건|방법|방식|분석|점수|지표|척도|정확도${not})(?<=[가-힣]{2})\s*(?:에서는|에서도|에서의)(?=[\s,])`;
// (without a name before it, only as the sentence's topic: `특정 웹사이트에서는 최대 36%` mid-sentence is
// part of the benchmark named before)
// (`특정 웹사이트에서는`, `일부 작업에서는`: a part of the named one is still on it)
// (the data words too, where no name is: `여러 벤치마크에서는` is data named in general)
// (a study of people is a place, though other studies are not: `사용자 연구에서는 ORIGEN이 사용자의 58.18%로부터`)
const KOREAN_PLACE = new RegExp(
  `^(?:(?:또한|특히|그러나|하지만|반면|한편|예를 들어|예컨대)[,\\s]+)?(?:(?!특정|일부|해당)[가-힣\\s-]{2,30}?${placeAfter('|벤치마크|데이터셋|세트|셋|테스트|항목|분야')}|(?:사용자|인간|참가자|user|human)\\s*(?:연구|평가|study|evaluation)\\s*(?:에서는|에서도|에서의)(?=[\\s,]))`,
);
// (or a plain 에서 right before the value, in a list of places: `CNN/DM 문서 요약에서 최대 2.16배, 코딩에서 1.82배`)
const PLACE_AFTER_NAME = new RegExp(
  `,(?!\\s*(?:특정|일부|해당))(?:[^,]*?${placeAfter('')}|\\s*[가-힣]{2,}(?:\\s[가-힣]+){0,3}(?<!실험|결과|경우|모델|설정|조건|셋|세트|측면|기준|점수|지표|척도|정확도)에서\\s*(?:최대|평균|약|최소)?\\s*$)`,
);

const LISTED_METRIC_GAP = /^\s*\)?\s*(?:,|와|과|및|and|&|\/)\s*(?:[가-힣\s-]*\(\s*)?$/;
/** The metrics named, as one list, right before `end` (`최고 신호 대 잡음 비율(PSNR)과 구조적 유사 지수(SSIM)를`:
 *  a Korean name glossed in brackets counts once); none unless they end within a few words of it. */
function metricsListed(v: Vocab, s: string, end: number): string[] {
  const found: { start: number; end: number; name: string }[] = [];
  let m: RegExpExecArray | null;
  for (v.any.lastIndex = 0; (m = v.any.exec(s)) !== null && m.index < end; ) {
    if (m[0] === '') {
      v.any.lastIndex++;
      continue;
    }
    const name = termOf(v, m);
    const prev = found[found.length - 1];
    if (!name) continue;
    // a gloss repeats its name (`정확도(accuracy)`): one item
    if (prev && prev.name === name && /^\s*\(\s*$/.test(s.slice(prev.end, m.index))) {
      prev.end = m.index + m[0].length;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length, name });
  }
  const list: typeof found = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const gapEnd = list.length ? list[0].start : end;
    const gap = s.slice(found[i].end, gapEnd);
    if (list.length ? LISTED_METRIC_GAP.test(gap) : /^\s*\)?\s*(?:을|를|이|가|은|는|에서|에서는)?\s*$/.test(gap)) list.unshift(found[i]);
    else break;
  }
  return list.map((x) => x.name);
}

/** `59%의 정확도로 다른 모델들보다 … 우수`: a level a measure names, whatever the clause compares */
const LEVEL_WITH = /^\s*의\s*(?:정확도|정확성|점수|성공률|승률|통과율|해결률|선호도|선호율)\s*(?:으로|로)\s/;
/** `사용자의 58.18%로부터 선호도를 받으며`: a share of the people asked */
const SHARE_OF_BEFORE = /(?:참가자|사용자|평가자|응답자|이용자)(?:들)?의\s*(?:약\s*)?$/;
const SHARE_OF =
  /^\s*(?:의|에)?\s*(?:[가-힣A-Za-z]+\s+)?(?:참가자|사용자|개발자|사례|경우|응답자|이용자|평가자)(?!\s*경험)(?:들)?(?:를|을|에서|에게|가|이|의)?\s/;

/** `FID 격차를 10% 이내로`: a gap is a difference, not a level */
const GAP_BEFORE = /(?:격차|차이|gap)\s*(?:를|을|가|는|이|of)?\s*(?:약|최대|about)?\s*$/;
/** `57.3%의 큰 격차`, `3점 차이로`: the value is the gap */
// (`30.8%의 상당한 성능 격차`: what the gap is in may stand before it)
const GAP_AFTER = /^\s*(?:의(?:\s*(?:큰|작은|상당한|현저한|뚜렷한))?(?:\s*(?:성능|정확도|점수))?|가|나)?\s*(?:격차|차이|gap)/;

/** A name followed by 에서: where the value after it was measured. */
const AT_END = /^\)?\s*(?:벤치마크|데이터셋|작업|과제|태스크)?\s*에서/;

const AVERAGE_BEFORE = /평균(?:적으로)?\s*(?:약\s*)?$/;
const AVERAGE_AFTER = /^\s*(?:의\s*)?(?:[가-힣]+\s){0,1}평균/;
// `R2R, RxR-EN, REVERIE 등에서 평균 성공률이 3% 증가`: the first of names given as examples, which the
// finder may not know as names
const EXAMPLES_AFTER = /^(?:\s*(?:,|와|과|및)\s*[A-Za-z][\w.\-]*){1,6}\s*등(?:에서|의|과|을|를)?\s/;
const OVER_LIST =
  /^\s*(?:등|를 포함한|을 포함한|(?:와|과) 같은)\s*(?:\d+|여러|다양한|주요)?\s*(?:개의|가지의?)?\s*(?:[가-힣A-Za-z]+\s+){0,3}(?:벤치마크|데이터셋|과제|작업|태스크)(?:들)?(?:에서|에 걸쳐|전반)/;

function distribute<T>(targets: T[], atomsAfter: Atom[], set: (a: Atom, t: T) => void) {
  if (targets.length >= 2 && targets.length === atomsAfter.length) atomsAfter.forEach((a, i) => set(a, targets[i]));
}

/** `earlier`: the benchmark the entry's earlier sections named last, for a sentence that
 *  refers back to the same one (`같은 벤치마크에서`) at its section's start. */
const hasNumberWord = (text: string) => {
  NUMBER_WORD.lastIndex = 0;
  return NUMBER_WORD.test(text);
};

export function extractFromSection(text: string, index: BenchmarkIndex, earlier: () => Mention | null = () => null): Metric[] {
  if (!/\d/.test(text) && !hasNumberWord(text)) return []; // (`두 배`, `two-fold`: numbers written as words, read by blankUrls)
  const out: Metric[] = [];
  const vocab = vocabOf(index.metrics);
  const sentences = sectionSentences(text); // (URLs blanked: numbers in URLs are not results)
  const mentionsOf: (Mention[] | undefined)[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si].text;
    if (!/\d/.test(s)) continue;
    const found = classify(vocab, s, atoms(s));
    if (found.length === 0) continue;
    const mentions = (mentionsOf[si] ??= benchmarksIn(index, s));
    // a sentence that names its data only in general (`비추론 기반 벤치마크에서`, `4개의
    // 벤치마크에서 평균`) is not about the one the sentence before named
    const refers = mentions.length === 0 && SAME_DATA.test(s);
    // (looked up for the first value that needs it: the sentences before are read only then)
    let carryMention: Mention | null | undefined;
    const carry = () =>
      carryMention !== undefined
        ? carryMention
        : (carryMention =
            mentions.length === 0 && GENERIC_DATA.test(s) && !refers
              ? null
              : (carried(sentences, mentionsOf, index, si) ?? (refers && SAME_AS_BEFORE.test(s) ? earlier() : null)));
    const splits = splitsIn(s, index);
    const bench = new Map<Atom, Mention | null>();
    const each = new Map<Atom, Mention[]>(); // (the other benchmarks one value is said of)
    const split = new Map<Atom, string | null>();
    // a sentence that names no benchmark may name its task in Korean (`뇌종양 분류 작업에서`)
    let tasks: Mention[] | undefined; // (read, like carryMention, only for a value no name before or after is on)
    let listed: Mention[][] | undefined;
    for (const f of found) {
      const prev = mentions.filter((m) => m.end <= f.atom.start).pop();
      // a name after the value names it within its clause only (`… 1% 이상 향상되고, Hausdorff
      // Distance와 …`; on the corpus that cost one right name, `…달성하며, ZebraLogic 벤치마크에서`,
      // and removed a dozen wrong ones)
      // (…unless it is where the value after it is: `정보 검색 작업에서 최대 33% 및 다중 문서 질문 응답(MDQA)에서
      // 27.2%`, `1.8배 더 빠르게 수렴하고 ARC-Challenge 벤치마크에서 약 6점`; not `5%의 향상을 Lean-dojo 벤치마크에서, 그리고 2.5%`)
      const next = mentions.find(
        (m) =>
          m.start >= f.atom.end &&
          !/[,;]/.test(s.slice(f.atom.end, m.start)) &&
          !(
            AT_END.test(s.slice(m.end, m.end + 16)) && found.some((g) => g.atom.start > m.end && !/[,;]/.test(s.slice(m.end, g.atom.start)))
          ),
      );
      // `26.67%(ASQA), 31.96%(QAMPARI)`: a name in brackets right after a value is its own
      const own = next && /^\s*\(\s*$/.test(s.slice(f.atom.end, next.start)) ? next : undefined;
      // (a speed, cost or data share names its benchmark in its own sentence or has none: carried
      // over, it took the benchmark of the scores before it)
      // a clause that says in Korean where its value is (`시각적 텍스트 렌더링에서는 정확도가 59%에서 92%로`, `…,
      // 다섯 가지 일반적 상식 추론 과제에서는 평균 71.08%`) is not on a benchmark named before it
      const elsewhere = (prev ? PLACE_AFTER_NAME : KOREAN_PLACE).test(s.slice(prev ? prev.end : 0, f.atom.start));
      bench.set(
        f.atom,
        own ??
          (elsewhere ? null : prev) ??
          next ??
          (f.kind === 'efficiency' || elsewhere || atMetric(index, s, f.atom.start) ? null : carry()) ??
          (tasks ??= mentions.length ? [] : index.tasksIn(s)).filter((m) => m.end <= f.atom.start).pop() ??
          null,
      );
      // `AIME, AMC, MATH-500 등 6개의 주요 수학 벤치마크에서 … 평균 49.6점`: an average over a list is on none
      // of its names, and so is one number for a list (`MLVU 및 LongVideoBench와 같은 여러 벤치마크에서 5% 넘는 향상`)
      const m0 = bench.get(f.atom);
      if (
        m0 &&
        mentions.includes(m0) &&
        m0.end <= f.atom.start &&
        (((AVERAGE_BEFORE.test(s.slice(Math.max(0, f.atom.start - 12), f.atom.start)) ||
          (listed ??= lists(s, mentions, (m) => m.end)).some((l) => l.length >= 2 && l[l.length - 1] === m0)) &&
          OVER_LIST.test(s.slice(m0.end, f.atom.start))) ||
          EXAMPLES_AFTER.test(s.slice(m0.end, f.atom.start)) ||
          // (`다양한 벤치마크(MMLU-Pro, GPQA, AIME, MedMCQA)에서 8.15%의 절대적인 평균 성능 향상`: an average over the names in
          // brackets after a data word)
          (AVERAGE_AFTER.test(s.slice(f.atom.end, f.atom.end + 24)) &&
            /^\s*\)\s*(?:에서|에 걸쳐)/.test(s.slice(m0.end, f.atom.start)) &&
            (listed ??= lists(s, mentions, (m) => m.end)).some((l) => l.length >= 2 && l[l.length - 1] === m0)))
      )
        bench.set(f.atom, null);
      // one number said of a short list of names (`AIME 2024와 AIME 2025에서 67%`) is on them together
      // (not where 각각 pairs them, nor a list of examples: `MMStar, MMBench, MathVista 등의`, `… 와 같은 벤치마크`)
      else if (
        m0 &&
        mentions.includes(m0) &&
        m0.end <= f.atom.start &&
        !/[,;]|등|같은|포함|such as|including/.test(s.slice(m0.end, f.atom.start)) &&
        !/각각|respectively/.test(s)
      ) {
        const l = (listed ??= lists(s, mentions, (m) => m.end)).find(
          (x) =>
            x.length >= 2 &&
            x.length <= 3 &&
            x[x.length - 1] === m0 &&
            x.every((y, i) => !index.metrics.isMetricName(y.raw) && (i === 0 || /와|과|및|,|and|&/.test(s.slice(x[i - 1].end, y.start)))),
        );
        if (
          l &&
          !found.some((g) => g.atom.start > l[0].start && g.atom.start < m0.end) && // (`77.6% pass@1, VerilogEval-human …에서 53.2%`)
          // (one value, or values of different measures: `FakeClue와 LOKI 데이터셋에서는 … 36.1%의 Acc 및 41.3%의 F1 점수 향상`)
          jointValues(found.filter((g) => g.atom.start > m0.end && !/[,;]/.test(s.slice(m0.end, g.atom.start))))
        )
          bench.set(f.atom, { start: l[0].start, end: m0.end, raw: l.map((x) => x.canonical ?? x.raw).join(' / '), canonical: null });
      }
      const sp = splits.filter((x) => x.start < f.atom.start).pop();
      // a split applies within its clause, and not past another benchmark named after a value
      // (`MedMCQA (개발)에서 57.3%, MMLU Medical Genetics 시험에서 69.0%`: MMLU's is no dev set)
      const past = sp && mentions.some((m) => m.start > sp.start && m.start < f.atom.start && /\d/.test(s.slice(sp.start, m.start)));
      split.set(f.atom, sp && !past && !/[,;]\s*\S+.*[,;]/.test(s.slice(sp.start, f.atom.start)) ? sp.split : null);
    }
    // 각각 / respectively: the values after it go, in order, to the last list of the same length
    const resp = /각각|respectively/.exec(s);
    const results = found.map((f) => f.atom);
    if (resp) {
      // (the values of its clause: `각각 2%와 1.5%의 정확도 향상을 기록하였으며, … 20% 향상` is two values)
      CONNECTIVE_END.lastIndex = resp.index;
      const end = CONNECTIVE_END.exec(s)?.index ?? s.length;
      const after = results.filter((a) => (a.start > resp.index || /respectively/.test(resp[0])) && a.start < end);
      const benchLists = lists(
        s,
        mentions.filter((m) => m.start < (after[0]?.start ?? s.length)),
        (m) => m.end,
      ).filter((l) => l.length === after.length);
      const splitLists = lists(
        s,
        splits.filter((x) => x.start < resp.index),
        (x) => x.start + 4,
      ).filter((l) => l.length === after.length);
      // `GenEval 및 DPG 벤치마크에서 … 능가하는 성능을 보였습니다. 특히 … 각각 +2 및 +5 점수 상승`: a
      // sentence that names nothing pairs its values with the list the sentence it refers back to ends with
      // (not speeds and costs, which are never carried: `학습 및 추론 속도는 각각 3.5%와 5%만 증가`)
      const backList =
        benchLists.length || mentions.length || !carry() || found.some((f) => f.kind === 'efficiency' && after.includes(f.atom))
          ? undefined
          : carriedList(sentences, mentionsOf, index, si);
      // `PSNR과 SSIM을 각각 8.91%와 5.62%`, `mAP와 HIT@1이 각각 10.3%, 9.2%`: a list of metrics, in order
      const metricList = metricsListed(vocab, s, resp.index);
      if (metricList.length >= 2 && metricList.length === after.length) after.forEach((a, i) => (a.metric = metricList[i]));
      // `GenEval 및 T2I-Compbench와 같은 다양한 벤치마크에서 각각 10% 이상의 성능 향상`: one value said of each
      const eachOf = after.length === 1 && !benchLists.length ? listRightBefore(s, mentions, resp.index) : null;
      if (eachOf) {
        bench.set(after[0], eachOf[0]);
        each.set(after[0], eachOf.slice(1));
      } else if (benchLists.length) distribute(benchLists[benchLists.length - 1], after, (a, m) => bench.set(a, m));
      else if (backList && backList.length === after.length) distribute(backList, after, (a, m) => bench.set(a, m));
      else if (splitLists.length)
        distribute(
          splitLists[splitLists.length - 1].map((x) => x.split),
          after,
          (a, sp) => split.set(a, sp),
        );
      else {
        // `ProofNet 검증 셋에서 21.6%, 테스트 셋에서 23.7% … 각각 25.4%, 25.3%`: the earlier values name the splits
        const earlier = results.filter((a) => a.start < resp.index && split.get(a));
        if (earlier.length === after.length) after.forEach((a, i) => split.set(a, split.get(earlier[i])!));
      }
      // `GSM8K에서 82.6%, MATH에서 40.6%의 정확도를 … 각각 14.2%, 20.8% 향상`: with no list of names
      // as long, the earlier values name the benchmarks, in order
      if (!benchLists.length) {
        const named = results.filter((a) => a.start < resp.index && bench.get(a));
        let items: (Mention | null)[] | null;
        if (named.length === after.length && new Set(named.map((a) => bench.get(a)!.raw)).size === named.length)
          after.forEach((a, i) => bench.set(a, bench.get(named[i])!));
        else if ((items = listItems(s, mentions, resp.index)) && items.length === after.length)
          after.forEach((a, i) => bench.set(a, items![i]));
        // values spread over several names that cannot be paired are on none of them, not all on the nearest
        // (`BLINK의 깊이 및 의미적 대응 작업에서는 각각 12.1%, 9.7%`: the parts of one are still on it)
        else {
          const before = mentions.filter((m) => m.end <= after[0]?.start);
          const last = before[before.length - 1];
          if (after.length >= 2 && new Set(before.map((m) => m.raw)).size >= 2 && !/^\s*의\s/.test(s.slice(last.end, last.end + 3)))
            for (const a of after) if (mentions.includes(bench.get(a)!)) bench.set(a, null);
        }
      }
    } else {
      // `A와 B 벤치마크 … x%, y%`: as many values as listed benchmarks, in order
      for (const l of lists(s, mentions, (m) => m.end)) {
        const after = results.filter(
          (a) =>
            a.start > l[l.length - 1].end &&
            mentions.every((m) => m === l[l.length - 1] || m.start < l[0].start || m.start > a.start || l.includes(m)),
        );
        const sameUnit = after.filter((a) => a.unit === after[0]?.unit);
        // (or values of several measures joined as one list: `MSCOCO-30K 및 GenEval에서 FID 8.53과 61%의 정확도`)
        const joined = after.every(
          (a, i) => i === 0 || /^\s*(?:과|와|및|,|and)\s*[A-Za-z가-힣@\-]*\s*$/.test(s.slice(after[i - 1].end, a.start)),
        );
        // (not values of different measures in clauses of their own: `A 및 B 벤치마크에서 … 정확도를 3%에서 50%로
        // 증가시키고, 공격 성공률을 20%로 감소`: both are of both)
        const measures = new Set(after.map((a) => a.metric).filter(Boolean));
        if (l.length >= 2 && after.length === l.length && ((sameUnit.length === l.length && measures.size <= 1) || joined))
          distribute(l, after, (a, m) => bench.set(a, m));
      }
    }
    const settings = index.settings.in(s);
    for (const f of found) {
      const a = f.atom;
      const setting = settingOf(s, settings, a);
      const delta = a.baseline !== null ? round(a.value - a.baseline) : f.kind === 'gain' ? signedChange(s, a, index) : null;
      // (one row per benchmark the value is said of: `A 및 B에서 각각 10%` is two)
      for (const m of [bench.get(a) ?? null, ...(each.get(a) ?? [])])
        out.push({
          benchmark: m ? (m.canonical ?? m.raw) : null,
          benchmark_raw: m?.raw ?? null,
          known: m?.canonical != null,
          split: split.get(a) ?? null,
          setting: setting?.setting ?? null,
          settingVariant: setting?.variant ?? false,
          metric: a.metric ?? (f.kind === 'efficiency' && SPEED_AFTER.test(s.slice(a.end, a.end + 16)) ? 'speed' : null),
          value: a.value,
          value_low: a.low,
          unit: f.kind === 'gain' && a.unit === null && percentPoints(s, a, index) ? 'pp' : a.unit,
          kind: f.kind,
          baseline_value: a.baseline,
          delta,
          delta_unit: delta === null ? null : a.baseline !== null && a.unit === '%' ? 'pp' : a.unit,
          sentence: s,
        });
    }
  }
  return out;
}

/** A list of two or more names that ends right before `at` (`A 및 B와 같은 다양한 벤치마크에서 각각`). */
function listRightBefore(s: string, mentions: Mention[], at: number): Mention[] | null {
  const l = lists(
    s,
    mentions.filter((m) => m.end <= at),
    (m) => m.end,
  ).pop();
  return l && l.length >= 2 && at - l[l.length - 1].end <= 30 && !/\d/.test(s.slice(l[l.length - 1].end, at)) ? l : null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
/** Right after an efficiency value that names no measure: it is a speed (`10배 빠른`, `3배 이상의 가속`, `5x faster`). */
const SPEED_AFTER = /^\s*(?:이상|까지)?\s*(?:의\s*)?(?:더\s*)?(?:빠르|빠른|빨라|가속|faster|speed-?up)/i;

/** Values after a list of names that are of all of them: one, or several each of another measure. */
// (a value with no metric named is measured by its unit: `COCO 및 ADE20K 데이터셋에서 EoMT는 128 FPS에서 PQ 56.0`)
const measureOf = (a: Atom) => a.metric ?? (a.unit && a.unit !== '%' ? `(${a.unit})` : null);
const jointValues = (after: readonly { atom: Atom }[]) =>
  after.length === 1 ||
  (after.length >= 2 && after.every((g) => measureOf(g.atom)) && new Set(after.map((g) => measureOf(g.atom))).size === after.length);

/** `InternVL2-8B에 비해 8.7 포인트의 성능 향상`: points of a measure written in percent are
 *  percentage points (`BLEU … 2.5 포인트` stay points; so does 점, as often a score's point) */
const percentPoints = (s: string, a: Atom, index: BenchmarkIndex) =>
  a.metric !== null && index.metrics.get(a.metric)?.unit === '%' && /^\s*포인트/.test(s.slice(a.end, a.end + 6));

/** The first word of a change (`정확도 감소는 1.65%`, `1.6% 하락`, `5% 향상`), and which way it goes:
 *  `fall` the value went down, `better` it improved (down, on a measure where lower is better). */
const CHANGE_WORDS: [RegExp, 'rise' | 'fall' | 'better'][] = [
  [/^(?:감소|줄|저하|하락|떨어|낮|손실|drop|decreas|reduc|lower|loss|fewer|less|degrad)/i, 'fall'],
  [/^(?:향상|개선|앞서|능가|상회|뛰어|우수|나은|좋|improv|better|outperform|surpass)/i, 'better'],
];
const CHANGE_WORD =
  /(감소|줄|저하|하락|떨어|낮|손실|drop|decreas|reduc|lower|loss|fewer|less|degrad|향상|개선|증가|상승|높|늘|앞서|능가|상회|뛰어|우수|나은|좋|improv|gain|increas|boost|higher|better|outperform|surpass)/i;
/** A gain's delta, signed: down where the text says the measure fell (`정확도 감소는 각각 1.65%`: −1.65),
 *  or a measure where lower is better improved (`FID 2.1 개선`: −2.1); a sign written stays. */
function signedChange(s: string, a: Atom, index: BenchmarkIndex): number {
  if (a.signed) return a.value;
  const before = PERFORMANCE_CHANGE_BEFORE.exec(s.slice(Math.max(0, a.start - 50), a.start));
  const word = CHANGE_WORD.exec(before ? before[0] : ownClause(s.slice(a.end, a.end + 60)))?.[1];
  if (!word) return a.value;
  const way = CHANGE_WORDS.find(([re]) => re.test(word))?.[1] ?? 'rise';
  const lowerBetter = a.metric !== null && index.metrics.get(a.metric)?.direction === 'lower';
  return way === 'fall' || (way === 'better' && lowerBetter) ? -Math.abs(a.value) : a.value;
}
const key = (m: Metric) => `${m.value}|${m.value_low}|${m.unit}`;

/** The benchmark the sections before section `i` named last (a module function: tsx names
 *  every closure it creates, which cost more per section than the look-up, rarely made). */
function earlierMention(sections: readonly RawSection[], i: number, index: BenchmarkIndex): Mention | null {
  for (let j = i - 1; j >= 0; j--) {
    const ss = splitSentences(sections[j].text);
    for (let k = ss.length - 1; k >= 0; k--) {
      const ms = benchmarksIn(index, ss[k].text);
      if (ms.length) return lastListHead(ss[k].text, ms);
    }
  }
  return null;
}

/** All results of one paper appearance, the same number said twice counted once. */
export function extractMetrics(sections: readonly RawSection[], index: BenchmarkIndex): (Metric & { source_line: number })[] {
  const all: (Metric & { source_line: number; results: boolean })[] = [];
  sections.forEach((sec, i) => {
    // (each result is a new object: given its line and section, not copied)
    for (const m of extractFromSection(sec.text, index, () => earlierMention(sections, i, index))) {
      const r = m as Metric & { source_line: number; results: boolean };
      r.source_line = sec.line;
      r.results = sec.kind === 'performance_highlights';
      all.push(r);
    }
  });
  const keys = all.map(key); // (each written once)
  const withBench = new Set(keys.filter((_, i) => all[i].benchmark));
  // (`MedQA(USMLE)에서 75.7%의 점수`, then `MedQA에서 75.7%의 정확도`: one result, its split from the one, its metric from the other)
  const splitOf = new Map<string, string | null>();
  all.forEach((m, i) => {
    const k = `${keys[i]}|${m.benchmark}`;
    if (m.split) splitOf.set(k, splitOf.has(k) && splitOf.get(k) !== m.split ? null : m.split);
  });
  // the same number said twice is kept once, where it says most: with its metric named or the level it rose
  // from, else in the results section (What's New says `메모리 사용량을 3.5배`, the results `FLUX.1 모델의 메모리
  // 사용량을 3.5배`; `36.0%에서 73.6%로` says more than `73.6%까지 향상`)
  const best = new Map<string, number>();
  const says = (m: (typeof all)[number]) => (m.metric ? 2 : 0) + (m.baseline_value !== null ? 2 : 0) + (m.results ? 1 : 0);
  all.forEach((m, i) => {
    if (!m.benchmark && withBench.has(keys[i])) return;
    const k = `${keys[i]}|${m.benchmark}|${m.split ?? splitOf.get(`${keys[i]}|${m.benchmark}`) ?? null}`;
    const b = best.get(k);
    if (b === undefined || says(m) > says(all[b])) best.set(k, i);
  });
  const kept = new Set(best.values());
  return all
    .filter((_, i) => kept.has(i))
    .map(({ results, ...m }) => (m.split ? m : { ...m, split: splitOf.get(`${key(m)}|${m.benchmark}`) ?? null }));
}

/** The paper's own artefact is data: a benchmark paper, or its own name written as one
 *  (`OlympicArena 벤치마크`, `WebApp1K`'s `-Bench` kin, `X 데이터셋을 구축`). */
function ownIsData(p: RawPaper, ctx: PaperContext): boolean {
  if (ctx.kind === 'benchmark') return true;
  if (ctx.aliases.some((a) => /bench\b|bench-|arena|eval\b/i.test(a))) return true;
  if (ctx.aliases.length === 0) return false; // (no name to look for: the text is not folded)
  const text = `${p.title}\n${p.sections.map((x) => x.text).join('\n')}`.toLowerCase();
  for (const a of ctx.aliases) {
    const k = a.toLowerCase();
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) if (matchAt(DATA_WORD, text, i + k.length)) return true;
  }
  return false;
}
/** a gain of training on the data is on some other benchmark (`MM-RLHF로 미세 조정한 결과, 대화 능력이 19.5% 증가`) */
const TRAINING = new RegExp(TRAINING_WORDS, 'i');
const DATA_WORD = /\s*(?:벤치마크|데이터셋|데이터 ?세트|평가 ?셋|benchmark|dataset|test suite)/y;

/**
 * What the entry as a whole says of a row's benchmark: a score with no benchmark named in a paper
 * whose artefact is data is on that benchmark (`GRAB`, `MMAU`). (The converse — a method's own
 * name is never its benchmark — was tried: it dropped more right names, of benchmark papers read
 * as methods, than wrong ones.)
 */
function entryBenchmark<M extends Metric>(m: M, ctx: PaperContext, ownIsData: boolean, index: BenchmarkIndex, data: string | null): M {
  return ownIsData && !m.benchmark && data && m.kind === 'score' ? onOwnData(m, data, index) : m;
}

/** The name of a data paper's own data: the primary name, or the one benchmark the entry makes that is named
 *  after it (`InterFeedback` … `벤치마크인 InterFeedback-Bench를 도입`). */
function ownDataName(p: RawPaper, ctx: PaperContext): string | null {
  if (!ctx.primary) return null;
  const made = proposedBenchmarks(p.sections.map((x) => x.text).join('\n'));
  const k = benchKey(ctx.primary);
  return made.length === 1 && benchKey(made[0]).startsWith(k) && benchKey(made[0]) !== k ? made[0] : ctx.primary;
}

/** The row on the paper's own data, named `primary`. */
function onOwnData<M extends Metric>(m: M, primary: string, index: BenchmarkIndex): M {
  // (a paper that builds data builds new data: `SPIDER` of a pathology paper is not Yale's Spider,
  // unless it is spelt exactly as the reference spells it)
  const ref = index.lookup(primary);
  const canonical = ref && [ref.benchmark, ...ref.aliases].includes(primary) ? ref.benchmark : null;
  return { ...m, benchmark: canonical ?? primary, benchmark_raw: primary, known: canonical !== null };
}

/** A score whose metric the sentence leaves unnamed, on a benchmark (and split) the entry gives
 *  scores of one metric in the same unit, is in that metric (`트리 탐색 기법을 통합하여 … 63.5%` after
 *  `miniF2F 벤치마크에서 60.2%의 통과율`). */
function sameMetric(ms: Metric[]): void {
  const named = new Map<string, string | null>(); // (null: more than one metric)
  const at = (m: Metric) => `${m.benchmark}|${m.split}|${m.unit}`;
  // (a row with no split takes the benchmark's metric over all its splits: `MedQA에서 …, UltraMedical 8B(76.1%)`
  // beside `MedQA(USMLE)`'s accuracy)
  const any = new Map<string, string | null>();
  const put = (map: Map<string, string | null>, k: string, metric: string) =>
    map.set(k, map.has(k) && map.get(k) !== metric ? null : metric);
  for (const m of ms)
    if (m.kind === 'score' && m.benchmark && m.metric) {
      put(named, at(m), m.metric);
      put(any, `${m.benchmark}|${m.unit}`, m.metric);
    }
  if (named.size === 0) return;
  ms.forEach((m, i) => {
    if (m.kind === 'score' && m.benchmark && !m.metric) {
      const metric = m.split ? named.get(at(m)) : (named.get(at(m)) ?? any.get(`${m.benchmark}|${m.unit}`));
      // (`CamMC 4.07`, `FAD 8.40`: a word right before the value names a measure the vocabulary lacks)
      const pos = metric ? valuePosition(m.sentence, m.value) : -1;
      if (metric && pos >= 0 && !/[A-Za-z][\w\-@]*\s*$/.test(m.sentence.slice(Math.max(0, pos - 16), pos))) ms[i] = { ...m, metric };
    }
  });
}

/** Settings that tell a paper's results apart (README-system: `X (q)`, a variant told apart only
 *  by a setting): a condition the entry also reports without is `with X` (`가이던스를 사용할 경우
 *  FID 1.26` beside `가이던스를 적용하지 않은 상태에서 1.83`); an own result under a variant setting,
 *  where the same system has another result on the same benchmark under another setting or none,
 *  is that variant's (`트리 탐색 기법을 통합하여 63.5%` beside `miniF2F 벤치마크에서 60.2%`). */
function variantsBySetting(ms: Metric[], who: Attribution[]): void {
  if (!ms.some((m) => m.setting)) return;
  // hardware, zero- or few-shot are how a result was measured, not a variant — unless the entry reports the same
  // measure of the same system under two (`RTX3060 하나에서 에너지 소비를 2.39배`, `RTX4090 하나에서는 1.99배 감소`:
  // StreamDiffusion (RTX3060), (RTX4090); CheckEHR's recall few-shot and zero-shot: CheckEHR (few-shot), (zero-shot))
  const measureOf = (m: Metric, i: number) => `${who[i].system}|${m.metric}|${m.unit}|${m.kind}`;
  const told = new Map<string, Set<string>>();
  ms.forEach((m, i) => {
    if (m.setting && !m.setting.startsWith('with') && who[i].own && who[i].system)
      (told.get(measureOf(m, i)) ?? told.set(measureOf(m, i), new Set()).get(measureOf(m, i))!).add(m.setting);
  });
  ms.forEach((m, i) => {
    const sys = who[i].system;
    if (sys && m.setting && (told.get(measureOf(m, i))?.size ?? 0) >= 2 && !sys.endsWith(')'))
      who[i] = { ...who[i], system: `${sys} (${m.setting})` };
  });
  const without = new Set(ms.filter((m) => m.setting?.startsWith('without ')).map((m) => m.setting!.slice(8)));
  ms.forEach((m, i) => {
    if (m.setting && without.has(m.setting)) ms[i] = { ...m, setting: `with ${m.setting}` };
  });
  const systems = who.map((w) => w.system);
  ms.forEach((m, i) => {
    const sys = systems[i];
    if (!m.settingVariant || !m.setting || !who[i].own || !sys || sys.endsWith(')')) return;
    // (another row of the same system, a size variant of it too: `µCODE (1B)`)
    const told = ms.some(
      (o, j) =>
        j !== i && who[j].own && systems[j]?.replace(/ \([^()]*\)$/, '') === sys && o.benchmark === m.benchmark && o.setting !== m.setting,
    );
    if (told) who[i] = { ...who[i], system: `${sys} (${m.setting})` };
  });
}

/** The sentence as the digest writes it: the rules read it with URLs and citations blanked (same offsets). */
function verbatimOf(p: RawPaper): (sentence: string, line: number) => string {
  return (sentence, line) => {
    const sec = p.sections.find((x) => x.line === line);
    if (!sec) return sentence;
    const blanked = blankUrls(sec.text);
    const i = blanked === sec.text ? -1 : blanked.indexOf(sentence);
    return i < 0 ? sentence : sec.text.slice(i, i + sentence.length);
  };
}

export function metricRows(p: RawPaper, index: BenchmarkIndex): Row[] {
  const found = extractMetrics(p.sections, index);
  if (found.length === 0) return [];
  const ctx = paperContext(p, index);
  // (read by entryBenchmark only for a score with no benchmark, in a paper with a primary name)
  const data = ctx.primary !== null && found.some((m) => !m.benchmark && m.kind !== 'efficiency') && ownIsData(p, ctx);
  const dataName = data ? ownDataName(p, ctx) : null;
  const ms = found.map((m) => entryBenchmark(m, ctx, data, index, dataName)); // (with its source_line)
  // a method paper that makes one benchmark: a score the sentence puts on none is on it (`GAEA는 … 평균 정확도 66.06%`
  // after `벤치마크 GAEA-Bench를 처음으로 제안`; as for a data paper, not a gain: `평균적으로 경쟁 모델들을 10.8포인트
  // 이상 앞서는` is on all it was measured on)
  const made =
    !data && ms.some((m) => !m.benchmark && m.kind === 'score') ? proposedBenchmarks(p.sections.map((x) => x.text).join('\n')) : [];
  if (made.length === 1) ms.forEach((m, i) => m.benchmark || m.kind !== 'score' || (ms[i] = onOwnData(m, made[0], index)));
  sameMetric(ms);
  const who = attributeRows(p, ms, index, ctx); // whose number each is: system.ts
  // a benchmark paper's gains and drops of the models it evaluates are on its benchmark too
  // (`MedDistractQA를 적용했을 때 LLM의 정확도가 17.9%까지 감소`); its own method's gains, or a
  // gain of training on its data, are on whatever the text names
  if (ctx.kind === 'benchmark' && data)
    ms.forEach((m, i) => {
      if (
        m.kind === 'gain' &&
        !m.benchmark &&
        who[i].own === false &&
        // (`GPT-4V와 인간 능력 사이에 30.8%의 … 격차`: a gap the benchmark shows, whoever's it is)
        (who[i].system !== null || /격차|\bgap\b/.test(m.sentence)) &&
        !TRAINING.test(m.sentence)
      )
        ms[i] = onOwnData(m, dataName ?? ctx.primary!, index);
    });
  variantsBySetting(ms, who);
  const verbatim = verbatimOf(p);
  return ms.map((m, i) => ({
    digest_date: p.digest_date,
    arxiv_id: p.arxiv_id,
    benchmark: m.benchmark,
    benchmark_raw: m.benchmark_raw,
    benchmark_known: m.benchmark_raw === null ? null : m.known,
    benchmark_family: m.benchmark === null ? null : m.known ? index.family(m.benchmark) : m.benchmark,
    split: m.split,
    setting: m.setting,
    metric: m.metric,
    value: m.value,
    value_low: m.value_low,
    unit: m.unit,
    kind: m.kind,
    baseline_value: m.baseline_value,
    delta: m.delta,
    delta_unit: m.delta_unit,
    sentence: verbatim(m.sentence, m.source_line),
    source_line: m.source_line,
    system: who[i].system,
    own: who[i].own,
  }));
}
