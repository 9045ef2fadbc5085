import { html, nothing, type TemplateResult } from 'lit';
import type { PeoplePort } from '../../adapter/port.js';
import type { KudosConfig, KudosFilter } from '../../core/kudos.js';
import type { Person, Team } from '../../core/people.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { ChorusPeoplePicker } from '../../ui/people-picker.element.js';

export interface FiltersView {
  t: ChorusLocalize;
  config: KudosConfig;
  teams: Team[];
  people: PeoplePort | undefined;
  filter: KudosFilter;
  theme: 'light' | 'dark' | undefined;
  /** The person filtered on, when known (to show their name). */
  person: Person | null;
  change(filter: KudosFilter, person?: Person | null): void;
}

/** Native selects for value and team, the people picker (one person) for a colleague. */
export function kudosFilters({ t, config, teams, people, filter, theme, person, change }: FiltersView): TemplateResult {
  const active = !!(filter.valueId || filter.teamId || filter.personId);
  return html`<div class="filters" part="filters" role="group" aria-label=${t.term('kudos.filters')}>
    <label class="filter">
      <span>${t.term('kudos.filter.value')}</span>
      <select @change=${(e: Event) => change({ ...filter, valueId: (e.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!filter.valueId}>${t.term('kudos.filter.any-value')}</option>
        ${config.values.map((v) => html`<option value=${v.id} ?selected=${filter.valueId === v.id}>${v.emoji ? `${v.emoji} ` : ''}${v.label}</option>`)}
      </select>
    </label>
    <label class="filter">
      <span>${t.term('kudos.filter.team')}</span>
      <select @change=${(e: Event) => change({ ...filter, teamId: (e.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!filter.teamId}>${t.term('kudos.filter.any-team')}</option>
        ${teams.map((team) => html`<option value=${team.id} ?selected=${filter.teamId === team.id}>${team.name}</option>`)}
      </select>
    </label>
    <chorus-people-picker class="filter person" max="1" label=${t.term('kudos.filter.person')} .theme=${theme}
      .people=${people}
      .value=${person ? [person] : filter.personId ? [{ id: filter.personId, name: filter.personId, teamId: '' }] : []}
      @change=${(e: Event) => {
        const picked = (e.target as ChorusPeoplePicker).value[0] ?? null;
        change({ ...filter, personId: picked?.id }, picked);
      }}></chorus-people-picker>
    ${active ? html`<button class="ghost clear" @click=${() => change({}, null)}>${t.term('kudos.filter.clear')}</button>` : nothing}
  </div>`;
}
