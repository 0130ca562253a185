/*
 * Smarteka workflow: what every Camunda webapp (Tasklist, Cockpit, Admin, the welcome page) shares in its
 * scripts/config.js. The webapps load config.js as an ES module, so each one imports these settings from here.
 */

// Russian is the default; a browser asking for English gets English.
export const locales = {
  availableLocales: ['ru', 'en'],
  fallbackLocale: 'ru'
};

// Russian date formats (day.month.year, 24-hour clock)
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD.MM.YYYY HH:mm',
  normal: 'DD.MM.YYYY HH:mm',
  long: 'dddd, D MMMM YYYY, HH:mm',
  short: 'DD.MM.YYYY'
};
