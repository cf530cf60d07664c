/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // OpsFlow: staff read Traditional Chinese. zh-TW is the fallback, so every browser
  // whose first language is not English gets Chinese; 'en' stays selectable for English browsers.
  // The locale files are OpsFlow's own: locales/zh-TW.json beside this folder.
  app: {
    name: '任務清單',
    vendor: 'OpsFlow'
  },
  locales: {
    availableLocales: ['zh-TW', 'en'],
    fallbackLocale: 'zh-TW'
  },
  // form-js (Camunda Forms) has no locale files: this script translates its messages in forms.
  // opsflow-webapps.js (shared by every app, served from /assets): one sign-in and sign-out with
  // OpsFlow's pages, and the header's links to them.
  // pickers.js: the work-order forms' stations and engineers by Chinese name.
  // order-started.js: the order number after an order was started from a start form.
  // my-requests.js: a staff member's own requests and appeals.
  // order-view.js: the order's customer, station and deadlines in the called processes' forms (issue 19).
  customScripts: ['scripts/opsflow/dates.js', 'scripts/opsflow/form-messages-zh-tw.js', '../../../assets/opsflow-webapps.js',
    'scripts/opsflow/pickers.js', 'scripts/opsflow/order-started.js', 'scripts/opsflow/my-requests.js',
    'scripts/opsflow/order-view.js'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
