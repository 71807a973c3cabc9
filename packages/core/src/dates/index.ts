export {
  compareCalendarDates,
  isMonthPrecision,
  isValidCalendarDay,
  MAX_CALENDAR_YEAR,
  MIN_CALENDAR_YEAR,
} from './calendar.js';
export { excelSerialToCalendarDate, MAX_EXCEL_SERIAL } from './excel.js';
export { dateMessages } from './messages.js';
export {
  type DateIssueCode,
  type DatePrecisionOption,
  type DateResult,
  type ParseCalendarDateOptions,
  parseCalendarDate,
} from './parse.js';
export {
  type CalendarQuarter,
  endOfCalendarQuarter,
  formatQuarter,
  getCalendarQuarter,
  startOfCalendarQuarter,
} from './quarter.js';
