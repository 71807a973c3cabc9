import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exampleReturneeInput } from '../fields/examples.js';
import { validateRecordObject } from '../validate/row.js';
import { createReturneeValibotSchema } from './valibot.js';
import { createReturneeSchema } from './zod.js';

const options = { today: '2024-07-01' };
const phone = '13800138000';
const input = { ...exampleReturneeInput, returnedAt: phone };

describe('schema messages masking', () => {
  it('masks a phone number in a zod message', () => {
    const result = createReturneeSchema(options).safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain(phone);
  });

  it('masks a phone number in a valibot message', () => {
    const result = v.safeParse(createReturneeValibotSchema(options), input);
    expect(result.success).toBe(false);
    // A valibot issue carries the raw input by the library's convention;
    // the message and params are what an app shows.
    const shown = (result.issues ?? []).map((issue) => [
      issue.message,
      'params' in issue ? issue.params : undefined,
    ]);
    expect(JSON.stringify(shown)).not.toContain(phone);
  });

  it('masks a phone number in issue params', () => {
    const result = validateRecordObject('returnee', input, options);
    expect(result.issues.map((issue) => issue.code)).toContain('date_invalid');
    expect(JSON.stringify(result.issues)).not.toContain(phone);
  });
});

describe('message overrides', () => {
  it('takes an override for one language', () => {
    const schema = createReturneeSchema({
      ...options,
      locale: 'en',
      messages: { date_invalid: { en: 'Bad date in {column}' } },
    });
    const result = schema.safeParse(input);
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toContain('Bad date in 返乡时间');
  });

  it('keeps our message in the other language', () => {
    const schema = createReturneeSchema({
      ...options,
      messages: { date_invalid: { en: 'Bad date in {column}' } },
    });
    const result = schema.safeParse(input);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages.some((message) => message.includes('不是有效日期'))).toBe(
      true,
    );
  });
});
