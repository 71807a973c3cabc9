import type { CodeEntry, CodeList } from '../codes/index.js';
import { PLACE_SUGGESTION_COUNT } from '../validate/places.js';
import { fieldsOf } from './catalogue.js';
import { recordKinds } from './spec.js';

// The sections of the data dictionary page that follow the field tables.
// Each states rules that live in the parsers (id/, dates/, registry/), and
// the dictionary tests check that every issue code of those parsers is
// named here.

/** Returns the Markdown anchor of a code list's heading. */
export function codeListAnchor(list: CodeList): string {
  return `code-list-${list.id.toLowerCase()}`;
}

/** Returns the code lists of the catalogue in order of first use. */
export function codeListsUsed(): CodeList[] {
  const lists: CodeList[] = [];
  for (const kind of recordKinds) {
    for (const spec of fieldsOf(kind)) {
      if (spec.codeList !== undefined && !lists.includes(spec.codeList)) {
        lists.push(spec.codeList);
      }
    }
  }
  return lists;
}

/** Lists the fields of either kind that use a code list, once each. */
function fieldsUsing(list: CodeList): string[] {
  const fields = new Set<string>();
  for (const kind of recordKinds) {
    for (const spec of fieldsOf(kind)) {
      if (spec.codeList === list) {
        fields.add(`${spec.headers[0] ?? spec.name} (\`${spec.name}\`)`);
      }
    }
  }
  return [...fields];
}

function renderCodeEntry(entry: CodeEntry): string {
  const aliases = entry.aliases ?? [];
  const also =
    aliases.length === 0
      ? ''
      : `, also ${aliases.map((alias) => `\`${alias}\``).join(', ')}`;
  return `- \`${entry.code}\`: ${entry.zh} (${entry.en})${also}`;
}

/** Renders every code list with its codes, labels and aliases. */
export function renderCodeListSection(lists: readonly CodeList[]): string {
  const lines = [
    '## Code lists',
    '',
    'Each entry gives the code stored in records, the Chinese label written in CSV output, the English label and the other spellings accepted on input.',
  ];
  for (const list of lists) {
    lines.push(
      '',
      `### Code list \`${list.id}\``,
      '',
      `Used by ${fieldsUsing(list).join(' and ')}.`,
      '',
      ...list.entries.map(renderCodeEntry),
    );
  }
  return lines.join('\n');
}

/** Renders the date forms that `parseCalendarDate` reads. */
export function renderDateSection(): string {
  return [
    '## Dates',
    '',
    'Date cells may be written in these forms, with ASCII or full-width digits:',
    '',
    '- A day: `2024-03-05`, `2024/3/5`, `2024.3.5`, `2024年3月5日` (the 日 may be left out), `20240305`, or an Excel serial number such as `45356`. A time of day after the date, as in `2024/3/5 0:00`, is dropped.',
    '- A year and month: `2024-03`, `2024/3`, `2024.3`, `2024年3月` or `202403`. A field that requires a day rejects it with the error `date_month_only`.',
    '- Anything else, a day that does not exist, or a year outside 1900 to 9999 is the error `date_invalid`. A bare year such as `2024` is rejected rather than read as an Excel serial number.',
    '',
    'A year and month is compared with other dates at month precision: a return in `2026-09` is not after a survey on 2026-09-01.',
    '',
    'Departure, return and start dates cannot be before the birth date (from the ID number or 出生日期): `date_before_birth`.',
    '',
    'Excel saves a typed `2024.10` as the number 2024.1, which reads as January 2024. Format date columns as text in Excel to keep such values.',
  ].join('\n');
}

/** Renders the rules of `parseResidentId` and the checks against the ID. */
export function renderResidentIdSection(): string {
  return [
    '## Resident ID numbers',
    '',
    'A resident ID number (公民身份号码, GB 11643) is normalised before it is checked, and records store the normalised form:',
    '',
    '- Full-width digits and letters become ASCII, white space anywhere in the number is removed (the ideographic space U+3000 too), and `x` becomes `X`.',
    '- A leading `\'` (the Excel marker for text) and a `="..."` wrapper are removed.',
    '',
    'The normalised number is then checked. Each finding below is an error that rejects the row, except the warning `id_upgraded_15`.',
    '',
    '- `id_excel_scientific`: the number is in scientific notation, such as `5.22225E+17`. Excel stored it as a number and its last digits are lost, so it cannot be repaired from the file. Format the column as text in Excel, enter the full numbers again and export again.',
    '- `id_excel_zeroed`: an 18-digit number ends in `000` and fails the check. Excel keeps only 15 significant digits and wrote zeros for the last three. The fix is the same as for scientific notation.',
    '- `id_bad_characters`: the number contains something other than digits. Only the last character of an 18-character number may be `X`.',
    '- `id_bad_length`: the number has neither 18 characters nor 15 digits.',
    '- `id_upgraded_15` (warning): a 15-digit number of the first generation, with a two-digit year and no check character, is upgraded to 18 characters by inserting `19` before the year and computing the check character.',
    '- `id_unknown_province`: the first two digits are not a GB/T 2260 province code (71 Taiwan, 81 Hong Kong and 82 Macao included) and do not start with 9, the prefix of a foreign permanent residence ID. Digits 3 to 6 are not checked, because people keep the codes of abolished counties.',
    '- `id_bad_birth_date`: characters 7 to 14 are not a real day from 1900 on. The birth date is not compared with today.',
    '- `id_bad_checksum`: the last character is not the check character of the first 17 digits (ISO 7064 MOD 11-2).',
    '',
    'A valid number is compared with the rest of the row. 性别 must agree with the 17th digit, odd for male and even for female (error `sex_mismatch_id`). 出生日期 must agree with characters 7 to 14 (error `birth_date_mismatch_id`), and an empty 出生日期 is taken from the number. Records with the same normalised number in one database are merged as one person.',
  ].join('\n');
}

/** Renders the registry file format of `readRegistry` and place matching. */
export function renderRegistrySection(): string {
  return [
    '## County registry',
    '',
    'The county supplies a registry CSV of its townships and villages (区划名录) with statistical division codes. The `yangui` command reads it with `--registry`, and `readRegistry` reads it in code. Without a registry, 乡镇(街道) and 村(社区) are only checked for presence and length.',
    '',
    '- The header is `区划代码,名称` (code, name). The code column may also be headed `统计用区划代码` or `代码`, and the name column `区划名称`. A `城乡分类代码` column, as in the national statistical division tables, is ignored. A missing code or name column is the error `registry_missing_header`, and the file is not used.',
    '- Each row is one place: an optional 6-digit county row, 9-digit township rows and 12-digit village rows. A village belongs to the township whose code is its first 9 digits.',
    '- Codes in the 12-digit form of the national tables are accepted: a code ending in `000000` is the county, and one ending in `000` a township. Full-width digits, spaces, a leading `\'` and a `="..."` wrapper are removed.',
    '- Rows with these errors are left out of the registry: `registry_bad_code` (not 6, 9 or 12 digits), `registry_missing_name`, `registry_duplicate_code`, `registry_orphan_village` (its township is not in the file) and `registry_multiple_counties` (a second county row).',
    '- Warnings keep the row: `registry_outside_county` (a township code that does not start with the county code) and `registry_duplicate_name` (two townships, or two villages of one township, with the same name).',
    '',
    'Survey records name their township and village by code or by name:',
    '',
    '- 乡镇(街道) matches a township by its 9-digit code (or the 12-digit form ending in `000`), by its exact name, or by its name without the suffix 街道办事处, 街道办, 街道, 镇 or 乡. The name of an ethnic township may also leave out the ethnic group, so 白岩 matches 白岩苗族乡.',
    '- 村(社区) matches a village of that township by its 12-digit code, by its exact name, or by its name without the suffix 社区居民委员会, 社区居委会, 村民委员会, 居民委员会, 村委会, 居委会, 社区 or 村.',
    '- Names are compared after removing white space and converting full-width forms. A name that matches more than one place matches none.',
    `- A value that matches nothing is the error \`township_unknown\` or \`village_unknown\`, and the message names the ${PLACE_SUGGESTION_COUNT} closest registry entries.`,
  ].join('\n');
}
