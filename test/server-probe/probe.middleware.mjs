/*
 * A recording endpoint for browser tests that must see a request exactly as it left the browser
 * (cookies, Authorization, Referer — what a service worker or a fetch spy cannot see). Requests
 * under /__probe/api/ are recorded and answered with minimal contract-shaped JSON;
 * GET /__probe/log returns what was recorded and forgets it.
 */
import { Buffer } from 'node:buffer';

const log = [];

const thread = (message) => ({
  id: 'fb-probe',
  categoryId: 'workplace',
  score: null,
  status: 'open',
  createdAt: '2026-01-01T10:00:00.000Z',
  messages: [{ id: 'm-1', from: 'sender', author: null, message, createdAt: '2026-01-01T10:00:00.000Z' }],
});

const ANSWERS = {
  'GET /me': () => ({ id: 'p-01', name: 'Chloé Dubois', teamId: 't-eng', roles: [] }),
  'GET /feedback/config': () => ({
    categories: [{ id: 'workplace', label: 'Workplace and tools' }],
    scoreKind: 'mood',
    messageMin: 10,
    messageMax: 2000,
    replyMax: 1000,
    minGroupSize: 5,
  }),
  'POST /feedback': (body) => ({ thread: thread(body?.message ?? ''), replyToken: 'cHJvYmUtcHJvYmUtcHJvYmUtcHJvYmUtcHJvYmU' }),
  'GET /feedback/thread': () => thread('Hello'),
  'POST /feedback/thread/replies': () => thread('Hello'),
};

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function probeMiddleware(ctx, next) {
  if (ctx.path === '/__probe/log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log.splice(0));
    return;
  }
  if (!ctx.path.startsWith('/__probe/api/')) return next();
  const path = ctx.path.slice('/__probe/api'.length);
  const text = await readText(ctx.req);
  let body;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  log.push({ method: ctx.method, path, url: ctx.url, headers: { ...ctx.request.headers }, body });
  const answer = ANSWERS[`${ctx.method} ${path}`];
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  if (!answer) {
    ctx.status = 404;
    ctx.body = JSON.stringify({ error: { code: 'not-found', message: 'The probe has nothing here.' } });
    return;
  }
  ctx.status = ctx.method === 'POST' ? 201 : 200;
  ctx.body = JSON.stringify(answer(body));
}
