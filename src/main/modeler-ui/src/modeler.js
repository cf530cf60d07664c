// /modeler: process owners edit OpsFlow's BPMN models and Camunda Forms in the browser.
// Everything here is bundled into the jar at build time (build.mjs); the page fetches only
// OpsFlow's own /modeler/api/*.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import * as bpmnlintConfig from '../generated/bpmnlint-config.js';
import { diff as bpmnDiff } from 'bpmn-js-differ';
import { diffLines } from 'diff';
import { FormEditor } from '@bpmn-io/form-js';
import translate, { FormTranslateModule } from './translations.js';
import { TasklistPaletteModule } from './tasklist-compat.js';

const $ = (selector) => document.querySelector(selector);
const state = { session: null, key: null, definitionId: null, baseXml: null, baseDefinitionId: null, lastDeploy: null,
  formId: null, formEditor: null, formBaseId: null, templates: [] };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

async function api(path, options) {
  const init = Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options || {});
  if (init.body !== undefined) {
    init.method = init.method || 'POST';
    init.headers = Object.assign({}, init.headers, { 'Content-Type': 'application/json', [state.session.csrfHeader]: state.session.csrfToken });
    init.body = JSON.stringify(init.body);
  }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error((data && data.detail) || ('HTTP ' + response.status));
    error.data = data;
    error.status = response.status;
    throw error;
  }
  return data;
}

function status(target, text, kind) {
  const node = $(target);
  node.textContent = text;
  node.className = 'status ' + (kind || '');
}

// ------------------------------------------------------------------ the BPMN editor

const modeler = new BpmnModeler({
  container: '#canvas',
  keyboard: { bindTo: document },
  propertiesPanel: { parent: '#properties' },
  linting: { bpmnlint: bpmnlintConfig, active: true },
  additionalModules: [
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    CamundaPlatformPropertiesProviderModule,
    ElementTemplatesPropertiesProviderModule,
    ElementTemplateChooserModule,
    lintModule,
    { translate: ['value', translate] }
  ],
  moddleExtensions: { camunda: camundaModdle }
});
window.opsflowModeler = modeler;

async function serialized() {
  return (await modeler.saveXML({ format: true })).xml;
}

async function openVersion(key, definitionId) {
  const xml = await api('/modeler/api/definitions/' + encodeURIComponent(definitionId) + '/xml',
    { headers: { Accept: 'application/xml' } });
  await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport');
  state.key = key;
  state.definitionId = definitionId;
  state.baseDefinitionId = definitionId;
  // the baseline as this editor writes it, so the XML diff shows only what the owner changed
  state.baseXml = await serialized();
  $('#current').textContent = key + '（' + definitionId + '）';
  ['#btn-lint', '#btn-diff', '#btn-deploy'].forEach((b) => ($(b).disabled = false));
  $('#lint-panel').classList.add('hidden');
  $('#diff-panel').classList.add('hidden');
  $('#deploy-result').textContent = '';
}

// ------------------------------------------------------------------ list of processes

async function loadProcesses() {
  const processes = await api('/modeler/api/processes');
  const list = $('#process-list');
  list.replaceChildren();
  processes.forEach((p) => {
    const latest = p.versions[0];
    const versions = el('ul', { class: 'versions hidden' }, p.versions.map((v) => el('li', { class: 'version', 'data-id': v.id },
      el('span', {}, 'v' + v.version + (v.versionTag ? '（' + v.versionTag + '）' : '')),
      el('span', { class: 'running', title: '執行中的實例' }, '執行中 ' + v.running),
      el('button', { class: 'open', onclick: () => openVersion(p.key, v.id) }, '開啟'),
      el('a', { class: 'export', href: '/modeler/api/definitions/' + encodeURIComponent(v.id) + '/xml?download=true' }, '匯出'),
      v.id !== latest.id && v.running > 0
        ? el('button', { class: 'migrate', onclick: () => showMigration(v.id, latest.id) }, '遷移至最新') : '')));
    list.append(el('li', { class: 'item', 'data-key': p.key },
      el('div', { class: 'title' }, p.name || p.key,
        p.differsFromRepository ? el('span', { class: 'badge', title: '已部署的最新版本與儲存庫 bpmn/ 的檔案不同' }, '與儲存庫不同') : '',
        p.inRepository ? '' : el('span', { class: 'badge', title: '儲存庫 bpmn/ 中沒有此流程' }, '不在儲存庫')),
      el('div', { class: 'meta' }, p.key + '｜最新 v' + latest.version + '（' + (latest.versionTag || '無標籤') + '）｜執行中 '
        + p.versions.reduce((n, v) => n + v.running, 0)),
      el('button', { class: 'open-latest', onclick: () => openVersion(p.key, latest.id) }, '開啟最新版本'),
      el('button', { class: 'show-versions', onclick: () => versions.classList.toggle('hidden') }, '所有版本'),
      versions));
  });
}

// ------------------------------------------------------------------ lint

async function lint() {
  const xml = await serialized();
  const server = await api('/modeler/api/lint', { body: { key: state.key, xml } });
  const browserIssues = await modeler.get('linting').lint();
  const items = [];
  server.findings.forEach((f) => items.push({ level: 'error', text: (f.elementId ? f.elementId + '：' : '') + f.message + '［' + f.rule + '］' }));
  Object.entries(browserIssues || {}).forEach(([id, issues]) => issues.forEach((i) =>
    items.push({ level: i.category === 'error' ? 'error' : 'warn', text: id + '：' + i.message + '［bpmnlint ' + i.rule + '］' })));
  const panel = $('#lint-panel');
  panel.classList.remove('hidden');
  const errors = items.filter((i) => i.level === 'error').length;
  $('#lint-summary').textContent = errors === 0
    ? '檢查通過' + (items.length ? '（' + items.length + ' 項提示）' : '')
    : '檢查未通過：' + errors + ' 項錯誤，不能部署';
  $('#lint-summary').className = 'status ' + (errors === 0 ? 'ok' : 'error');
  $('#lint-results').replaceChildren(...items.map((i) => el('li', { class: i.level }, (i.level === 'error' ? '錯誤　' : '提示　') + i.text)));
  return errors;
}

// ------------------------------------------------------------------ diff against the deployed version

async function showDiff() {
  const current = await serialized();
  $('#diff-panel').classList.remove('hidden');
  const left = new NavigatedViewer({ container: '#diff-old', moddleExtensions: { camunda: camundaModdle } });
  const right = new NavigatedViewer({ container: '#diff-new', moddleExtensions: { camunda: camundaModdle } });
  $('#diff-old').querySelectorAll('.bjs-container').forEach((c, i, all) => i < all.length - 1 && c.remove());
  $('#diff-new').querySelectorAll('.bjs-container').forEach((c, i, all) => i < all.length - 1 && c.remove());
  await left.importXML(state.baseXml);
  await right.importXML(current);
  left.get('canvas').zoom('fit-viewport');
  right.get('canvas').zoom('fit-viewport');
  const changes = bpmnDiff(left.getDefinitions(), right.getDefinitions());
  const rows = [];
  const mark = (viewer, id, marker) => { try { viewer.get('canvas').addMarker(id, marker); } catch (e) { /* not drawn */ } };
  Object.keys(changes._removed).forEach((id) => { mark(left, id, 'diff-removed'); rows.push('刪除　' + id); });
  Object.keys(changes._added).forEach((id) => { mark(right, id, 'diff-added'); rows.push('新增　' + id); });
  Object.entries(changes._changed).forEach(([id, change]) => {
    mark(left, id, 'diff-changed');
    mark(right, id, 'diff-changed');
    // bpmn-js-differ hands the first model's value (the deployed one) over as "newValue"
    Object.entries(change.attrs || {}).forEach(([attr, values]) => rows.push('修改　' + id + '　' + attr + '：「'
      + text(values.newValue) + '」→「' + text(values.oldValue) + '」'));
  });
  Object.keys(changes._layoutChanged).forEach((id) => rows.push('版面　' + id));
  $('#diff-changes').replaceChildren(...(rows.length ? rows : ['與已部署版本相同']).map((r) => el('li', {}, r)));
  const lines = [];
  diffLines(state.baseXml, current).forEach((part) => {
    const kind = part.added ? 'add' : part.removed ? 'del' : 'ctx';
    const partLines = part.value.replace(/\n$/, '').split('\n');
    const shown = kind === 'ctx' && partLines.length > 4 ? [partLines[0], '…', partLines[partLines.length - 1]] : partLines;
    shown.forEach((line) => lines.push(el('span', { class: kind }, (kind === 'add' ? '+ ' : kind === 'del' ? '- ' : '  ') + line)));
  });
  $('#xml-diff').replaceChildren(...lines);
}

function text(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    if (Array.isArray(value)) return value.map(text).join('、');
    return value.text || value.body || value.id || value.$type || JSON.stringify(value);
  }
  return String(value);
}

// ------------------------------------------------------------------ deploy and migrate

async function deploy() {
  const comment = $('#comment').value.trim();
  if (!comment) {
    status('#deploy-result', '請填寫這次修改的說明', 'error');
    return;
  }
  const errors = await lint();
  if (errors > 0) {
    status('#deploy-result', '檢查未通過，沒有部署', 'error');
    return;
  }
  try {
    const result = await api('/modeler/api/processes/' + encodeURIComponent(state.key) + '/deployments',
      { body: { xml: await serialized(), comment } });
    state.lastDeploy = result;
    status('#deploy-result', '已部署 ' + result.key + ' 第 ' + result.version + ' 版（版本標籤 ' + result.versionTag + '）', 'ok');
    $('#comment').value = '';
    await loadProcesses();
    await openVersion(result.key, result.definitionId);
    status('#deploy-result', '已部署 ' + result.key + ' 第 ' + result.version + ' 版（版本標籤 ' + result.versionTag + '）', 'ok');
    if (result.previousDefinitionId && result.runningOnPrevious > 0) {
      showMigration(result.previousDefinitionId, result.definitionId);
    }
  } catch (e) {
    const findings = (e.data && e.data.findings) || [];
    status('#deploy-result', '部署失敗：' + e.message + findings.map((f) => ' ' + (f.elementId || '') + '：' + f.message).join(''), 'error');
  }
}

function showMigration(source, target) {
  state.migration = { source, target };
  $('#migration-panel').classList.remove('hidden');
  $('#migration-route').textContent = '由 ' + source + ' 遷移至 ' + target;
  $('#preview-result').replaceChildren();
  $('#migration-result').textContent = '';
  $('#btn-migrate').disabled = true;
}

async function preview() {
  const { source, target } = state.migration;
  try {
    const p = await api('/modeler/api/migrations/preview?source=' + encodeURIComponent(source) + '&target=' + encodeURIComponent(target));
    const blocked = p.blocked.length
      ? el('table', { class: 'blocked' }, el('tr', {}, el('th', {}, '實例'), el('th', {}, '業務鍵'), el('th', {}, '無法對應的步驟')),
        p.blocked.map((b) => el('tr', {}, el('td', {}, b.instanceId), el('td', {}, b.businessKey || ''), el('td', {}, b.activities.join('、')))))
      : el('div', {}, '所有執行中的實例都可以遷移。');
    $('#preview-result').replaceChildren(
      el('div', { id: 'preview-counts' }, '試算：執行中 ' + p.total + ' 個，可遷移 ' + p.movable + ' 個，無法遷移 ' + p.blocked.length + ' 個。'),
      el('div', { class: 'meta' }, '引擎產生的計劃對應 ' + p.mappedActivities.length + ' 個步驟：' + p.mappedActivities.join('、')),
      blocked);
    $('#btn-migrate').disabled = p.movable === 0;
  } catch (e) {
    $('#preview-result').replaceChildren(el('div', { class: 'status error' }, '無法遷移：' + e.message));
  }
}

async function migrate() {
  const { source, target } = state.migration;
  try {
    const started = await api('/modeler/api/migrations', { body: { source, target } });
    status('#migration-result', '遷移批次已開始：' + started.moved + ' 個實例（批次 ' + started.batchId + '）', 'ok');
    $('#btn-migrate').disabled = true;
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const batch = await api('/modeler/api/batches/' + encodeURIComponent(started.batchId));
      if (batch.done) {
        status('#migration-result', '遷移完成：' + started.moved + ' 個實例已移至新版本' + (started.left ? '，' + started.left + ' 個留在舊版本' : ''), 'ok');
        await loadProcesses();
        return;
      }
      if (batch.failedJobs > 0) {
        status('#migration-result', '遷移批次有 ' + batch.failedJobs + ' 個工作失敗，請在 Cockpit 的批次頁查看', 'error');
        return;
      }
    }
  } catch (e) {
    status('#migration-result', '遷移失敗：' + e.message, 'error');
  }
}

// ------------------------------------------------------------------ forms

async function loadForms() {
  const forms = await api('/modeler/api/forms');
  $('#form-list').replaceChildren(...forms.map((f) => {
    const versions = el('ul', { class: 'versions hidden' }, (f.versions || []).map((v) => el('li', { class: 'version', 'data-id': v.id },
      el('span', {}, '第 ' + v.version + ' 版'),
      el('span', { class: 'meta' }, v.deployedAt ? new Date(v.deployedAt).toLocaleString('zh-TW') : ''),
      el('button', { class: 'open', onclick: () => openForm(f.id, v.id, v.version) }, '開啟'),
      el('a', { class: 'export', href: '/modeler/api/form-definitions/' + encodeURIComponent(v.id) + '/schema?download=true' }, '匯出'))));
    const latest = (f.versions || [])[0];
    return el('li', { class: 'item', 'data-id': f.id },
      el('div', { class: 'title' }, f.id,
        f.differsFromRepository ? el('span', { class: 'badge', title: '已部署的最新版本與儲存庫 forms/ 的檔案不同' }, '與儲存庫不同') : ''),
      el('div', { class: 'meta' }, f.resource + '｜' + (f.version ? '最新第 ' + f.version + ' 版' : '未部署')),
      latest ? el('button', { class: 'open-latest', onclick: () => openForm(f.id, latest.id, latest.version) }, '開啟最新版本') : '',
      latest ? el('button', { class: 'show-versions', onclick: () => versions.classList.toggle('hidden') }, '所有版本') : '',
      versions);
  }));
}

async function openForm(id, definitionId, version) {
  const schema = await api('/modeler/api/form-definitions/' + encodeURIComponent(definitionId) + '/schema');
  if (!state.formEditor) {
    state.formEditor = new FormEditor({ container: '#form-editor', additionalModules: [TasklistPaletteModule, FormTranslateModule] });
  }
  await state.formEditor.importSchema(schema);
  state.formId = id;
  state.formBaseId = definitionId;
  $('#current-form').textContent = id + '（第 ' + version + ' 版）';
  $('#btn-form-deploy').disabled = false;
  $('#btn-form-diff').disabled = false;
  $('#form-diff-panel').classList.add('hidden');
  $('#form-result').textContent = '';
}

const FORM_CHANGE = { '新增': 'diff-add', '刪除': 'diff-del', '修改': 'diff-mod' };

/** The edited form against the opened version: field by field, then the JSON line by line. */
async function showFormDiff() {
  try {
    const comparison = await api('/modeler/api/forms/' + encodeURIComponent(state.formId) + '/diff',
      { body: { schema: JSON.stringify(state.formEditor.saveSchema()), against: state.formBaseId } });
    $('#form-diff-panel').classList.remove('hidden');
    $('#form-diff-base').textContent = '與已部署的第 ' + comparison.baseVersion + ' 版比較（' + comparison.changes.length + ' 項修改）';
    const rows = comparison.changes.map((c) => el('tr', { class: FORM_CHANGE[c.kind] || '' },
      el('td', {}, c.kind), el('td', {}, c.field && c.field !== c.fieldId ? c.field + '［' + c.fieldId + '］' : c.fieldId),
      el('td', {}, c.property || ''), el('td', {}, c.oldValue == null ? '' : c.oldValue), el('td', {}, c.newValue == null ? '' : c.newValue)));
    $('#form-diff-changes').replaceChildren(
      el('tr', {}, el('th', {}, '修改'), el('th', {}, '欄位'), el('th', {}, '屬性'), el('th', {}, '已部署'), el('th', {}, '編輯中')),
      ...(rows.length ? rows : [el('tr', {}, el('td', { colspan: '5' }, '與已部署版本相同'))]));
    const lines = [];
    diffLines(comparison.baseSchema, comparison.schema).forEach((part) => {
      const kind = part.added ? 'add' : part.removed ? 'del' : 'ctx';
      const partLines = part.value.replace(/\n$/, '').split('\n');
      const shown = kind === 'ctx' && partLines.length > 4 ? [partLines[0], '…', partLines[partLines.length - 1]] : partLines;
      shown.forEach((line) => lines.push(el('span', { class: kind }, (kind === 'add' ? '+ ' : kind === 'del' ? '- ' : '  ') + line)));
    });
    $('#form-json-diff').replaceChildren(...lines);
    // the check deployment runs (FormLint): what would refuse it, before the owner writes a comment
    const lint = await api('/modeler/api/forms/' + encodeURIComponent(state.formId) + '/lint',
      { body: { schema: JSON.stringify(state.formEditor.saveSchema()) } });
    if (lint.findings.length) {
      status('#form-result', '不能部署：' + lint.findings.map((f) => (f.elementId ? f.elementId + '：' : '') + f.message).join(' '), 'error');
    } else {
      status('#form-result', '檢查通過，可以部署。', 'ok');
    }
  } catch (e) {
    status('#form-result', '無法比較：' + e.message, 'error');
  }
}

async function deployForm() {
  const comment = $('#form-comment').value.trim();
  if (!comment) {
    status('#form-result', '請填寫這次修改的說明', 'error');
    return;
  }
  try {
    const schema = state.formEditor.saveSchema();
    const result = await api('/modeler/api/forms/' + encodeURIComponent(state.formId) + '/deployments',
      { body: { schema: JSON.stringify(schema), comment } });
    $('#form-comment').value = '';
    await loadForms();
    const forms = await api('/modeler/api/forms');
    const deployed = forms.find((f) => f.id === result.id);
    if (deployed && deployed.versions.length) await openForm(result.id, deployed.versions[0].id, deployed.versions[0].version);
    status('#form-result', '已部署表單 ' + result.id + ' 第 ' + result.version + ' 版', 'ok');
  } catch (e) {
    // refused by the form check (what Tasklist 7.24 cannot render…): every reason, field by field
    const findings = (e.data && e.data.findings) || [];
    status('#form-result', '部署失敗：' + e.message + findings.map((f) => ' ' + (f.elementId ? f.elementId + '：' : '') + f.message).join(''), 'error');
  }
}

// ------------------------------------------------------------------ start

function tab(name) {
  $('#tab-processes').classList.toggle('active', name === 'processes');
  $('#tab-forms').classList.toggle('active', name === 'forms');
  $('#view-processes').classList.toggle('hidden', name !== 'processes');
  $('#view-forms').classList.toggle('hidden', name !== 'forms');
  if (name === 'forms') loadForms();
}

async function start() {
  state.session = await api('/modeler/api/session');
  $('#user').textContent = state.session.user;
  state.templates = await api('/modeler/api/element-templates');
  modeler.get('elementTemplates').set(state.templates);
  $('#btn-lint').addEventListener('click', lint);
  $('#btn-diff').addEventListener('click', showDiff);
  $('#btn-deploy').addEventListener('click', deploy);
  $('#btn-preview').addEventListener('click', preview);
  $('#btn-migrate').addEventListener('click', migrate);
  $('#btn-form-deploy').addEventListener('click', deployForm);
  $('#btn-form-diff').addEventListener('click', showFormDiff);
  $('#tab-processes').addEventListener('click', () => tab('processes'));
  $('#tab-forms').addEventListener('click', () => tab('forms'));
  await loadProcesses();
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  document.body.dataset.ready = 'error';
  status('#deploy-result', '載入失敗：' + e.message, 'error');
});
