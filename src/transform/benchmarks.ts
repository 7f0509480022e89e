// Benchmark names: the reference list (canonical + aliases) and the mentions of benchmarks in
// prose, known ones by name and unknown ones by the words around them ("X 벤치마크에서").

export interface BenchmarkRef {
  benchmark: string;
  aliases: string[];
  metric: string | null;
  higher_is_better: boolean | null;
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

/** Matching key: case, spaces and punctuation do not count. */
export const benchKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** The reference's key keeps `+`: ScanNet++ and HumanEval+ are not ScanNet and HumanEval. */
const refKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');

// Latin-script name, up to four words: `COCO 2014`, `SWE-bench Lite`, `longest6 v2`
const NAME = String.raw`[A-Za-z][\w.+@\-]*(?:[ \t]+(?:v?\d[\w.\-]*|[A-Z][\w.+@\-]*|(?:and|of|&)[ \t]+[A-Z][\w.+@\-]*|Lite|Verified|Hard|Pro|test|val|dev|human|machine)){0,3}`;
const CUE = String.raw`\s*(?:벤치마크|벤치 마크|데이터셋|데이터 셋|데이터세트|데이터 세트|테스트셋|평가셋|benchmarks?|datasets?|test set|suite)`;
const CUED = new RegExp(`(?<![\\w.\\-])(${NAME})${CUE}`, 'g');
// `Bamboogle에서`, `QVHighlights 작업에서`: a Latin-script name where a result is reported, unless
// it is a model (GPT-4o에서, LLaMA3.1-8b에서)
const AT = new RegExp(`(?<![\\w.\\-])(${NAME})\\s*(?:작업|태스크|과제|task)?\\s*에서`, 'g');
const MODEL = /^(?:GPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemini|Gemma|Claude|o1|o3|o4|DeepSeek|Phi|Vicuna|Falcon|InternVL|InternLM|LLaVA|Hunyuan\w*|Wan|CogVideo\w*|DiT|U-Net|UNet|ResNet|Swin|ConvNeXt|BERT|T5|ViT|CLIP|SAM|Stable Diffusion|SD|SDXL|FLUX|DALL|Sora|PaLM|OPT|BLOOM|Yi|GLM|ChatGPT|Kimi|MiniCPM|A100|H100|H800|V100|RTX|NVIDIA)\b|\d+(?:\.\d+)?[BbMm]\b|-\d+[BbMm]\b/;
// `비디오 객체 분할(video object segmentation) 작업에서`: a task named in English in parentheses
const TASK = /\(([A-Za-z][A-Za-z0-9 \-]{3,60})\)\s*(?:작업|태스크|과제|tasks?\b)/g;
const LIST_BEFORE = new RegExp(`(${NAME})(\\s*(?:,|와|과|및|and|&|/)\\s*)$`);
const LIST_SEP = /^(?:\s*,\s*|\s*(?:와|과|및|and|&)\s+|\s*\/\s*)$/;
const GENERIC = new Set(['psnr', 'ssim', 'lpips', 'fid', 'fvd', 'f1', 'bleu', 'rouge', 'auc', 'map', 'miou', 'wer', 'icl', 'cot', 'gpu', 'gpus', 'cpu', 'tpu', 'benchmark', 'benchmarks', 'dataset', 'datasets', 'test', 'evaluation', 'task', 'tasks', 'the', 'a', 'an', 'our', 'this', 'new', 'llm', 'llms', 'mllm', 'vlm', 'vlms', 'qa', 'nlp', 'ai', 'sota', 'large', 'public', 'standard', 'several', 'various', 'multiple', 'other', 'existing', 'open', 'these']);

// Runs of Latin-script words: where a known benchmark name can be (matched by look-up, not
// by one regex per alias, which is what made this slow)
const LATIN_RUN = /[A-Za-z0-9][\w.+@\-]*(?:[ \t]+[A-Za-z0-9][\w.+@\-]*)*/g;
const MAX_WORDS = 4;

export class BenchmarkIndex {
  private byKey = new Map<string, BenchmarkRef>();
  private allCaps = new Set<string>();

  constructor(readonly refs: readonly BenchmarkRef[]) {
    for (const r of refs) {
      for (const name of [r.benchmark, ...r.aliases]) {
        this.byKey.set(refKey(name), r);
        // all-caps names (MATH, DROP, GAIA) only in capitals: `math` in prose is not the benchmark
        if (name === name.toUpperCase() && /[A-Z]/.test(name)) this.allCaps.add(refKey(name));
      }
    }
  }

  lookup(raw: string): BenchmarkRef | null {
    return this.byKey.get(refKey(raw)) ?? null;
  }

  canonical(raw: string): string | null {
    return this.lookup(raw)?.benchmark ?? null;
  }

  private knownAt(text: string): Mention[] {
    const out: Mention[] = [];
    if (this.byKey.size === 0) return out;
    for (const run of text.matchAll(LATIN_RUN)) {
      const words: { start: number; end: number }[] = [];
      for (const w of run[0].matchAll(/\S+/g)) words.push({ start: run.index! + w.index!, end: run.index! + w.index! + w[0].length });
      for (let i = 0; i < words.length; i++) {
        // the longest name starting at this word wins
        for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
          let end = words[i + n - 1].end;
          let raw = text.slice(words[i].start, end);
          const trimmed = raw.replace(/[.\-]+$/, '');
          end -= raw.length - trimmed.length;
          raw = trimmed;
          const key = refKey(raw);
          const ref = this.byKey.get(key);
          if (!ref) continue;
          if (this.allCaps.has(key) && raw !== raw.toUpperCase()) continue;
          out.push({ start: words[i].start, end, raw, canonical: ref.benchmark });
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /** Benchmark mentions in a text, in order, overlapping ones resolved to the longest. */
  mentions(text: string): Mention[] {
    const found: Mention[] = [...this.knownAt(text)];
    for (const m of text.matchAll(CUED)) {
      const raw = m[1].replace(/[.\-]+$/, '');
      if (GENERIC.has(raw.toLowerCase()) || raw.length < 2) continue;
      const start = m.index!;
      found.push({ start, end: start + raw.length, raw, canonical: this.canonical(raw) });
      // `A, B와 C 벤치마크`: the cue covers the whole list
      let cursor = start;
      for (;;) {
        const before = text.slice(Math.max(0, cursor - 60), cursor);
        const mm = LIST_BEFORE.exec(before);
        if (!mm || !LIST_SEP.test(mm[2])) break;
        const s = cursor - mm[0].length;
        const trimmed = mm[1].replace(/[.\-]+$/, '');
        const name = trimLead(trimmed);
        if (GENERIC.has(name.toLowerCase())) break;
        const at = s + trimmed.length - name.length; // after a dropped leading `and`
        found.push({ start: at, end: at + name.length, raw: name, canonical: this.canonical(name) });
        cursor = s;
      }
    }
    for (const m of text.matchAll(AT)) {
      const raw = m[1].replace(/[.\-]+$/, '');
      if (GENERIC.has(raw.toLowerCase()) || raw.length < 2 || MODEL.test(raw) || /^[a-z]/.test(raw)) continue;
      found.push({ start: m.index!, end: m.index! + raw.length, raw, canonical: this.canonical(raw) });
    }
    for (const m of text.matchAll(TASK)) {
      const start = m.index! + 1;
      found.push({ start, end: start + m[1].length, raw: m[1].trim(), canonical: this.canonical(m[1]) });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) {
        if (m.end - m.start > last.end - last.start) out[out.length - 1] = { ...m, canonical: m.canonical ?? this.canonical(m.raw) };
        continue;
      }
      out.push(m);
    }
    return out;
  }
}
