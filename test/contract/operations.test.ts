import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { NADIA, T0, startTestServer, type TestServer } from '../../server/test/helpers.js';
import { OPERATIONS, type OperationId } from '../../src/adapters/rest/operations.js';
import { demoCompany } from '../../src/seed/index.js';

/*
 * The REST adapter's operation table against the contract: every operation of
 * contract/openapi.yaml is in the table under its method and path (TypeScript checks the same
 * from the generated types; this catches types not regenerated), and the reference server serves
 * each one: its answer is not what the router answers for a path it does not know.
 */

interface ContractOperation {
  operationId: OperationId;
  method: string;
  path: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function contractOperations(): ContractOperation[] {
  const spec = parse(readFileSync(new URL('../../contract/openapi.yaml', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ operationId: item[m]!.operationId as OperationId, method: m.toUpperCase(), path })),
  );
}

/** Real ids from the seed, so a handler answers about a thing that exists. */
function pathParams(): Record<string, string> {
  const company = demoCompany(T0);
  const poll = company.polls.find((p) => p.writeIns.length > 0)!;
  return {
    kudosId: company.kudos.find((k) => k.visibility === 'public')!.id,
    emoji: '👏',
    pollId: poll.id,
    writeInId: poll.writeIns[0]!.id,
    threadId: company.feedback[0]!.id,
  };
}

const operations = contractOperations();

describe('the REST adapter’s operation table', () => {
  it('has every operation of the contract, under its method and path', () => {
    assert.ok(operations.length >= 30, `only ${operations.length} operations read from the contract`);
    for (const op of operations) {
      assert.deepEqual(OPERATIONS[op.operationId], { method: op.method, path: op.path }, `${op.operationId} (${op.method} ${op.path})`);
    }
  });

  it('has nothing the contract does not have', () => {
    const known = new Set(operations.map((o) => o.operationId));
    assert.deepEqual(
      Object.keys(OPERATIONS).filter((id) => !known.has(id as OperationId)),
      [],
    );
  });
});

describe('the reference server serves every operation of the table', () => {
  let s: TestServer;
  let notFound: { status: number; body: string };
  before(async () => {
    s = await startTestServer();
    const res = await s.call(NADIA, 'GET', '/no-such-route/at-all');
    notFound = { status: res.status, body: await res.text() };
  });
  after(() => s.close());

  it('answers a path it does not know with a 404 (the signature the checks below look for)', () => {
    assert.equal(notFound.status, 404);
  });

  const params = pathParams();
  for (const [id, { method, path }] of Object.entries(OPERATIONS)) {
    it(`${id}: ${method} ${path}`, async () => {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
      const res = await s.call(NADIA, method, url);
      // Read the answer only when it could be the router's: /events answers a stream that never ends.
      const body = res.status === notFound.status ? await res.text() : (await res.body?.cancel(), '');
      assert.ok(res.status !== notFound.status || body !== notFound.body, `${method} ${url} is not served (${res.status} ${body})`);
    });
  }
});
