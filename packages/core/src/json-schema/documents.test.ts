import { Ajv2020 } from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  fieldsOf,
} from '../fields/index.js';
import type { RecordKind } from '../model/types.js';
import { createSurveySchema } from '../schema/zod.js';
import {
  createInputJsonSchema,
  createRecordJsonSchema,
  inputJsonSchemaOf,
  JSON_SCHEMA_DIALECT,
  outMigrantInputJsonSchema,
  outMigrantRecordJsonSchema,
  recordJsonSchemaOf,
  returneeInputJsonSchema,
  returneeRecordJsonSchema,
  type JsonSchema,
} from './index.js';

const kinds: RecordKind[] = ['returnee', 'out-migrant'];

const documents: [string, JsonSchema][] = [
  ['returnee record', returneeRecordJsonSchema],
  ['out-migrant record', outMigrantRecordJsonSchema],
  ['returnee input', returneeInputJsonSchema],
  ['out-migrant input', outMigrantInputJsonSchema],
];

const exampleInputs = {
  returnee: exampleReturneeInput,
  'out-migrant': exampleOutMigrantInput,
};

/** Returns the properties of a document, failing the test when it has none. */
function propertiesOf(
  schema: JsonSchema,
): Readonly<Record<string, JsonSchema>> {
  expect(schema.properties).toBeDefined();
  return schema.properties ?? {};
}

describe('JSON Schema documents', () => {
  it.each(documents)('%s compiles in strict mode', (_, schema) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it.each(documents)('%s validates against the meta-schema', (_, schema) => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors).toBeNull();
  });

  it.each(documents)('%s survives a JSON round trip', (_, schema) => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it.each(documents)('%s is frozen', (_, schema) => {
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(propertiesOf(schema))).toBe(true);
    expect(Object.isFrozen(propertiesOf(schema)['name'])).toBe(true);
  });

  it.each(documents)('%s names dialect, id and title', (_, schema) => {
    expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(schema.$id).toMatch(/^urn:yangui:schema:[a-z-]+-(record|input):1$/);
    expect(schema.title).toMatch(/\p{Script=Han}/u);
    expect(schema.description).toMatch(/^[\x20-\x7e]+$/);
    expect(schema.additionalProperties).toBe(false);
  });

  it('ids differ between documents', () => {
    const ids = new Set(documents.map(([, schema]) => schema.$id));
    expect(ids.size).toBe(documents.length);
  });

  it.each(kinds)('lookup by kind returns the %s documents', (kind) => {
    expect(recordJsonSchemaOf(kind).$id).toBe(
      `urn:yangui:schema:${kind}-record:1`,
    );
    expect(inputJsonSchemaOf(kind).$id).toBe(
      `urn:yangui:schema:${kind}-input:1`,
    );
  });
});

describe('catalogue coverage', () => {
  it.each(kinds)('%s record has every field', (kind) => {
    const properties = propertiesOf(recordJsonSchemaOf(kind));
    for (const spec of fieldsOf(kind)) {
      const property = properties[spec.name];
      expect(property, spec.name).toBeDefined();
      expect(property?.title, spec.name).toBe(spec.label['zh-CN']);
      expect(property?.type, spec.name).toBeDefined();
    }
  });

  it.each(kinds)('%s input has every field', (kind) => {
    const properties = propertiesOf(inputJsonSchemaOf(kind));
    for (const spec of fieldsOf(kind)) {
      const property = properties[spec.name];
      expect(property, spec.name).toBeDefined();
      expect(property?.type, spec.name).toBe('string');
      expect(property?.description, spec.name).toContain(spec.description.en);
    }
  });

  it.each(kinds)('%s record has only derived extras', (kind) => {
    const names = fieldsOf(kind).map((spec) => spec.name);
    expect(Object.keys(propertiesOf(recordJsonSchemaOf(kind)))).toEqual([
      'kind',
      ...names.flatMap((name) =>
        name === 'township' || name === 'village'
          ? [name, `${name}Code`]
          : [name],
      ),
    ]);
  });

  it.each(kinds)('%s input has only catalogue fields', (kind) => {
    expect(Object.keys(propertiesOf(inputJsonSchemaOf(kind)))).toEqual(
      fieldsOf(kind).map((spec) => spec.name),
    );
  });

  it.each(kinds)('%s record requires fields per catalogue', (kind) => {
    const expected = fieldsOf(kind)
      .filter(
        (spec) =>
          spec.required === 'always' ||
          spec.type === 'list' ||
          spec.type === 'codes',
      )
      .map((spec) => spec.name);
    expect(recordJsonSchemaOf(kind).required).toEqual(['kind', ...expected]);
  });

  it.each(kinds)('%s input requires nothing', (kind) => {
    expect(inputJsonSchemaOf(kind).required).toBeUndefined();
  });

  it.each(kinds)('%s coded inputs list their labels', (kind) => {
    const properties = propertiesOf(inputJsonSchemaOf(kind));
    for (const spec of fieldsOf(kind)) {
      if (spec.codeList !== undefined) {
        expect(properties[spec.name]?.examples, spec.name).toEqual(
          spec.codeList.entries.map((entry) => entry.zh),
        );
      }
    }
  });
});

describe('rules the schema cannot express', () => {
  it('returnee comment lists them', () => {
    const comment = returneeRecordJsonSchema.$comment ?? '';
    expect(comment).toContain('GB 11643 check character of residentId');
    expect(comment).toContain('GB 32100 check character of creditCode');
    expect(comment).toContain('real calendar day');
    expect(comment).toContain('sex agrees with the parity');
    expect(comment).toContain('returnedAt is not after surveyedAt');
    expect(comment).toContain('county registry');
    expect(comment).not.toContain('departedAt');
  });

  it('out-migrant comment skips returnee fields', () => {
    const comment = outMigrantRecordJsonSchema.$comment ?? '';
    expect(comment).toContain('departedAt is not after surveyedAt');
    expect(comment).not.toContain('creditCode');
    expect(comment).not.toContain('returnedAt');
  });
});

describe('example records', () => {
  it.each(kinds)('%s example validates as input and record', (kind) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const input = exampleInputs[kind];
    const record = createSurveySchema(kind, { today: '2024-07-01' }).parse(
      input,
    );
    expect(ajv.validate(inputJsonSchemaOf(kind), input), ajv.errorsText()).toBe(
      true,
    );
    expect(
      ajv.validate(recordJsonSchemaOf(kind), record),
      ajv.errorsText(),
    ).toBe(true);
  });
});

describe('extra properties', () => {
  const extraProperties = {
    householdSize: { title: '家庭人口', type: 'integer', minimum: 1 },
  } as const;

  it('record accepts a declared extra property', () => {
    const ajv = new Ajv2020({ strict: true });
    const schema = createRecordJsonSchema('returnee', { extraProperties });
    const record = {
      ...createSurveySchema('returnee', { today: '2024-07-01' }).parse(
        exampleReturneeInput,
      ),
      householdSize: 4,
    };
    expect(schema.$id).toBeUndefined();
    expect(ajv.validate(schema, record), ajv.errorsText()).toBe(true);
    expect(ajv.validate(returneeRecordJsonSchema, record)).toBe(false);
  });

  it('document takes the given id', () => {
    const schema = createRecordJsonSchema('returnee', {
      extraProperties,
      id: 'urn:example:returnee-record:1',
    });
    expect(schema.$id).toBe('urn:example:returnee-record:1');
  });

  it('input accepts a declared extra property', () => {
    const ajv = new Ajv2020({ strict: true });
    const schema = createInputJsonSchema('out-migrant', { extraProperties });
    const input = { ...exampleOutMigrantInput, householdSize: 4 };
    expect(ajv.validate(schema, input), ajv.errorsText()).toBe(true);
  });

  it.each(['name', 'kind', 'townshipCode'])(
    'record rejects the extra name %s',
    (name) => {
      expect(() =>
        createRecordJsonSchema('returnee', {
          extraProperties: { [name]: { type: 'string' } },
        }),
      ).toThrow(
        `Extra property "${name}" is already a property of the document.`,
      );
    },
  );
});

describe('json-schema entry point', () => {
  it('imports no third-party package', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      packages: 'external',
      logLevel: 'silent',
    });
    const external = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports
        .filter((entry) => entry.external)
        .map((entry) => entry.path),
    );
    expect(external).toEqual([]);
  });
});
