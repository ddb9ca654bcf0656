// A small JSON Schema (draft 2020-12) checker for the keywords that
// `extract schema` uses. It refuses schemas with keywords it does not know,
// so a new keyword in the output cannot be silently ignored by the tests.

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items',
  'enum', 'const', 'anyOf', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'propertyNames',
]);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/** Problems with the schema itself: unknown keywords, malformed values. Empty when well formed. */
export function checkSchema(schema: unknown, path = '#'): string[] {
  if (typeof schema === 'boolean') return [];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [`${path}: a schema must be an object or boolean`];
  const s = schema as Schema;
  const problems: string[] = [];
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) problems.push(`${path}: unknown keyword "${key}"`);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    for (const t of types) if (!TYPES.has(t as string)) problems.push(`${path}: unknown type ${JSON.stringify(t)}`);
  }
  if (s.properties !== undefined) {
    for (const [k, sub] of Object.entries(s.properties as Schema)) problems.push(...checkSchema(sub, `${path}/properties/${k}`));
  }
  if (s.required !== undefined && !(Array.isArray(s.required) && s.required.every((r) => typeof r === 'string'))) {
    problems.push(`${path}: required must be a list of names`);
  }
  for (const key of ['additionalProperties', 'items', 'propertyNames'] as const) {
    if (s[key] !== undefined) problems.push(...checkSchema(s[key], `${path}/${key}`));
  }
  if (s.anyOf !== undefined) {
    if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) problems.push(`${path}: anyOf must be a non-empty list`);
    else s.anyOf.forEach((sub, i) => problems.push(...checkSchema(sub, `${path}/anyOf/${i}`)));
  }
  if (s.enum !== undefined && !(Array.isArray(s.enum) && s.enum.length > 0)) problems.push(`${path}: enum must be a non-empty list`);
  if (s.pattern !== undefined) {
    try {
      new RegExp(s.pattern as string, 'u');
    } catch {
      problems.push(`${path}: pattern is not a regular expression`);
    }
  }
  return problems;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  if (t === 'integer') return typeof v === 'number' && Number.isInteger(v);
  if (t === 'number') return typeof v === 'number' && Number.isFinite(v);
  return typeOf(v) === t;
}

/** Where `value` breaks `schema`. Empty when it satisfies it. */
export function validate(schema: unknown, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema as Schema;
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    if (!types.some((t) => hasType(value, t))) return [`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`];
  }
  const problems: string[] = [];
  if (s.enum !== undefined && !(s.enum as unknown[]).some((e) => e === value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of the allowed values`);
  if (s.const !== undefined && s.const !== value) problems.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (s.anyOf !== undefined && !(s.anyOf as unknown[]).some((sub) => validate(sub, value, path).length === 0)) {
    problems.push(`${path}: matches none of anyOf`);
  }
  if (typeof value === 'string') {
    if (s.pattern !== undefined && !new RegExp(s.pattern as string, 'u').test(value)) problems.push(`${path}: does not match ${s.pattern}`);
    const len = [...value].length;
    if (s.minLength !== undefined && len < (s.minLength as number)) problems.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && len > (s.maxLength as number)) problems.push(`${path}: longer than ${s.maxLength}`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < (s.minimum as number)) problems.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > (s.maximum as number)) problems.push(`${path}: above ${s.maximum}`);
  }
  if (Array.isArray(value) && s.items !== undefined) value.forEach((v, i) => problems.push(...validate(s.items, v, `${path}[${i}]`)));
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Schema;
    for (const r of (s.required ?? []) as string[]) if (!Object.hasOwn(obj, r)) problems.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (Object.hasOwn(props, k)) problems.push(...validate(props[k], v, `${path}.${k}`));
      else if (s.additionalProperties !== undefined) problems.push(...validate(s.additionalProperties, v, `${path}.${k}`));
      if (s.propertyNames !== undefined) problems.push(...validate(s.propertyNames, k, `${path}{${k}}`));
    }
  }
  return problems;
}
