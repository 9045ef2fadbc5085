import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useEffect } from 'storybook/preview-api';
import manifest from '../custom-elements.json';
import { forStorybook } from '../stories/support/docs-manifest.js';
// The shipped languages, so the Locale toolbar shows each widget translated.
import '../src/i18n/fr.js';
import '../src/i18n/de.js';
import '../src/i18n/it.js';
import '../src/i18n/es.js';

// Autodocs and the controls panel read each element's attributes, properties, events, slots,
// parts and CSS properties from the generated manifest (`npm run analyze`), adjusted for
// Storybook's table in stories/support/docs-manifest.ts.
setCustomElementsManifest(forStorybook(manifest));

type Theme = 'system' | 'light' | 'dark';
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/*
 * The page around a story, like a host intranet page: <html lang dir> from the toolbar (widgets
 * follow the page's language and direction unless they set their own), and a light or dark
 * surface. With a light or dark theme picked, every chorus-* element in the story gets that
 * `theme` attribute; "system" leaves the story's own setting and the OS preference in charge.
 */
const withPage: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'system') as Theme;
  const locale = (context.globals.locale ?? 'en') as string;
  const direction = (context.globals.direction ?? 'auto') as string;
  const dir = direction === 'auto' ? (RTL_LANGUAGES.has(locale.split('-')[0]!) ? 'rtl' : 'ltr') : direction;
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;

  useEffect(() => {
    if (theme === 'system') return;
    for (const el of document.querySelectorAll('.chorus-page *')) {
      if (el.localName.startsWith('chorus-')) el.setAttribute('theme', theme);
    }
  });

  return html`<div class="chorus-page" data-theme=${theme}>${story()}</div>`;
};

const pageStyles = document.createElement('style');
pageStyles.textContent = `
  .chorus-page { padding: 16px; border-radius: 8px; background: #ffffff; color: #242424; color-scheme: light;
    font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
  #storybook-root .chorus-page { min-height: calc(100vh - 2rem); }
  .chorus-page[data-theme='dark'] { background: #141414; color: #ffffff; color-scheme: dark; }
  @media (prefers-color-scheme: dark) {
    .chorus-page[data-theme='system'] { background: #141414; color: #ffffff; color-scheme: dark; }
  }
`;
document.head.append(pageStyles);

/*
 * Mock Service Worker. A story describes the REST backend with `parameters.msw` (a list of
 * handlers); mswLoader applies them and exposes the worker as `context.msw`. The service worker
 * itself is registered only for stories that set `parameters.msw`, so plain stories never wait
 * for it (headless screenshots with a virtual time budget stall on a registering worker). The
 * worker's URL is relative, so a Storybook published under a sub-path still finds it.
 */
const worker = setupWorker();
let started: Promise<unknown> | undefined;
const startWorkerWhenMocked: Loader = async ({ parameters }) => {
  if (parameters.msw === undefined) return;
  await (started ??= worker.start({ quiet: true, serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass' }));
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  loaders: [startWorkerWhenMocked, mswLoader(() => worker)],
  globalTypes: {
    theme: {
      description: 'Colour theme of the widgets and the page around them',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'system', title: 'System theme' },
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'it', title: 'Italiano' },
          { value: 'es', title: 'Español' },
          { value: 'ja', title: '日本語 (English text, Japanese dates)' },
          { value: 'ar', title: 'العربية (RTL, English text)' },
          { value: 'he', title: 'עברית (RTL, English text)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page (<html dir>); "auto" follows the locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'system', locale: 'en', direction: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
