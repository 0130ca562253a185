/*
 * Smarteka workflow: the settings of the Camunda Tasklist (they replace the 7.24 webjar's default config.js, which
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
    name: 'Задачи',
    vendor: 'Смартека'
  },
  // Smarteka: Russian form messages, errors next to the fields, counts on every filter (scripts/smarteka.js)
  customScripts: ['scripts/smarteka'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взять в работу выбранную задачу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти к первому фильтру в списке'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти к первому полю формы задачи'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'открыть окно запуска процесса'
    }
  },
  locales,
  dateFormat
};
