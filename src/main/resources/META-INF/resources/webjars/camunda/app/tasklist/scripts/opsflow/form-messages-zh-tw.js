// OpsFlow: Camunda Forms (form-js) have no locale files, so their validation messages
// and placeholders would stay English in a Chinese Tasklist. This custom script (listed in
// config.js under customScripts) translates them in place, inside rendered forms only.
const MESSAGES = [
  [/^Field is required\.$/, '此欄位為必填。'],
  [/^Field must have minimum length of (.+)\.$/, '至少需 $1 個字元。'],
  [/^Field must have maximum length of (.+)\.$/, '最多 $1 個字元。'],
  [/^Field must have minimum value of (.+)\.$/, '不可小於 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不可大於 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不正確。'],
  [/^Field must be a valid email\.$/, '請輸入有效的電子郵件地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, '請輸入有效的國際電話號碼。'],
  [/^Select$/, '請選擇'],
  [/^Search$/, '搜尋']
];

function translateText(node) {
  const text = node.nodeValue && node.nodeValue.trim();
  if (!text) {
    return;
  }
  for (const [english, chinese] of MESSAGES) {
    if (english.test(text)) {
      node.nodeValue = text.replace(english, chinese);
      return;
    }
  }
}

function translateWithin(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && root.parentElement.closest('.fjs-container')) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const forms = root.closest('.fjs-container') ? [root] : Array.from(root.querySelectorAll('.fjs-container'));
  for (const form of forms) {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
    form.querySelectorAll('input[placeholder]').forEach((input) => {
      for (const [english, chinese] of MESSAGES) {
        if (english.test(input.placeholder)) {
          input.placeholder = input.placeholder.replace(english, chinese);
        }
      }
    });
  }
}

// Translations replace English with Chinese, which no pattern matches again: no loop.
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'characterData') {
      translateWithin(record.target);
    }
    record.addedNodes.forEach(translateWithin);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

export default [];
