/**
 * The clerical review file: pairs that need a clerk's decision written as
 * CSV with masked details, and the filled-in file read back as decisions.
 */
import { readCsvTable } from '../csv/read.js';
import type { HeaderSpec } from '../csv/types.js';
import { writeCsv } from '../csv/write.js';
import type { Issue, Locale } from '../issues/issue.js';
import { maskName, maskResidentId } from '../privacy/mask.js';
import type { ReviewReason } from './cluster.js';
import { unescapeFormula } from './known-file.js';
import type { ReviewDecision, ReviewPair } from './link.js';
import type { LinkRecord } from './record.js';
import type { PairScore } from './score.js';

/** Columns of the review file: field name, Chinese and English header. */
const REVIEW_COLUMNS = [
  ['pairId', '配对编号', 'pairId'],
  ['recordA', '记录A', 'recordA'],
  ['recordB', '记录B', 'recordB'],
  ['weight', '匹配权重', 'weight'],
  ['decision', '判定', 'decision'],
  ['reason', '审核原因', 'reason'],
  ['nameA', '姓名A', 'nameA'],
  ['nameB', '姓名B', 'nameB'],
  ['residentIdA', '身份证号A', 'residentIdA'],
  ['residentIdB', '身份证号B', 'residentIdB'],
  ['birthYearA', '出生年份A', 'birthYearA'],
  ['birthYearB', '出生年份B', 'birthYearB'],
  ['townshipA', '乡镇A', 'townshipA'],
  ['townshipB', '乡镇B', 'townshipB'],
  ['villageA', '村A', 'villageA'],
  ['villageB', '村B', 'villageB'],
  ['explanation', '权重明细', 'explanation'],
] as const;

/** Fields a decisions file must have. */
const REQUIRED_FIELDS: ReadonlySet<string> = new Set([
  'recordA',
  'recordB',
  'decision',
]);

const reviewHeaderSpecs: HeaderSpec[] = REVIEW_COLUMNS.map(
  ([field, zh, en]) => ({
    field,
    headers: [zh, en],
    required: REQUIRED_FIELDS.has(field),
  }),
);

/** Decision values that mean "same person", after NFKC and lower-casing. */
const SAME_VALUES: ReadonlySet<string> = new Set(['同一人', 'same']);

/** Decision values that mean "different persons". */
const DIFFERENT_VALUES: ReadonlySet<string> = new Set(['不同人', 'different']);

/** Review reasons as the Chinese review file writes them. */
const REASON_LABELS: Readonly<Record<ReviewReason, string>> = {
  between_thresholds: '权重介于审核线和链接线之间',
  unsupported_merge: '权重够高，但合并两组记录缺少其他记录的支持',
  cluster_size: '合并后同一人的记录过多',
  no_identity_agreement: '身份证号和姓名都没有一致到足以自动链接',
  known_persons: '会把两个已知人员合并为一人',
};

/** Options of `writeReviewCsv`. */
export interface WriteReviewOptions {
  /** Header language. Default `zh-CN`. */
  locale?: Locale;
}

/**
 * Writes the pairs for clerical review as CSV text with a UTF-8 BOM. The
 * decision column is empty for the clerk to fill with 同一人 or 不同人. The
 * reason is a Chinese sentence, or the reason code in English files.
 * Names and resident ID numbers are masked; birth dates and places are
 * written as they are.
 *
 * @param records Records the pairs name, looked up by id. A pair naming an
 * id that is not among them gets empty detail cells.
 */
export function writeReviewCsv(
  review: readonly ReviewPair[],
  records: readonly LinkRecord[],
  options: WriteReviewOptions = {},
): string {
  const english = options.locale === 'en';
  const header = REVIEW_COLUMNS.map(([, zh, en]) => (english ? en : zh));
  const byId = new Map(records.map((record) => [record.id, record]));

  const rows = review.map((pair, index) => {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    return [
      String(index + 1),
      pair.a,
      pair.b,
      pair.weight.toFixed(2),
      '',
      english ? pair.reason : REASON_LABELS[pair.reason],
      maskName(a?.name ?? ''),
      maskName(b?.name ?? ''),
      maskResidentId(a?.residentId ?? ''),
      maskResidentId(b?.residentId ?? ''),
      birthYearOf(a?.birthDate),
      birthYearOf(b?.birthDate),
      a?.township ?? '',
      b?.township ?? '',
      a?.village ?? '',
      b?.village ?? '',
      formatExplanation(pair.explanation),
    ];
  });
  return writeCsv(header, rows);
}

/**
 * Formats a pair's score as `comparison=level:weight` terms joined by `; `,
 * ending with the prior, for example `name=exact:+7.21; prior=-9.97`.
 */
export function formatExplanation(score: PairScore): string {
  const terms = score.contributions.map(
    (term) => `${term.comparison}=${term.level}:${signed(term.weight)}`,
  );
  terms.push(`prior=${signed(score.prior)}`);
  return terms.join('; ');
}

function signed(weight: number): string {
  if (weight === 0) return '0';
  return weight > 0 ? `+${weight.toFixed(2)}` : weight.toFixed(2);
}

/** Result of `readDecisionsCsv`. */
export interface DecisionsReading {
  /** Decisions of the rows whose decision cell is filled in, in file order. */
  decisions: ReviewDecision[];
  /** Problems of the file and its rows; rows with errors give no decision. */
  issues: Issue[];
  /** Whether the file could not be read as a table at all. */
  fatal: boolean;
}

/** Options of `readDecisionsCsv`. */
export interface ReadDecisionsOptions {
  /** File name copied into issues. Default `decisions.csv`. */
  file?: string;
}

/**
 * Reads a review file whose decision column a clerk has filled in. Rows
 * with an empty decision are skipped. A decision other than 同一人, 不同人,
 * `same` or `different` (trimmed, any letter case) is an error naming the
 * row, and so is a row without both record ids.
 */
export function readDecisionsCsv(
  input: string | Uint8Array,
  options: ReadDecisionsOptions = {},
): DecisionsReading {
  const file = options.file ?? 'decisions.csv';
  const bytes =
    typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const table = readCsvTable({ file, bytes }, reviewHeaderSpecs);
  const issues = [...table.issues];
  const decisions: ReviewDecision[] = [];
  if (table.fatal) return { decisions, issues, fatal: true };

  for (const row of table.rows) {
    if (row.issues.length > 0) continue;
    const decision = (row.values.decision ?? '')
      .normalize('NFKC')
      .trim()
      .toLowerCase();
    if (decision === '') continue;

    const same = SAME_VALUES.has(decision);
    if (!same && !DIFFERENT_VALUES.has(decision)) {
      issues.push({
        code: 'linkage_unknown_decision',
        severity: 'error',
        field: 'decision',
        row: row.row,
        file,
        params: { value: row.values.decision?.trim() ?? '' },
      });
      continue;
    }
    const a = unescapeFormula(row.values.recordA?.trim() ?? '');
    const b = unescapeFormula(row.values.recordB?.trim() ?? '');
    if (a === '' || b === '') {
      issues.push({
        code: 'linkage_missing_record',
        severity: 'error',
        field: a === '' ? 'recordA' : 'recordB',
        row: row.row,
        file,
      });
      continue;
    }
    if (a === b) {
      issues.push({
        code: 'linkage_same_record',
        severity: 'warning',
        row: row.row,
        file,
        params: { record: a },
      });
      continue;
    }
    decisions.push({ a, b, same });
  }
  return { decisions, issues, fatal: false };
}

/**
 * Returns the year of a birth date. The review file shows only the year:
 * the full date beside a masked ID number would leave so few hidden digits
 * that the check character gives the number back.
 */
function birthYearOf(birthDate: string | undefined): string {
  return birthDate === undefined ? '' : birthDate.slice(0, 4);
}
