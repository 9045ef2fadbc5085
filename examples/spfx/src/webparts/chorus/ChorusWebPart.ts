import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { RestAdapter, type ChorusProvider } from 'chorus-widgets';
// Defines <chorus-provider> and every widget (each web part bundle has its own copy: see README).
import 'chorus-widgets/all.js';
import * as strings from 'ChorusWebPartStrings';
import { applyTheme, isDark } from './theme';
import { WIDGETS, widgetNamed } from './widgets';

export interface IChorusWebPartProps {
  widget: string;
  /** The Chorus API, e.g. https://chorus.contoso.com/api/chorus. */
  endpoint: string;
  /** The API's Entra ID application ID URI (api://…): requests carry the person's token for it. */
  apiResource: string;
  pollId?: string;
  postId?: string;
  heading?: string;
}

/** The page's UI language, for the widgets: fr-FR → fr; languages Chorus does not ship stay English. */
function chorusLanguage(culture: string): string {
  const lang = culture.split('-')[0].toLowerCase();
  return ['fr', 'de', 'it', 'es'].indexOf(lang) >= 0 ? lang : 'en';
}

/** Chorus's translations, loaded only for the page's language (each its own chunk). */
function loadLanguage(lang: string): Promise<unknown> {
  switch (lang) {
    case 'fr':
      return import(/* webpackChunkName: 'chorus-fr' */ 'chorus-widgets/i18n/fr.js');
    case 'de':
      return import(/* webpackChunkName: 'chorus-de' */ 'chorus-widgets/i18n/de.js');
    case 'it':
      return import(/* webpackChunkName: 'chorus-it' */ 'chorus-widgets/i18n/it.js');
    case 'es':
      return import(/* webpackChunkName: 'chorus-es' */ 'chorus-widgets/i18n/es.js');
    default:
      return Promise.resolve();
  }
}

/**
 * One Chorus widget on a SharePoint page: the editor picks the widget and its backend in the
 * property pane; the widget talks to the Chorus API with the signed-in person's Entra ID token
 * (the REST adapter's `headers` hook asks SPFx for a fresh one on every request) and takes the
 * section's theme.
 */
export default class ChorusWebPart extends BaseClientSideWebPart<IChorusWebPartProps> {
  private theme: IReadonlyTheme | undefined;
  private adapter: RestAdapter | undefined;
  private adapterKey = '';

  protected async onInit(): Promise<void> {
    await loadLanguage(chorusLanguage(this.context.pageContext.cultureInfo.currentUICultureName));
  }

  /** The REST adapter for the current endpoint and resource, kept while they do not change. */
  private restAdapter(): RestAdapter | undefined {
    const endpoint = (this.properties.endpoint || '').trim();
    const resource = (this.properties.apiResource || '').trim();
    if (!endpoint) return undefined;
    const key = `${endpoint} ${resource}`;
    if (this.adapter && this.adapterKey === key) return this.adapter;
    if (this.adapter) this.adapter.dispose();
    const tokens = resource ? this.context.aadTokenProviderFactory.getTokenProvider() : undefined;
    this.adapter = new RestAdapter({
      baseUrl: endpoint,
      // With a token the person is known by it; without, by the API's own cookie (CORS with credentials).
      credentials: tokens ? 'omit' : 'include',
      headers: tokens ? async () => ({ Authorization: `Bearer ${await (await tokens).getToken(resource)}` }) : undefined,
    });
    this.adapterKey = key;
    return this.adapter;
  }

  public render(): void {
    const choice = widgetNamed(this.properties.widget);
    const adapter = this.restAdapter();
    this.domElement.replaceChildren();
    applyTheme(this.domElement, this.theme);
    if (!adapter) {
      // An editor's first step, not an error: say what to set (the widget would show "not connected").
      const note = document.createElement('p');
      note.textContent = strings.NoEndpoint;
      this.domElement.append(note);
      return;
    }
    const provider = document.createElement('chorus-provider') as ChorusProvider;
    provider.adapter = adapter;
    provider.locale = chorusLanguage(this.context.pageContext.cultureInfo.currentUICultureName);
    const widget = document.createElement(`chorus-${choice.name}`);
    if (choice.subject) widget.setAttribute(choice.subject.attribute, this.properties[choice.subject.property] || '');
    if (choice.heading && this.properties.heading) widget.setAttribute('heading', this.properties.heading);
    if (isDark(this.theme)) widget.setAttribute('theme', 'dark');
    // Two of the same widget on a page keep their drafts apart.
    widget.id = `chorus-${this.instanceId}`;
    provider.append(widget);
    this.domElement.append(provider);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    if (this.adapter) this.adapter.dispose();
    this.adapter = undefined;
    this.domElement.replaceChildren();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const choice = widgetNamed(this.properties.widget);
    const widgetFields: IPropertyPaneField<unknown>[] = [
      PropertyPaneDropdown('widget', { label: strings.WidgetFieldLabel, options: WIDGETS.map((w) => ({ key: w.name, text: w.title })) }),
    ];
    if (choice.subject)
      widgetFields.push(
        PropertyPaneTextField(choice.subject.property, { label: choice.subject.property === 'pollId' ? strings.PollIdFieldLabel : strings.PostIdFieldLabel }),
      );
    if (choice.heading) widgetFields.push(PropertyPaneTextField('heading', { label: strings.HeadingFieldLabel }));
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.WidgetGroupName, groupFields: widgetFields },
            {
              groupName: strings.BackendGroupName,
              groupFields: [
                PropertyPaneTextField('endpoint', { label: strings.EndpointFieldLabel, description: strings.EndpointFieldDescription }),
                PropertyPaneTextField('apiResource', { label: strings.ApiResourceFieldLabel, description: strings.ApiResourceFieldDescription }),
              ],
            },
          ],
        },
      ],
    };
  }
}
