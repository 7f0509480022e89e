// The shapes of a date and of an arXiv id, which more than one stage recognises (the parser,
// the API reader, the report window, the digest sync, reconciliation).

/** arXiv id in a paper URL (arXiv abs/pdf or Hugging Face papers page), without version. */
export const ARXIV_ID = /(?:arxiv\.org\/(?:abs|pdf)\/|huggingface\.co\/papers\/)(\d{4}\.\d{4,5})(?:v\d+)?/i;

/** YYYY-MM-DD, and a day that exists. */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
