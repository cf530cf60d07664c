// OpsFlow: dates in Camunda Forms read yyyy-MM-dd (times HH:mm, 24-hour, from the forms' use24h).
// form-js 7.24 gives its date picker the pattern of the browser's own locale: it asks
// Intl.DateTimeFormat('default') how 2020-06-05 is written (zh-TW: 2020/6/5, en-US: 06/05/2020)
// and parses typed dates with that pattern. This custom script (listed in config.js before the
// forms are rendered) answers that one question, the locale literally named 'default' without
// options, with an ISO-like locale; every other use of Intl is untouched. The value form-js
// submits does not change (a date is always sent as yyyy-MM-dd).
const NativeDateTimeFormat = Intl.DateTimeFormat;
const ISO_LIKE_LOCALE = 'sv-SE'; // writes 2020-06-05

function OpsFlowDateTimeFormat(locales, options) {
  const pattern = locales === 'default' && options === undefined ? ISO_LIKE_LOCALE : locales;
  return new NativeDateTimeFormat(pattern, options);
}
OpsFlowDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
OpsFlowDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = OpsFlowDateTimeFormat;

// The calendar that opens under a date field (flatpickr, inside form-js) in Chinese, weeks from Monday.
if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
  const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
  window.flatpickr.localize({
    weekdays: {
      shorthand: ['日', '一', '二', '三', '四', '五', '六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: { shorthand: months, longhand: months },
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '週',
    scrollTitle: '捲動切換',
    toggleTitle: '點擊切換',
    time_24hr: true
  });
}

export default [];
