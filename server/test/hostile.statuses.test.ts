import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { contract, listen, OLAFUR, startTestServer, type TestServer } from './helpers.js';
import { bodyOf, breach, pathOf } from './hostile.contract.js';

/*
 * Every status the server sends is one the contract declares for that operation, with the
 * ErrorBody: walked over every operation with ids and headers past their bounds, a body past the
 * limit (on operations that take none too) and headers past what Node reads (431).
 */
describe('every answer is declared for its operation', () => {
  let s: TestServer;
  before(async () => (s = await startTestServer()));
  after(() => s.close());

  const ops = contract.operationIds;
  const headerParams = (id: string) => contract.parameterNames(id).filter((n) => /^[A-Z]/.test(n));
  const send = async (id: string, path: string, headers: Record<string, string> = {}, body?: string) => {
    const { method } = contract.operation(id);
    const res = await s.call(OLAFUR, method, path, { headers, ...(body !== undefined ? { body } : {}) });
    return breach(id, res.status, await bodyOf(res));
  };

  it('ids and headers past their bounds', async () => {
    const found: string[] = [];
    for (const id of ops) {
      if (/\{/.test(contract.operation(id).path)) found.push(await send(id, pathOf(id, {}, 'x'.repeat(1000))));
      for (const name of headerParams(id)) found.push(await send(id, pathOf(id), { [name]: 'k'.repeat(2000) }));
    }
    assert.deepEqual(found.filter(Boolean), []);
  });

  it('a body past the limit, on operations that take one and on those that take none', async () => {
    const found: string[] = [];
    for (const id of ops) {
      if (contract.operation(id).method === 'GET') continue;
      const big = JSON.stringify({ message: 'x'.repeat(id === 'giveKudos' ? 3_000_000 : 40_000) });
      found.push(await send(id, pathOf(id), { 'Idempotency-Key': 'big-body' }, big));
    }
    assert.deepEqual(found.filter(Boolean), []);
  });

  it('headers past what the server reads: the ErrorBody, with a status every operation declares', async () => {
    const http = await listen(s.app);
    try {
      const found: string[] = [];
      for (const id of ops) {
        const url = new URL(http.url + pathOf(id));
        const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = request(url, { method: contract.operation(id).method, headers: { 'X-Padding': 'p'.repeat(20_000) } }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          });
          req.on('error', reject);
          req.end();
        });
        let body: unknown;
        try {
          body = answer.text ? JSON.parse(answer.text) : undefined;
        } catch {
          body = undefined;
        }
        found.push(breach(id, answer.status, body));
      }
      assert.deepEqual(found.filter(Boolean), []);
    } finally {
      await http.close();
    }
  });
});
