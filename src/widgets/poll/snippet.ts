/** What the HTML of an attribute value may not hold as is. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The markup that shows a poll on another page: what its author copies after creating it. */
export function pollSnippet(pollId: string): string {
  return `<chorus-poll poll-id="${pollId.replace(/[&"<>]/g, (c) => ENTITIES[c]!)}"></chorus-poll>`;
}
