import { useState } from 'react';
import { MemoryAdapter } from 'chorus-widgets/adapters/memory.js';
import 'chorus-widgets/leaderboard.js';
import type {} from 'chorus-widgets/jsx';
import { KudosWall, Poll, Provider } from 'chorus-widgets/react';

// The embedded backend with its demo data; a real page gives <Provider endpoint="/api/chorus">.
const adapter = new MemoryAdapter({ persist: false, latency: 0 });

export function App() {
  const [vote, setVote] = useState<string[]>();
  return (
    <Provider adapter={adapter} locale="en">
      {/* Wrappers: props are set as properties, events arrive as typed onX props. */}
      <Poll pollId="poll-lunch" onPollVoted={(event) => setVote(event.vote.optionIds)} />
      <p role="status">{vote ? `You voted for ${vote.join(', ')}.` : 'No vote yet.'}</p>
      <KudosWall heading="Team kudos" pageSize={3} noComposer onChorusError={(event) => console.error(event.operation, event.error)} />
      {/* The element itself, typed by chorus-widgets/jsx: attributes and on<event> handlers. */}
      <chorus-leaderboard period="month" heading="Top of the month" onchorus-error={(event) => console.error(event.error)}></chorus-leaderboard>
    </Provider>
  );
}
