import { defineConfig } from 'vite';

// Storybook's Vite settings (see main.ts). TypeScript options, including Lit's
// `experimentalDecorators`, come from tsconfig.json as for every other Vite build here.
export default defineConfig({
  // Storybook serves public/ through `staticDirs`; one mechanism is enough.
  publicDir: false,
});
