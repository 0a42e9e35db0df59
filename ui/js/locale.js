// The language and calendar choice, shown in Workspace settings and on the
// first-run screen. A choice is applied at once and remembered (i18n.js keeps
// it in localStorage); `onChange` draws the screen again in the new language.

import { h } from './dom.js';
import { t, LANGUAGES, CALENDARS, chosenLocale, chooseLocale, chooseCalendar, getCalendar, hasCalendarChoice } from './i18n.js';
import { field, select } from './form.js';

/** The two fields: the language (or "Same as the system") and, where the
 *  language has a choice, the calendar. */
export function languageFields(onChange, { idPrefix = 'settings' } = {}) {
  // Each language is named in itself, marked with its own lang and direction.
  const language = select(chosenLocale() || '', [['', t('settings.system')], ...LANGUAGES.map((l) => [l, t(`languages.${l}`)])],
    { id: `${idPrefix}-language` });
  for (const option of language.options) {
    if (option.value) { option.lang = option.value; option.dir = 'auto'; }
  }
  language.addEventListener('change', () => { chooseLocale(language.value || null); onChange(); });
  const fields = [field('language', t('settings.language'), language, { hint: t('settings.languageHint') })];
  if (hasCalendarChoice()) {
    const calendar = select(getCalendar(), CALENDARS.map((c) => [c, t(`calendars.${c}`)]), { id: `${idPrefix}-calendar` });
    calendar.addEventListener('change', () => { chooseCalendar(calendar.value); onChange(); });
    fields.push(field('calendar', t('settings.calendar'), calendar, { hint: t('settings.calendarHint') }));
  }
  return h('div', { class: 'language-fields' }, fields);
}

/** Asks the app shell to draw the current screen again in the new language. */
export function relocalize() {
  window.dispatchEvent(new CustomEvent('opencall:locale'));
}
