import type { FieldSpec, RequirementCondition } from '../fields/spec.js';
import type { JsonSchema } from './types.js';

/**
 * Returns a schema that requires the given properties. Each is also named
 * in `properties` with the empty schema, which changes nothing, because
 * Ajv's strict mode rejects a `required` property that is not defined in the
 * same schema object or before it.
 */
function requiredSchema(names: readonly string[]): JsonSchema {
  return {
    properties: Object.fromEntries(names.map((name) => [name, {}])),
    required: names,
  };
}

/**
 * Translates a requirement condition into a schema that the record
 * satisfies when the condition held for its input.
 *
 * A coded value is stored as parsed, so `in` translates exactly. A
 * `present` condition is about the raw input, which the schema cannot see,
 * so it is read from the record. A given value is always in the record,
 * but the validator fills in `birthDate` from the resident ID number when
 * the input left it empty. So "absent from the record" implies "empty in
 * the input", and not the reverse.
 */
function conditionSchema(condition: RequirementCondition): JsonSchema {
  if ('in' in condition) {
    const [only] = condition.in;
    return {
      properties: {
        [condition.field]:
          condition.in.length === 1 && only !== undefined
            ? { const: only }
            : { enum: condition.in },
      },
      required: [condition.field],
    };
  }
  const present = requiredSchema([condition.field]);
  return condition.present ? present : { not: present };
}

/** Returns the one schema that all given schemas describe together. */
function allOfSchemas(schemas: readonly JsonSchema[]): JsonSchema {
  const [only] = schemas;
  return schemas.length === 1 && only !== undefined ? only : { allOf: schemas };
}

/**
 * Returns `if`/`then` schemas for the conditional requirements of error
 * severity, one per distinct condition, with the fields it requires. A
 * rule applies only when no earlier rule of its field matched, since the
 * first matching rule decides, so the `if` also excludes earlier rules.
 * Warnings do not reject a record and have no schema.
 *
 * NOTE: an error rule with a `present: true` condition would also match a
 * `birthDate` that the validator filled in, and so could reject a valid
 * record. The catalogue has no such rule.
 */
export function requirementConditions(
  fields: readonly FieldSpec[],
): JsonSchema[] {
  const requiredByCondition = new Map<
    string,
    { condition: JsonSchema; fields: string[] }
  >();

  for (const spec of fields) {
    if (typeof spec.required === 'string') {
      continue;
    }
    const earlier: JsonSchema[] = [];
    for (const rule of spec.required) {
      const condition = conditionSchema(rule.when);
      if (rule.severity === 'error') {
        const full = allOfSchemas([
          condition,
          ...earlier.map((schema) => ({ not: schema })),
        ]);
        const key = JSON.stringify(full);
        const entry = requiredByCondition.get(key) ?? {
          condition: full,
          fields: [],
        };
        entry.fields.push(spec.name);
        requiredByCondition.set(key, entry);
      }
      earlier.push(condition);
    }
  }

  return [...requiredByCondition.values()].map((entry) => ({
    if: entry.condition,
    then: requiredSchema(entry.fields),
  }));
}

/**
 * Returns the cross-field rule "jobs created only when self-employed" of
 * the validator as a schema, or nothing when the record kind lacks either
 * field. A value of 0 passes for any status, as in the validator.
 */
export function jobsCreatedCondition(
  fields: readonly FieldSpec[],
): JsonSchema[] {
  const names = new Set(fields.map((spec) => spec.name));
  if (!names.has('jobsCreated') || !names.has('status')) {
    return [];
  }
  return [
    {
      if: {
        properties: { status: { not: { const: 'self_employed' } } },
        required: ['status'],
      },
      then: { properties: { jobsCreated: { const: 0 } } },
    },
  ];
}
