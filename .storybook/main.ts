import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook gets its own Vite config: the top-level one builds the library (library mode,
    // production-only Lit, a side-effects check) and is not meant for an app.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  // public/mockServiceWorker.js (written by `npx msw init public --no-save`) is served at the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own manager and docs chunks are large; that is not ours to split.
  viteFinal: (config) => mergeConfig(config, { build: { chunkSizeWarningLimit: 2000 } }),
};

export default config;
