/**
 * Reads the scenario schema (zod) into a tree of field specs that the rule editor turns into
 * widgets: bounded numbers with their unit and step, choices, switches, texts, groups and lists of
 * rows. Every widget comes from the schema's own declaration (PhET's "declare a tunable once"),
 * so a new field in the schema shows up in the editor without editor code.
 */
import { z } from 'zod';
import { Expression, type FieldMeta } from '../../scenario/schema';

/** What a field holds, with the constraints its widget enforces. */
export type FieldKind =
  | {
      kind: 'number';
      min: number;
      max: number;
      integer: boolean;
      /** Increment for the spin buttons: the declared step, else 1 for integers, 0.01 otherwise. */
      step: number;
    }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'switch' }
  | { kind: 'text'; maxLength: number | undefined; expression: boolean }
  | { kind: 'group'; fields: FieldSpec[] }
  | { kind: 'rows'; item: FieldSpec; min: number; max: number | undefined }
  /** A shape the forms do not edit (maps keyed by id); the YAML tab edits it. */
  | { kind: 'other' };

/** One field: its key, what it holds, and what the schema says about it. */
export type FieldSpec = FieldKind & {
  key: string;
  description: string;
  unit: string | undefined;
  /** The value used when the field is left out (undefined: none). */
  defaultValue: unknown;
  /** May be left out (it has a default, or it is optional). */
  optional: boolean;
};

interface Layer {
  meta: Partial<FieldMeta>;
  defaultValue: unknown;
  optional: boolean;
}

/** Describes a schema as a field spec; `key` names it inside its parent. */
export function describeField(key: string, schema: z.ZodType): FieldSpec {
  const { inner, layer } = unwrap(schema);
  const common = {
    key,
    description: layer.meta.description ?? '',
    unit: layer.meta.unit,
    defaultValue: layer.defaultValue,
    optional: layer.optional,
  };
  return { ...common, ...describeKind(inner, layer.meta) };
}

/** The fields of an object schema, in declaration order. */
export function describeFields(schema: z.ZodType): FieldSpec[] {
  const spec = describeField('', schema);
  return spec.kind === 'group' ? spec.fields : [];
}

/** Peels optional/default/prefault wrappers, keeping the outermost description and first default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; layer: Layer } {
  const layer: Layer = { meta: {}, defaultValue: undefined, optional: false };
  let current = schema;
  for (;;) {
    mergeMeta(layer.meta, current.meta() as Partial<FieldMeta> | undefined);
    if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
      if (layer.defaultValue === undefined) layer.defaultValue = readDefault(current);
      layer.optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodOptional) {
      layer.optional = true;
      current = current.unwrap() as z.ZodType;
    } else {
      return { inner: current, layer };
    }
  }
}

/** Outer declarations win: a field's own description overrides its type's. */
function mergeMeta(into: Partial<FieldMeta>, meta: Partial<FieldMeta> | undefined): void {
  if (meta === undefined) return;
  into.description ??= meta.description;
  into.unit ??= meta.unit;
  into.step ??= meta.step;
}

function readDefault(schema: z.ZodDefault | z.ZodPrefault): unknown {
  const value: unknown = schema.def.defaultValue;
  // A prefault of {} stands for "every field at its own default": nothing to show by itself.
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : value;
}

function describeKind(schema: z.ZodType, meta: Partial<FieldMeta>): FieldKind {
  if (schema instanceof z.ZodNumber) {
    const integer = schema.isInt;
    return {
      kind: 'number',
      min: finiteOr(schema.minValue, -Number.MAX_SAFE_INTEGER),
      max: finiteOr(schema.maxValue, Number.MAX_SAFE_INTEGER),
      integer,
      step: meta.step ?? (integer ? 1 : 0.01),
    };
  }
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodBoolean) return { kind: 'switch' };
  if (schema instanceof z.ZodString) {
    return {
      kind: 'text',
      maxLength: schema.maxLength ?? undefined,
      expression: isExpression(schema),
    };
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return {
      kind: 'group',
      fields: Object.keys(shape).map((key) => describeField(key, shape[key])),
    };
  }
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    const checks = (schema.def.checks ?? []) as unknown as {
      _zod: { def: Record<string, unknown> };
    }[];
    return {
      kind: 'rows',
      item: describeField('', element),
      min: lengthBound(checks, 'min_length') ?? 0,
      max: lengthBound(checks, 'max_length'),
    };
  }
  return { kind: 'other' };
}

/** Conditions are strings built from the schema's shared `Expression` declaration. */
function isExpression(schema: z.ZodString): boolean {
  return schema === Expression;
}

function lengthBound(
  checks: { _zod: { def: Record<string, unknown> } }[],
  check: 'min_length' | 'max_length',
): number | undefined {
  for (const c of checks) {
    const def = c._zod.def;
    if (def.check === check) {
      const value = check === 'min_length' ? def.minimum : def.maximum;
      if (typeof value === 'number') return value;
    }
  }
  return undefined;
}

function finiteOr(value: number | null, fallback: number): number {
  return value !== null && Number.isFinite(value) ? value : fallback;
}
