import type { MessageTemplates } from '../issues/issue.js';

/** Message templates of the issues raised when reading linkage files. */
export const linkageMessages: Record<string, MessageTemplates> = {
  linkage_unknown_decision: {
    'zh-CN':
      '判定“{value}”无法识别。请填写“同一人”或“不同人”（也可写 same 或 different），不确定的留空。',
    en: 'Decision "{value}" is not recognised. Write 同一人 or 不同人 (or same or different), and leave the cell empty when unsure.',
  },
  linkage_known_row_incomplete: {
    'zh-CN':
      '已知人员文件的这一行缺少人员编号或记录编号，已跳过。请使用 --save-known 写出的文件，不要手工修改这两列。',
    en: 'This row of the known persons file lacks a person key or a record id and was skipped. Use the file written by --save-known without editing these two columns.',
  },
  linkage_known_damaged: {
    'zh-CN':
      '已知人员文件“{column}”列有 {count} 个值无法读取（从本行起），比对时按缺失处理，这些人可能认不出来。文件可能被 Excel 打开后保存过（长数字变成 5.22299E+17、日期变成 1990/3/15）。请使用 --save-known 写出的原文件。',
    en: '{count} value(s) of column "{column}" of the known persons file cannot be read (the first in this row) and count as missing, so these persons may not be found. Excel may have opened and saved the file (long numbers become 5.22299E+17, dates 1990/3/15). Use the file as --save-known wrote it.',
  },
  linkage_missing_record: {
    'zh-CN':
      '缺少记录编号（{column}）。请保留审核表中的记录编号列，不要修改或删除。',
    en: 'The record id ({column}) is missing. Keep the record id columns of the review file as they were written.',
  },
  linkage_same_record: {
    'zh-CN': '两侧是同一条记录 {record}，这一行被忽略。',
    en: 'Both sides name the same record {record}, so the row is ignored.',
  },
  linkage_missing_person_key: {
    'zh-CN': '记录 {record} 缺少人员编号（personKey），这一行被忽略。',
    en: 'Record {record} has no person key (personKey), so the row is ignored.',
  },
  linkage_repeated_record: {
    'zh-CN':
      '记录 {record} 在人员文件中重复出现，只保留第一次（第 {firstRow} 行）的人员编号。',
    en: 'Record {record} repeats in the persons file; the person key of its first row ({firstRow}) is kept.',
  },
};
