import { expect } from '@open-wc/testing';
import { ValidationError } from '../../../src/core/errors.js';
import type { BoardQuery } from '../../../src/core/leaderboard.js';
import { endpointAdapter } from '../../../src/provider/endpoint.js';
import { backend, calls } from './helpers.js';

/* The leaderboard over HTTP in the browser: <chorus-provider endpoint>'s adapter forwards the port to the contract, and a bad query comes back as a ValidationError. */

const query: BoardQuery = { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 5 };

describe('leaderboard over the REST adapter', () => {
  it('forwards the leaderboard port: the board and opt-out the backend answers', async () => {
    const mock = await backend({ adapter: { userId: 'p-01' } });
    const expected = await mock.adapter.leaderboard.getBoard(query);
    const endpoint = endpointAdapter({ baseUrl: '/api/chorus' });
    expect(await endpoint.leaderboard.getBoard(query)).to.deep.equal(expected);
    expect(expected.rows).to.have.length(5);
    expect((await endpoint.leaderboard.setOptOut(true)).optedOut).to.equal(true);
    expect((await mock.adapter.leaderboard.getMySummary()).optedOut).to.equal(true);
    expect(calls(mock, 'GET', /^\/leaderboard\/board\?/)).to.have.length(1);
    expect(calls(mock, 'PUT', /^\/leaderboard\/me\/opt-out$/)).to.have.length(1);
    endpoint.dispose();
  });

  it('rejects a limit past the most with a ValidationError naming the field', async () => {
    await backend();
    const endpoint = endpointAdapter({ baseUrl: '/api/chorus' });
    const error = await endpoint.leaderboard.getBoard({ ...query, limit: 1000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.map((f) => f.field)).to.deep.equal(['limit']);
    endpoint.dispose();
  });
});
