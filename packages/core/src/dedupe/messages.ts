import type { MessageTemplates } from '../issues/issue.js';

/** Message templates of the issues raised by deduplication. */
export const dedupeMessages: Record<string, MessageTemplates> = {
  dedupe_duplicate_id: {
    'zh-CN':
      '公民身份号码 {residentId} 与 {firstFile} 第 {firstRow} 行重复。每人只应有一条记录：请核对这两行，删除重复的一行或更正号码。',
    en: 'Resident ID number {residentId} repeats the one in {firstFile} row {firstRow}. Keep one record per person: check both rows, then delete the duplicate or correct the number.',
  },
};
