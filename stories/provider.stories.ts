import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/provider/provider.js';

type Args = { locale: string };

/**
 * `<chorus-provider>` draws nothing itself: it hands an adapter, the current user and a locale to
 * every Chorus widget placed inside it. Widget stories show it at work with a backend.
 */
const meta = {
  title: 'Components/Provider',
  component: 'chorus-provider',
  args: { locale: '' },
  argTypes: { locale: { control: 'text' } },
  render: ({ locale }) => html`
    <chorus-provider locale=${locale || nothing}>
      <section aria-label="Inside the provider">
        <p style="margin: 0; padding: 12px; border: 1px dashed currentColor; border-radius: 6px">
          Widgets placed here use this provider's adapter${locale ? html` and the <code>${locale}</code> locale` : nothing}.
        </p>
      </section>
    </chorus-provider>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithLocale: Story = { args: { locale: 'fr' } };
