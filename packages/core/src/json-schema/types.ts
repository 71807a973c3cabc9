/** JSON value types that the `type` keyword names. */
export type JsonSchemaType =
  'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';

/**
 * The subset of a JSON Schema draft 2020-12 document that this module
 * writes. Every field is a standard keyword with its standard meaning.
 */
export interface JsonSchema {
  /** Meta-schema URI of the dialect, on the root document only. */
  readonly $schema?: string;
  /** Identifier of the document, on the root document only. */
  readonly $id?: string;
  /** Note for schema readers that validators ignore. */
  readonly $comment?: string;
  /** Short human-readable name, in Chinese. */
  readonly title?: string;
  /** Longer explanation, in English. */
  readonly description?: string;
  /** Sample values that the schema accepts. */
  readonly examples?: readonly unknown[];
  /** JSON type of the instance. */
  readonly type?: JsonSchemaType;
  /** The only accepted value. */
  readonly const?: string | number | boolean;
  /** Accepted values. */
  readonly enum?: readonly string[];
  /** ECMA-262 regular expression, unanchored unless it has `^` and `$`. */
  readonly pattern?: string;
  /** Minimum string length in code points. */
  readonly minLength?: number;
  /** Maximum string length in code points. */
  readonly maxLength?: number;
  /** Inclusive lower bound of a number. */
  readonly minimum?: number;
  /** Inclusive upper bound of a number. */
  readonly maximum?: number;
  /** Schema of every array item. */
  readonly items?: JsonSchema;
  /** Whether array items must differ from each other. */
  readonly uniqueItems?: boolean;
  /** Schemas of named object properties. */
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  /** Properties that must be present. */
  readonly required?: readonly string[];
  /** Whether properties outside `properties` are allowed. */
  readonly additionalProperties?: boolean;
  /** Properties that must be present when the key property is. */
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
  /** Schemas that must all match. */
  readonly allOf?: readonly JsonSchema[];
  /** Schema that must not match. */
  readonly not?: JsonSchema;
  /** Condition that selects `then`. */
  readonly if?: JsonSchema;
  /** Schema applied when `if` matches. */
  readonly then?: JsonSchema;
}

/** Settings of `createRecordJsonSchema` and `createInputJsonSchema`. */
export interface JsonSchemaOptions {
  /**
   * `$id` of the document. Defaults to the standard URN of the document,
   * such as `urn:yangui:schema:returnee-record:1`, unless extra properties
   * are given: such a document differs from the standard one, so it has no
   * `$id` unless this option sets one.
   */
  id?: string;
  /**
   * Schemas of the properties that an app adds through the `extraFields`
   * option of the validator, by name. They are added as optional
   * properties, so that `additionalProperties: false` lets them through.
   */
  extraProperties?: Readonly<Record<string, JsonSchema>>;
}
