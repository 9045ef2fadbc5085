import type { Post, ShareNetwork } from '../../core/share-card.domain.js';

/** The post as it will be once this person's share is recorded: what the card shows while it is. */
export function withShare(post: Post, network: ShareNetwork): Post {
  const { shares } = post;
  return {
    ...post,
    sharedByMe: true,
    shares: {
      byNetwork: { ...shares.byNetwork, [network]: (shares.byNetwork[network] ?? 0) + 1 },
      total: shares.total + 1,
      people: shares.people + (post.sharedByMe ? 0 : 1),
    },
  };
}
