import type { Locale } from '../issues/issue.js';
import type { ExtraFields, NoExtraFields } from '../validate/extra-fields.js';
import type { RecordObjectOptions } from '../validate/types.js';
import type { MessageOverrides } from './messages.js';

/**
 * Settings of a zod or valibot schema: the validation options, the extra
 * fields and the message language and templates.
 */
export interface SchemaOptions<
  E extends ExtraFields = NoExtraFields,
> extends RecordObjectOptions<E> {
  /** Language of the issue messages, `zh-CN` by default. */
  locale?: Locale;
  /** Message templates that replace ours, by issue code. */
  messages?: MessageOverrides;
}
