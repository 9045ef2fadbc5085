/** What the HTML of an attribute value may not hold as is. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

const attribute = (value: string) => value.replace(/[&"<>]/g, (c) => ENTITIES[c]!);

/**
 * The markup that shows a poll on another page: what its author copies after creating it. A poll
 * with a topic is placed by its topic, so the next poll of the topic takes its place there.
 */
export function pollSnippet(poll: { id: string; topic: string | null }): string {
  return poll.topic ? `<chorus-poll topic="${attribute(poll.topic)}"></chorus-poll>` : `<chorus-poll poll-id="${attribute(poll.id)}"></chorus-poll>`;
}
