// Validates the returnee form in the browser with the valibot schema of
// @yangui/core and shows each Chinese message next to its field. Nothing is
// sent anywhere.
import { maskResidentId } from '@yangui/core/id';
import {
  createReturneeValibotSchema,
  type ReturneeRecord,
} from '@yangui/core/valibot';

/** Messages in Chinese (the default); `today` is the local date at each check. */
const schema = createReturneeValibotSchema({ locale: 'zh-CN' });

/** One segment of a Standard Schema issue path. */
type PathSegment = PropertyKey | { readonly key: PropertyKey };

/** Issue as the page reads it: the message and the path to the field. */
interface FormIssue {
  readonly message: string;
  readonly path?: readonly PathSegment[] | undefined;
}

/** Finds an element by id, throwing when the page lacks it. */
function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) {
    throw new Error(`The page has no element with id "${id}".`);
  }
  return found as T;
}

const form = element<HTMLFormElement>('record-form');
const summary = element<HTMLParagraphElement>('summary');
const recordErrors = element<HTMLUListElement>('record-errors');
const result = element<HTMLElement>('result');
const recordOutput = element<HTMLPreElement>('record');

/** Reads the non-blank inputs as raw strings keyed by field name. */
function readInput(): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') {
      input[name] = value;
    }
  }
  return input;
}

/** Returns the field an issue is about, or undefined for the whole record. */
function fieldOf(issue: FormIssue): string | undefined {
  const first = issue.path?.[0];
  if (first === undefined) return undefined;
  const key = typeof first === 'object' ? first.key : first;
  return String(key);
}

/** Hides every message, the record and the error marks of the inputs. */
function clearOutput(): void {
  for (const line of form.querySelectorAll<HTMLElement>('.error')) {
    line.textContent = '';
    line.hidden = true;
  }
  for (const input of form.querySelectorAll('input')) {
    input.removeAttribute('aria-invalid');
  }
  recordErrors.replaceChildren();
  recordErrors.hidden = true;
  result.hidden = true;
  recordOutput.textContent = '';
  summary.textContent = '';
  summary.className = '';
}

/**
 * Shows each message under its field, or in the list below the form when
 * the issue is about the record or a field the form lacks, and moves the
 * focus to the first invalid input.
 */
function showIssues(issues: readonly FormIssue[]): void {
  for (const issue of issues) {
    const field = fieldOf(issue);
    const line =
      field === undefined ? null : document.getElementById(`error-${field}`);
    if (line === null) {
      const item = document.createElement('li');
      item.textContent = issue.message;
      recordErrors.append(item);
      recordErrors.hidden = false;
      continue;
    }
    line.textContent =
      line.textContent === ''
        ? issue.message
        : `${line.textContent}\n${issue.message}`;
    line.hidden = false;
    document
      .getElementById(`field-${field}`)
      ?.setAttribute('aria-invalid', 'true');
  }
  summary.textContent = `有 ${issues.length} 处需要更正，请查看红色提示。`;
  summary.className = 'failed';
  form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
}

/** Shows the normalised record with the resident ID number masked. */
function showRecord(record: ReturneeRecord): void {
  const masked =
    record.residentId === undefined
      ? record
      : { ...record, residentId: maskResidentId(record.residentId) };
  recordOutput.textContent = JSON.stringify(masked, null, 2);
  result.hidden = false;
  summary.textContent = '校验通过，没有需要更正的项目。';
}

/**
 * Validates the form through the schema's Standard Schema interface, which
 * runs the same valibot pipeline as `v.safeParse(schema, input)` without
 * the page importing valibot itself.
 */
async function check(): Promise<void> {
  clearOutput();
  const outcome = await schema['~standard'].validate(readInput());
  if (outcome.issues !== undefined) {
    showIssues(outcome.issues);
  } else {
    showRecord(outcome.value);
  }
}

/** Fills the inputs with the catalogue's example record. */
function fillExample(): void {
  const text = element<HTMLScriptElement>('example-record').textContent ?? '{}';
  const example = JSON.parse(text) as Record<string, string>;
  clearOutput();
  for (const input of form.querySelectorAll('input')) {
    input.value = example[input.name] ?? '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check().catch((error: unknown) => {
    summary.textContent = `检查未能完成：${String(error)}`;
    summary.className = 'failed';
  });
});
form.addEventListener('reset', clearOutput);
element('fill-example').addEventListener('click', fillExample);
