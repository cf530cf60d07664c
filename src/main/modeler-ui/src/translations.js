// Chinese texts for the editor's palette, context pad and properties panel (diagram-js translate).
const zh = {
  'Activate hand tool': '移動畫布',
  'Activate lasso tool': '框選',
  'Activate create/remove space tool': '插入或移除空間',
  'Activate global connect tool': '連線',
  'Create start event': '新增開始事件',
  'Create end event': '新增結束事件',
  'Create intermediate/boundary event': '新增中間或邊界事件',
  'Create gateway': '新增閘道',
  'Create task': '新增任務',
  'Create data object reference': '新增資料物件',
  'Create data store reference': '新增資料儲存',
  'Create expanded sub-process': '新增子流程',
  'Create pool/participant': '新增泳池',
  'Create group': '新增群組',
  'Append end event': '接上結束事件',
  'Append gateway': '接上閘道',
  'Append task': '接上任務',
  'Append intermediate/boundary event': '接上中間事件',
  'Append text annotation': '加註解',
  'Change element': '變更類型',
  'Change type': '變更類型',
  'Connect to other element': '連線到其他元素',
  'Connect using association': '以關聯連線',
  'Delete': '刪除',
  'General': '一般',
  'Name': '名稱',
  'ID': 'ID',
  'Documentation': '說明',
  'Element documentation': '元素說明',
  'Process documentation': '流程說明',
  'Version tag': '版本標籤',
  'History cleanup': '歷史清理',
  'Time to live': '保留期限',
  'Timer': '計時器',
  'Type': '類型',
  'Value': '值',
  'Date': '日期',
  'Duration': '期間',
  'Cycle': '週期',
  'Inputs': '輸入參數',
  'Outputs': '輸出參數',
  'Implementation': '實作',
  'Delegate expression': '委派運算式',
  'User assignment': '指派',
  'Assignee': '負責人',
  'Candidate groups': '候選群組',
  'Candidate users': '候選人員',
  'Due date': '到期時間',
  'Form': '表單',
  'Form reference': '表單參照',
  'Binding': '綁定',
  'Template': '範本',
  'Select': '選擇',
  'Unlink': '解除連結',
  'Remove': '移除',
  'Asynchronous continuations': '非同步',
  'Execution listeners': '執行監聽器',
  'Task listeners': '任務監聽器',
  'Extension properties': '擴充屬性',
  'Called element': '被呼叫的流程',
  'Condition': '條件',
  'Search in diagram': '在圖中搜尋',
  'Forms': '表單',
  'No Issues': '沒有問題',
  '{errors} Errors, {warnings} Warnings': '{errors} 個錯誤，{warnings} 個警告',
  'Toggle linting': '開關檢查'
};

export default function translate(template, replacements) {
  replacements = replacements || {};
  const text = zh[template] || template;
  return text.replace(/{([^}]+)}/g, (_, key) => (key in replacements ? replacements[key] : '{' + key + '}'));
}

// ------------------------------------------------------------------ the form-js editor
// form-js 1.x has no translate service of its own: the palette shows each field type's
// `config.name`, the properties panel its groups' and entries' labels, a few texts are fixed.
// FormTranslateModule gives the editor Chinese names (so the palette's search finds 文字欄位),
// relabels the properties panel's groups through a provider, and translates the fixed texts
// it renders (exact matches of this table only; anything else stays as form-js wrote it).
const formZh = {
  // palette: header, search, groups
  'Components': '元件',
  'Search components': '搜尋元件',
  'No components found.': '沒有符合的元件。',
  'Clear content': '清除',
  'Input': '輸入',
  'Selection': '選擇',
  'Presentation': '顯示',
  'Containers': '容器',
  'Action': '動作',
  // palette: field types
  'Text field': '文字欄位',
  'Text area': '多行文字',
  'Number': '數字',
  'Date time': '日期時間',
  'Expression': '運算式',
  'File picker': '檔案上傳',
  'Checkbox': '核取方塊',
  'Checkbox group': '核取方塊群組',
  'Radio group': '單選按鈕群組',
  'Select': '下拉選單',
  'Tag list': '標籤清單',
  'Text view': '文字',
  'Image view': '圖片',
  'Table': '表格',
  'HTML view': 'HTML',
  'Document preview': '文件預覽',
  'Spacer': '間距',
  'Separator': '分隔線',
  'Group': '群組',
  'Dynamic list': '動態清單',
  'iFrame': '內嵌網頁',
  'Button': '按鈕',
  // properties panel: groups
  'General': '一般',
  'Condition': '顯示條件',
  'Layout': '版面',
  'Appearance': '外觀',
  'Serialization': '序列化',
  'Constraints': '限制',
  'Validation': '驗證',
  'Custom properties': '自訂屬性',
  'Security attributes': '安全屬性',
  'Options source': '選項來源',
  'Static options': '固定選項',
  'Dynamic options': '動態選項',
  'Options expression': '選項運算式',
  'Header items': '表頭',
  'Headers source': '表頭來源',
  // properties panel: entries
  'Field label': '欄位名稱',
  'Field description': '欄位說明',
  'Label': '名稱',
  'Key': '變數名稱 (key)',
  'ID': 'ID',
  'Text': '文字',
  'Default value': '預設值',
  'Disabled': '停用',
  'Read only': '唯讀',
  'Required': '必填',
  'Minimum length': '最少字數',
  'Maximum length': '最多字數',
  'Minimum': '最小值',
  'Maximum': '最大值',
  'Validation pattern': '驗證格式',
  'Custom regular expression': '自訂正規表示式',
  'Custom error message': '自訂錯誤訊息',
  'Hide if': '隱藏條件',
  'Columns': '欄寬',
  'Auto': '自動',
  'Height': '高度',
  'Searchable': '可搜尋',
  'Subtype': '類型',
  'Date label': '日期名稱',
  'Time label': '時間名稱',
  'Use 24h': '24 小時制',
  'Disallow past dates': '不可選擇過去的日期',
  'Decimal digits': '小數位數',
  'Increment': '間距',
  'Prefix': '前綴',
  'Suffix': '後綴',
  'Value': '值',
  'Type': '類型',
  'Path': '路徑',
  'Content': '內容',
  'Checked': '已勾選',
  'Not checked': '未勾選',
  'Output as string': '輸出為字串',
  'Alternative text': '替代文字',
  'Image source': '圖片來源',
  'Show outline': '顯示外框',
  'Vertical alignment': '垂直對齊',
  'Top': '上',
  'Center': '中',
  'Bottom': '下',
  'Submit': '送出',
  'Reset': '重設',
  'Email': '電子郵件',
  'Phone': '電話',
  'Custom': '自訂',
  '<none>': '<無>',
  'Toggle section': '展開或收合',
  'Create new list item': '新增項目',
  'Delete item': '刪除項目',
  'Toggle list item': '展開或收合項目',
  'Section contains edits': '本區有修改',
  'Section contains an error': '本區有錯誤',
  'Open documentation': '開啟文件',
  'Open pop-up editor': '開啟編輯視窗',
  'Select a form field to edit its properties.': '請選擇一個欄位以編輯其屬性。',
  'Form': '表單',
  'Binds to a form variable': '對應流程變數',
  'Empty form': '空白表單',
  'Drag and drop components here to start designing.': '把左側元件拖到這裡開始設計。'
};

/** The Chinese text of one of form-js's own texts, or the text itself. */
export function translateForm(text) {
  return formZh[text] || text;
}

function localize(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const key = node.data.trim();
    if (key && formZh[key] && node.data !== formZh[key]) node.data = formZh[key];
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  ['placeholder', 'title', 'aria-label'].forEach((attr) => {
    const value = node.getAttribute(attr);
    if (value && formZh[value]) node.setAttribute(attr, formZh[value]);
  });
  const title = node.getAttribute('title');
  const create = title && /^Create an? (.+) element$/.exec(title);
  if (create) node.setAttribute('title', '新增' + translateForm(create[1]));
  node.childNodes.forEach(localize);
}

function FormTranslate(formFields, propertiesPanel, eventBus, renderer) {
  Object.values(formFields._formFields).forEach((formField) => {
    if (formField.config && formField.config.name && formZh[formField.config.name]) {
      formField.config = Object.assign({}, formField.config, { name: formZh[formField.config.name] });
    }
  });
  // runs after form-js's own provider: relabels its groups
  propertiesPanel.registerProvider({
    getGroups: () => (groups) => groups.map((group) => Object.assign({}, group, { label: translateForm(group.label) }))
  }, 1);
  const container = renderer && renderer.container;
  if (container) {
    new MutationObserver((mutations) => mutations.forEach((m) => {
      if (m.type === 'characterData') localize(m.target);
      else if (m.type === 'attributes') localize(m.target);
      else m.addedNodes.forEach(localize);
    })).observe(container, { childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['placeholder', 'title'] });
    eventBus.on('rendered', () => localize(container));
  }
}
FormTranslate.$inject = ['formFields', 'propertiesPanel', 'eventBus', 'config.renderer'];

export const FormTranslateModule = {
  __init__: ['opsflowFormTranslate'],
  opsflowFormTranslate: ['type', FormTranslate]
};
