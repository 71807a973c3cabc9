// Imported from the modules, not the `fields` index, because the index also
// exports the CSV template, which needs papaparse.
import { fieldsOf } from '../fields/catalogue.js';
import type { FieldSpec } from '../fields/spec.js';
import type { RecordKind } from '../model/types.js';
import { jobsCreatedCondition, requirementConditions } from './conditions.js';
import {
  addExtraProperties,
  documentId,
  JSON_SCHEMA_DIALECT,
  recordKindTitles,
} from './document.js';
import type { JsonSchema, JsonSchemaOptions } from './types.js';
import { unexpressedRulesComment } from './unexpressed.js';
import { recordValueOf } from './values.js';

/** Digits of the statistical code that a registry adds to a place field. */
const placeCodeDigits: Partial<Record<FieldSpec['type'], number>> = {
  township: 9,
  village: 12,
};

/** Returns whether the validator stores `[]` for an empty field. */
function isListField(spec: FieldSpec): boolean {
  return spec.type === 'list' || spec.type === 'codes';
}

/** Builds the property schema of a catalogue field in the record. */
function fieldProperty(spec: FieldSpec): JsonSchema {
  const { schema, storedAs } = recordValueOf(spec);
  return {
    title: spec.label['zh-CN'],
    description: `${spec.description.en} ${storedAs}`,
    ...schema,
  };
}

/**
 * Builds the properties of a record: `kind`, every catalogue field in
 * template order, and after each place field the statistical code property
 * (`townshipCode`, `villageCode`) that the validator adds with a registry.
 */
function recordProperties(
  kind: RecordKind,
  fields: readonly FieldSpec[],
): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {
    kind: {
      title: '记录类型',
      description: 'Record kind.',
      const: kind,
    },
  };
  for (const spec of fields) {
    properties[spec.name] = fieldProperty(spec);
    const digits = placeCodeDigits[spec.type];
    if (digits !== undefined) {
      properties[`${spec.name}Code`] = {
        title: `${spec.label['zh-CN']}代码`,
        description: `${digits}-digit statistical code of the ${spec.label.en.toLowerCase()}, present when the record was validated with a registry.`,
        type: 'string',
        pattern: `^\\d{${digits}}$`,
      };
    }
  }
  return properties;
}

/**
 * Lists the properties every record has: `kind`, the always required
 * fields, and the list fields, which the validator stores as `[]` when
 * empty.
 */
function requiredProperties(fields: readonly FieldSpec[]): string[] {
  const required = fields
    .filter((spec) => spec.required === 'always' || isListField(spec))
    .map((spec) => spec.name);
  return ['kind', ...required];
}

/**
 * Lists the properties that the validator always outputs together: the
 * birth date with a resident ID number, from which it is filled in, and
 * the two statistical codes of a registry match.
 */
function dependentRequired(
  fields: readonly FieldSpec[],
): Record<string, string[]> {
  const dependencies: Record<string, string[]> = {};
  const names = new Set(fields.map((spec) => spec.name));
  for (const spec of fields) {
    if (spec.type === 'residentId' && names.has('birthDate')) {
      dependencies[spec.name] = ['birthDate'];
    }
  }
  const codes = fields
    .filter((spec) => placeCodeDigits[spec.type] !== undefined)
    .map((spec) => `${spec.name}Code`);
  for (const code of codes) {
    const others = codes.filter((other) => other !== code);
    if (others.length > 0) {
      dependencies[code] = others;
    }
  }
  return dependencies;
}

/**
 * Creates the JSON Schema of a normalised record of a kind, as the
 * validator and the zod and valibot schemas output it, from the field
 * catalogue. Rules the schema cannot express are listed in `$comment`.
 *
 * @throws {TypeError} When an extra property has the name of a record
 * property.
 */
export function createRecordJsonSchema(
  kind: RecordKind,
  options: JsonSchemaOptions = {},
): JsonSchema {
  const fields = fieldsOf(kind);
  const properties = recordProperties(kind, fields);
  addExtraProperties(properties, options);
  const names = new Set(fields.map((spec) => spec.name));
  const title = recordKindTitles[kind];
  const conditions = [
    ...requirementConditions(fields),
    ...jobsCreatedCondition(fields),
  ];

  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...documentId(`urn:yangui:schema:${kind}-record:1`, options),
    $comment: unexpressedRulesComment(names),
    title: title.zh,
    description: `A validated and normalised ${title.en}: codes in place of labels, dates as YYYY-MM-DD or YYYY-MM, numbers as JSON numbers.`,
    type: 'object',
    properties,
    required: requiredProperties(fields),
    additionalProperties: false,
    dependentRequired: dependentRequired(fields),
    ...(conditions.length === 0 ? {} : { allOf: conditions }),
  };
}
