/**
 * Arabic (العربية) labels for every component. Import this module once to make Arabic available:
 * `import 'explainer-elements/locales/ar.js'` (or load `dist/locales/ar.js` next to the CDN bundle). Elements then
 * use it wherever their locale is `ar` or `ar-*`; numbers and dates come from `Intl` for the locale.
 * Counts take Arabic's six plural forms (zero, one, two, few, many, other). Set `dir="rtl"` on the page or a
 * wrapper: the components inherit the direction.
 * `[...]` is read by screen readers only; a label with `{count}` may be an object by plural category.
 */
import { registerLabels } from '../internal/context/labels.js';

registerLabels('ar', {
  // Shared by every component
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض هذا المحتوى',
  itemErrorsTitle: { zero: 'لا توجد عناصر تعذّر عرضها', one: 'تعذّر عرض عنصر واحد', two: 'تعذّر عرض عنصرين', few: 'تعذّر عرض {count} عناصر', many: 'تعذّر عرض {count} عنصرًا', other: 'تعذّر عرض {count} عنصر' },
  staleNotice: 'يُعرض المحتوى السابق: تعذّر تحميل التحديث.',
  retry: 'إعادة المحاولة',
  // <faq-accordion>
  'faq.showAll': 'عرض كل الإجابات[: {title}]',
  'faq.hideAll': 'إخفاء كل الإجابات[: {title}]',
  'faq.untitled': 'الأسئلة الشائعة',
  'faq.copyLink': 'نسخ رابط «{question}»',
  'faq.linkCopied': 'نُسخ الرابط إلى الحافظة',
  'faq.linkNotCopied': 'تعذّر نسخ الرابط: {url}',
  // <cooperation-table>
  'table.untitled': 'جدول مقارنة',
  'table.ascending': 'تصاعديًا',
  'table.descending': 'تنازليًا',
  'table.sorted': 'مرتّب حسب {column}، {direction}',
  'table.unsorted': 'الصفوف بترتيبها الأصلي',
  'table.sortBy': 'الترتيب حسب',
  'table.sortOption': '{column}، {direction}',
  'table.originalOrder': 'الترتيب الأصلي',
  'table.filter': 'تصفية الصفوف',
  'table.filterCount': { zero: 'لا يُعرض أي صف من أصل {total}', one: 'يُعرض صف واحد من أصل {total}', two: 'يُعرض صفّان من أصل {total}', few: 'تُعرض {count} صفوف من أصل {total}', many: 'يُعرض {count} صفًّا من أصل {total}', other: 'يُعرض {count} صفّ من أصل {total}' },
  'table.noResults': 'لا توجد صفوف تطابق «{query}».',
  'table.download': 'تنزيل ملف CSV[: {name}]',
  // <misconception-card>
  'misconception.misconception': 'تصوّر خاطئ',
  'misconception.reality': 'الحقيقة',
  'misconception.statement': '{label}[: ]{text}',
  'misconception.verdict': 'الحكم: {verdict}',
  'misconception.verdict.false': 'خاطئ',
  'misconception.verdict.misleading': 'مضلِّل',
  'misconception.verdict.mostly-false': 'خاطئ في معظمه',
  'misconception.verdict.mostly-true': 'صحيح في معظمه',
  'misconception.verdict.unproven': 'غير مُثبت',
  'misconception.sources': 'المصادر',
  'misconception.reviewedOn': 'تمّت المراجعة في {date}',
  'misconception.show': 'إظهار الحقيقة',
  'misconception.hide': 'إخفاء الحقيقة',
  // <indicator-tracker>
  'tracker.status.not-started': 'لم يبدأ بعد',
  'tracker.status.watching': 'قيد المراقبة',
  'tracker.status.emerging': 'في طور الظهور',
  'tracker.status.on-track': 'يسير وفق الخطة',
  'tracker.status.achieved': 'تحقّق',
  'tracker.status.stalled': 'متعثّر',
  'tracker.status.insufficient-data': 'بيانات غير كافية',
  'tracker.count.not-started': 'لم يبدأ بعد: {count}',
  'tracker.count.watching': 'قيد المراقبة: {count}',
  'tracker.count.emerging': 'في طور الظهور: {count}',
  'tracker.count.on-track': 'يسير وفق الخطة: {count}',
  'tracker.count.achieved': 'تحقّق: {count}',
  'tracker.count.stalled': 'متعثّر: {count}',
  'tracker.count.insufficient-data': 'بيانات غير كافية: {count}',
  'tracker.count.custom': '{label}: {count}',
  'tracker.count.none': 'بلا حالة: {count}',
  'tracker.statusText': '[الحالة: ]{status}',
  'tracker.trendText': '[الاتجاه: ]{trend}',
  'tracker.trend.up': 'في ارتفاع',
  'tracker.trend.down': 'في انخفاض',
  'tracker.trend.flat': 'مستقر',
  'tracker.trend.good': '{trend}، وهذا جيد',
  'tracker.trend.bad': '{trend}، وهذا سيئ',
  'tracker.progressValue': 'التقدّم: {value}',
  'tracker.progressCounted': '{label}: {value}',
  'tracker.progressOf': '{value} من {max}',
  'tracker.updated': 'آخر تحديث',
  'tracker.nextReview': 'المراجعة القادمة',
  'tracker.overdue': 'فات موعد المراجعة',
  'tracker.relativeDate': '({relative})',
  'tracker.evidence': 'الأدلة ({count})[: {indicator}]',
  'tracker.source': 'المصدر[ ({date})]',
  'tracker.filterLabel': 'عرض المؤشرات',
  'tracker.allStatuses': 'كل الحالات',
  'tracker.filterOption': '{label} ({count})',
  'tracker.showing': { zero: 'لا يُعرض أي مؤشر من أصل {total}', one: 'يُعرض مؤشر واحد من أصل {total}', two: 'يُعرض مؤشران من أصل {total}', few: 'تُعرض {count} مؤشرات من أصل {total}', many: 'يُعرض {count} مؤشرًا من أصل {total}', other: 'يُعرض {count} مؤشر من أصل {total}' },
});
