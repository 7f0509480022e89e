// Synthetic api/daily_papers days in the shape of Hugging Face's OpenAPI schema (written for the
// tests: no real response is stored), and a loopback server that plays them back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureAuthor {
  _id: string;
  name: string;
  hidden: boolean;
  user?: { _id: string; user: string; fullname: string; avatarUrl: string; isPro: boolean; type: 'user' };
}

export function hfAuthor(n: number, name: string, user?: string): FixtureAuthor {
  const a: FixtureAuthor = { _id: `a${String(n).padStart(23, '0')}`, name, hidden: false };
  if (user)
    a.user = { _id: `u${user.padStart(23, '0')}`, user, fullname: name, avatarUrl: `/avatars/${user}.svg`, isPro: false, type: 'user' };
  return a;
}

/** One item of a day: `paper` plus the listing's own fields. */
export function hfItem(
  id: string,
  date: string,
  o: {
    title?: string;
    upvotes?: number;
    authors?: FixtureAuthor[];
    extra?: Record<string, unknown>;
    paperExtra?: Record<string, unknown>;
  } = {},
) {
  const title = o.title ?? `Synthetic paper ${id}`;
  const summary = `We study synthetic problem ${id}. Our method improves accuracy on GSM8K to 80.5%.`;
  return {
    paper: {
      id,
      authors: o.authors ?? [hfAuthor(1, 'Ada Example', 'ada'), hfAuthor(2, 'Bo Sample')],
      publishedAt: `${date}T09:00:00.000Z`,
      submittedOnDailyAt: `${date}T12:00:00.000Z`,
      title,
      summary,
      upvotes: o.upvotes ?? 7,
      discussionId: `d${id.replace('.', '')}`,
      ai_summary: `A synthetic summary of ${id}.`,
      ai_keywords: ['synthetic', 'benchmark'],
      githubRepo: `https://github.com/example/p${id.replace('.', '')}`,
      githubStars: 12,
      projectPage: `https://example.org/${id}`,
      ...o.paperExtra,
    },
    publishedAt: `${date}T09:00:00.000Z`,
    title,
    summary,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
    numComments: 2,
    submittedBy: {
      _id: 'u00000000000000000000sub',
      user: 'submitter',
      fullname: 'Sub Mitter',
      avatarUrl: '/avatars/sub.svg',
      isPro: false,
      type: 'user',
    },
    isAuthorParticipating: false,
    ...o.extra,
  };
}

/** What the server answers for a date, attempt by attempt (the last one repeats). */
export type Answer = { json: unknown } | { status: number; retryAfter?: string } | { truncated: unknown } | { hang: true };

export interface FixtureServer {
  url: string;
  /** every request: date and time it arrived */
  requests: { date: string; at: number }[];
  maxInFlight: number;
  close(): Promise<void>;
}

export async function fixtureServer(script: Record<string, Answer[]>): Promise<FixtureServer> {
  const seen = new Map<string, number>();
  const requests: FixtureServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const date = new URL(req.url ?? '/', 'http://x').searchParams.get('date') ?? '';
    requests.push({ date, at: Date.now() });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const answers = script[date] ?? [{ json: [] }];
    const n = seen.get(date) ?? 0;
    seen.set(date, n + 1);
    const a = answers[Math.min(n, answers.length - 1)];
    if ('hang' in a) {
      hanging.add(res);
      return;
    }
    if ('status' in a) {
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.retryAfter ? { 'retry-after': a.retryAfter } : {}) });
      res.end(JSON.stringify({ error: `status ${a.status}` }));
      return;
    }
    const text = JSON.stringify('json' in a ? a.json : a.truncated);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('json' in a ? text : text.slice(0, Math.floor(text.length / 2)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/daily_papers`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const h of hanging) h.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
