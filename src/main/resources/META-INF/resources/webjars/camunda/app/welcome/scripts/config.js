/*
 * Smarteka workflow: the settings of the Camunda welcome page (they replace the 7.24 webjar's default config.js, which
 * sets nothing: the application's classpath comes before the webjar's, so this file is served instead).
 * Russian by default and Russian dates for every webapp come from ../../smarteka/russian.js; the settings
 * Camunda offers are in its documentation (Web Applications → the app → Configuration).
 */
import { locales, dateFormat } from '../../smarteka/russian.js';
// under single sign-on «Выход» ends the provider's session too (no effect otherwise)
import '../../smarteka/sso-logout.js';

export default {
  // Smarteka: the header and the page title name the application (documented branding setting)
  app: {
    name: 'Вход',
    vendor: 'Смартека'
  },
  // Smarteka: says so while the demo data is still loading (scripts/smarteka.js)
  customScripts: ['scripts/smarteka'],
  locales,
  dateFormat
};
