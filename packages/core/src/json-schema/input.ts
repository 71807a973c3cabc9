import { fieldsOf } from '../fields/catalogue.js';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
} from '../fields/examples.js';
import type { FieldSpec } from '../fields/spec.js';
import type { RecordKind } from '../model/types.js';
import {
  addExtraProperties,
  documentId,
  JSON_SCHEMA_DIALECT,
  recordKindTitles,
} from './document.js';
import type { JsonSchema, JsonSchemaOptions } from './types.js';
import { inputExamplesOf } from './values.js';

/** Example input of each kind, whose values serve as property examples. */
const exampleInputs: Readonly<
  Record<RecordKind, Readonly<Record<string, string | undefined>>>
> = {
  returnee: exampleReturneeInput,
  'out-migrant': exampleOutMigrantInput,
};

/** Builds the property schema of a catalogue field in the raw input. */
function inputProperty(spec: FieldSpec, sample?: string): JsonSchema {
  const examples = inputExamplesOf(spec, sample);
  const multiple =
    spec.type === 'codes' || spec.type === 'list'
      ? ' Several values are separated by 、 ; ； , ， or line breaks.'
      : '';
  const [header, ...aliases] = spec.headers;
  const headers =
    aliases.length === 0
      ? `CSV header ${header}.`
      : `CSV header ${header}, also ${aliases.join(', ')}.`;
  return {
    title: spec.label['zh-CN'],
    description: `${spec.description.en}${multiple} ${headers}`,
    type: 'string',
    ...(examples.length === 0 ? {} : { examples }),
  };
}

/**
 * Creates the JSON Schema of the raw input of a record kind, as a survey
 * app sends it: an object keyed by field name whose values are strings,
 * any of them absent.
 *
 * The schema is loose by design: it checks the shape only, and no property
 * is required. The validator reports bad and missing values as issues with
 * codes and messages, which a schema error cannot carry. An empty string
 * means the same as an absent property.
 *
 * Unknown properties are rejected so that a misspelt field name fails here
 * instead of being dropped. The zod and valibot schemas strip them, so this
 * is the one place where the input schema is stricter than they are.
 *
 * @throws {TypeError} When an extra property has the name of a field.
 */
export function createInputJsonSchema(
  kind: RecordKind,
  options: JsonSchemaOptions = {},
): JsonSchema {
  const title = recordKindTitles[kind];
  const sample = exampleInputs[kind];
  const properties: Record<string, JsonSchema> = {};
  for (const spec of fieldsOf(kind)) {
    properties[spec.name] = inputProperty(spec, sample[spec.name]);
  }
  addExtraProperties(properties, options);

  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...documentId(`urn:yangui:schema:${kind}-input:1`, options),
    $comment:
      'Values are checked by the validator, not by this schema: a required field that is absent or empty is a validation issue.',
    title: `${title.zh}（原始输入）`,
    description: `Raw input of a ${title.en}, one string per field as a form or a CSV row gives it. Codes may be given by Chinese label, English label, code or alias.`,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
