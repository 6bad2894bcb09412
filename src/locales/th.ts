/**
 * Thai (ไทย) labels for every component. Import this module once to make Thai available:
 * `import 'explainer-elements/locales/th.js'` (or load `dist/locales/th.js` next to the CDN bundle). Elements then
 * use it wherever their locale is `th` or `th-*`; numbers and dates come from `Intl` for the locale.
 * Dates are in the Gregorian calendar (`Intl`'s default for Thai is the Buddhist one) unless the locale tag
 * asks for another, as `th-TH-u-ca-buddhist` does.
 * `[...]` is read by screen readers only; a label with `{count}` may be an object by plural category.
 */
import { registerLabels } from '../internal/context/labels.js';

registerLabels('th', {
  // Shared by every component
  loading: 'กำลังโหลด…',
  errorTitle: 'ไม่สามารถแสดงเนื้อหานี้ได้',
  itemErrorsTitle: 'ไม่สามารถแสดง {count} รายการได้',
  staleNotice: 'กำลังแสดงเนื้อหาเดิม: ไม่สามารถโหลดข้อมูลที่อัปเดตได้',
  retry: 'ลองอีกครั้ง',
  // <faq-accordion>
  'faq.showAll': 'แสดงคำตอบทั้งหมด[: {title}]',
  'faq.hideAll': 'ซ่อนคำตอบทั้งหมด[: {title}]',
  'faq.untitled': 'คำถามที่พบบ่อย',
  'faq.copyLink': 'คัดลอกลิงก์ไปยัง “{question}”',
  'faq.linkCopied': 'คัดลอกลิงก์ไปยังคลิปบอร์ดแล้ว',
  'faq.linkNotCopied': 'ไม่สามารถคัดลอกลิงก์ได้: {url}',
  // <cooperation-table>
  'table.untitled': 'ตารางเปรียบเทียบ',
  'table.ascending': 'จากน้อยไปมาก',
  'table.descending': 'จากมากไปน้อย',
  'table.sorted': 'เรียงตาม {column} {direction}',
  'table.unsorted': 'แถวเรียงตามลำดับเดิม',
  'table.sortBy': 'เรียงตาม',
  'table.sortOption': '{column} {direction}',
  'table.originalOrder': 'ลำดับเดิม',
  'table.filter': 'กรองแถว',
  'table.filterCount': 'แสดง {count} จาก {total} แถว',
  'table.noResults': 'ไม่มีแถวที่ตรงกับ “{query}”',
  'table.download': 'ดาวน์โหลด CSV[: {name}]',
  // <misconception-card>
  'misconception.misconception': 'ความเข้าใจผิด',
  'misconception.reality': 'ข้อเท็จจริง',
  'misconception.statement': '{label}[: ]{text}',
  'misconception.verdict': 'ผลการตรวจสอบ: {verdict}',
  'misconception.verdict.false': 'เท็จ',
  'misconception.verdict.misleading': 'ทำให้เข้าใจผิด',
  'misconception.verdict.mostly-false': 'เท็จเป็นส่วนใหญ่',
  'misconception.verdict.mostly-true': 'จริงเป็นส่วนใหญ่',
  'misconception.verdict.unproven': 'ยังไม่มีหลักฐานยืนยัน',
  'misconception.sources': 'แหล่งที่มา',
  'misconception.reviewedOn': 'ตรวจสอบเมื่อ {date}',
  'misconception.show': 'แสดงข้อเท็จจริง',
  'misconception.hide': 'ซ่อนข้อเท็จจริง',
  // <indicator-tracker>
  'tracker.status.not-started': 'ยังไม่เริ่ม',
  'tracker.status.watching': 'กำลังติดตาม',
  'tracker.status.emerging': 'เริ่มปรากฏ',
  'tracker.status.on-track': 'เป็นไปตามแผน',
  'tracker.status.achieved': 'บรรลุแล้ว',
  'tracker.status.stalled': 'หยุดชะงัก',
  'tracker.status.insufficient-data': 'ข้อมูลไม่เพียงพอ',
  'tracker.count.not-started': 'ยังไม่เริ่ม {count} รายการ',
  'tracker.count.watching': 'กำลังติดตาม {count} รายการ',
  'tracker.count.emerging': 'เริ่มปรากฏ {count} รายการ',
  'tracker.count.on-track': 'เป็นไปตามแผน {count} รายการ',
  'tracker.count.achieved': 'บรรลุแล้ว {count} รายการ',
  'tracker.count.stalled': 'หยุดชะงัก {count} รายการ',
  'tracker.count.insufficient-data': 'ข้อมูลไม่เพียงพอ {count} รายการ',
  'tracker.count.custom': '{label}: {count}',
  'tracker.count.none': 'ไม่มีสถานะ {count} รายการ',
  'tracker.statusText': '[สถานะ: ]{status}',
  'tracker.trendText': '[แนวโน้ม: ]{trend}',
  'tracker.trend.up': 'เพิ่มขึ้น',
  'tracker.trend.down': 'ลดลง',
  'tracker.trend.flat': 'คงที่',
  'tracker.trend.good': '{trend} ซึ่งเป็นสัญญาณที่ดี',
  'tracker.trend.bad': '{trend} ซึ่งเป็นสัญญาณที่ไม่ดี',
  'tracker.progressValue': 'ความคืบหน้า: {value}',
  'tracker.progressCounted': '{label}: {value}',
  'tracker.progressOf': '{value} จาก {max}',
  'tracker.updated': 'อัปเดตเมื่อ',
  'tracker.nextReview': 'ทบทวนครั้งถัดไป',
  'tracker.overdue': 'เลยกำหนดทบทวน',
  'tracker.relativeDate': '({relative})',
  'tracker.evidence': 'หลักฐาน ({count})[: {indicator}]',
  'tracker.source': 'แหล่งที่มา[ ({date})]',
  'tracker.filterLabel': 'แสดงตัวชี้วัด',
  'tracker.allStatuses': 'ทุกสถานะ',
  'tracker.filterOption': '{label} ({count})',
  'tracker.showing': 'แสดง {count} จาก {total} ตัวชี้วัด',
});
