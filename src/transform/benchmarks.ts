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

/** Matching key: case, spaces and punctuation do not count. */
export const benchKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** The reference's key keeps `+`: ScanNet++ and HumanEval+ are not ScanNet and HumanEval. */
const refKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin-script name, up to four words: `COCO 2014`, `SWE-bench Lite`, `longest6 v2`
const NAME = String.raw`[A-Za-z][\w.+@\-]*(?:[ \t]+(?:v?\d[\w.\-]*|[A-Z][\w.+@\-]*|Lite|Verified|Hard|Pro|test|val|dev|human|machine)){0,3}`;
const CUE = String.raw`\s*(?:벤치마크|벤치 마크|데이터셋|데이터 셋|데이터세트|데이터 세트|테스트셋|평가셋|benchmarks?|datasets?|test set|suite)`;
const CUED = new RegExp(`(?<![\\w.\\-])(${NAME})${CUE}`, 'g');
// `Bamboogle에서`, `QVHighlights 작업에서`: a Latin-script name where a result is reported, unless
// it is a model (GPT-4o에서, LLaMA3.1-8b에서)
const AT = new RegExp(`(?<![\\w.\\-])(${NAME})\\s*(?:작업|태스크|과제|task)?\\s*에서`, 'g');
const MODEL = /^(?:GPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemini|Gemma|Claude|o1|o3|o4|DeepSeek|Phi|Vicuna|Falcon|InternVL|LLaVA|BERT|T5|ViT|CLIP|SAM|Stable Diffusion|SD|SDXL|FLUX|DALL|Sora|PaLM|OPT|BLOOM|Yi|GLM|ChatGPT|Kimi|MiniCPM)\b|\d+(?:\.\d+)?[BbMm]\b|-\d+[BbMm]\b/;
// `비디오 객체 분할(video object segmentation) 작업에서`: a task named in English in parentheses
const TASK = /\(([A-Za-z][A-Za-z0-9 \-]{3,60})\)\s*(?:작업|태스크|과제|tasks?\b)/g;
const LIST_SEP = /^(?:\s*,\s*|\s*(?:와|과|및|and|&)\s+|\s*\/\s*)$/;
const GENERIC = new Set(['benchmark', 'benchmarks', 'dataset', 'datasets', 'test', 'evaluation', 'task', 'tasks', 'the', 'a', 'an', 'our', 'this', 'new', 'llm', 'llms', 'mllm', 'vlm', 'vlms', 'qa', 'nlp', 'ai', 'sota', 'large', 'public', 'standard', 'several', 'various', 'multiple', 'other', 'existing', 'open', 'these']);

export class BenchmarkIndex {
  private byKey = new Map<string, BenchmarkRef>();
  private known: RegExp | null;

  constructor(readonly refs: readonly BenchmarkRef[]) {
    const patterns: string[] = [];
    for (const r of refs) {
      for (const name of [r.benchmark, ...r.aliases]) {
        this.byKey.set(refKey(name), r);
        patterns.push(name.split(/[^\p{L}\p{N}+]+/u).filter(Boolean).map(escape).join('[\\s\\-_]*'));
      }
    }
    patterns.sort((a, b) => b.length - a.length);
    this.known = patterns.length ? new RegExp(`(?<![A-Za-z0-9])(${patterns.join('|')})(?![A-Za-z0-9+])`, 'gi') : null;
  }

  lookup(raw: string): BenchmarkRef | null {
    return this.byKey.get(refKey(raw)) ?? null;
  }

  /** The canonical form of a raw name: exact alias, else a known prefix plus its qualifier. */
  canonical(raw: string): string | null {
    const hit = this.lookup(raw);
    if (hit) return hit.benchmark;
    return null;
  }

  private knownAt(text: string): Mention[] {
    if (!this.known) return [];
    const out: Mention[] = [];
    for (const m of text.matchAll(this.known)) {
      const ref = this.lookup(m[1]);
      if (!ref) continue;
      // all-caps names (MATH, DROP, GAIA) only in capitals: `math` in prose is not the benchmark
      const allCaps = [ref.benchmark, ...ref.aliases].some((n) => n === n.toUpperCase() && refKey(n) === refKey(m[1]));
      if (allCaps && m[1] !== m[1].toUpperCase()) continue;
      out.push({ start: m.index!, end: m.index! + m[1].length, raw: m[1], canonical: ref.benchmark });
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
        const mm = new RegExp(`(${NAME})(\\s*(?:,|와|과|및|and|&|/)\\s*)$`).exec(before);
        if (!mm || !LIST_SEP.test(mm[2])) break;
        const s = cursor - mm[0].length;
        const name = mm[1].replace(/[.\-]+$/, '');
        if (GENERIC.has(name.toLowerCase())) break;
        found.push({ start: s, end: s + name.length, raw: name, canonical: this.canonical(name) });
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
