/** Parts that the record and the input documents share. */
import type { RecordKind } from '../model/types.js';
import type { JsonSchema, JsonSchemaOptions } from './types.js';

/** Meta-schema URI of JSON Schema draft 2020-12. */
export const JSON_SCHEMA_DIALECT =
  'https://json-schema.org/draft/2020-12/schema';

/**
 * Title of each record kind: the Chinese database name and an English
 * noun phrase for a record of the kind.
 */
export const recordKindTitles: Readonly<
  Record<RecordKind, { readonly zh: string; readonly en: string }>
> = {
  returnee: { zh: '回乡人员创业就业情况', en: 'returnee record' },
  'out-migrant': {
    zh: '在外人员基本情况',
    en: 'record of a person working away',
  },
};

/**
 * Adds the schemas of extra properties to the properties of a document.
 *
 * @throws {TypeError} When an extra property has the name of a property
 * the document already has.
 */
export function addExtraProperties(
  properties: Record<string, JsonSchema>,
  options: JsonSchemaOptions,
): void {
  for (const [name, schema] of Object.entries(options.extraProperties ?? {})) {
    if (Object.hasOwn(properties, name)) {
      throw new TypeError(
        `Extra property "${name}" is already a property of the document. Give the extra property another name.`,
      );
    }
    properties[name] = schema;
  }
}

/**
 * Returns the `$id` of a document: the option when given, else the
 * standard URN unless the document has extra properties.
 */
export function documentId(
  standard: string,
  options: JsonSchemaOptions,
): { $id?: string } {
  if (options.id !== undefined) {
    return { $id: options.id };
  }
  const extended = Object.keys(options.extraProperties ?? {}).length > 0;
  return extended ? {} : { $id: standard };
}
