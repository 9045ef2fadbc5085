// Debian's Chromium, as every tool here launches it (browser tests, the demo e2e, the bench):
// never a browser download, and nothing that reaches the network on its own.

/** CHROME_PATH, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
