import type { MessageTemplates } from '../issues/issue.js';
import type { DateIssueCode } from './parse.js';

/** Message templates of the date issue codes, in Chinese and English. */
export const dateMessages: Record<DateIssueCode, MessageTemplates> = {
  date_invalid: {
    'zh-CN':
      '“{value}”不是有效日期。请写成 2024-03-05、2024/3/5、2024年3月5日 或 20240305 这样的年月日；只知道年月时写成 2024-03 或 2024年3月。',
    en: '"{value}" is not a valid date. Write year, month and day as 2024-03-05, 2024/3/5, 2024年3月5日 or 20240305; when only the month is known, write 2024-03 or 2024年3月.',
  },
  date_month_only: {
    'zh-CN':
      '“{value}”只有年月，此项需要具体到日。请补上日，写成 2024-03-05 这样的形式。',
    en: '"{value}" gives only a year and month, but this field needs a full date. Add the day, for example 2024-03-05.',
  },
};
