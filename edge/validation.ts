import { ValidationError, type FieldError } from '../src/core/errors.js';
import { hasUnsafeCharacter } from '../src/core/text.js';
import { unreadableError } from '../src/core/text.rules.js';
import * as generated from './contract.gen.js';

/*
 * Requests checked against contract/openapi.yaml — the single source of shapes — with ONE
 * implementation for the server and the browser's mock: `npm run contract:types` compiles each
 * operation's parameters (path, query, header), body and responses, and the component schemas,
 * into ajv standalone validators (contract.gen.ts), so nothing compiles at run time and no ajv
 * ships. A failure is a ValidationError whose field errors use the contract's codes (`required`,
 * `too-long`, `too-many`, `invalid`…), every field at fault at once.
 */

/** An ajv error, as the standalone validators report it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  type: string | string[] | null;
  default?: unknown;
  validate: string;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: string | null;
  bodyRequired: boolean;
  responses: Record<string, string>;
}

const OPERATIONS = (generated as unknown as { operations: Record<string, Operation> }).operations;
const validators = generated as unknown as Record<string, Validate>;

/** What a request carried, before validation. Header names are matched case-insensitively. */
export interface RawRequest {
  path?: Record<string, string | undefined>;
  query?: Record<string, string | undefined>;
  header?: (name: string) => string | null | undefined;
  body?: unknown;
}

export interface CheckedRequest {
  /** Every declared parameter, coerced to its schema's type; defaults applied; absent ones undefined. */
  params: Record<string, unknown>;
  body: unknown;
}

/** A query or header string as the schema's type, or the string itself when it does not parse. */
function coerce(raw: string, type: Parameter['type']): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function fieldOf(instancePath: string, prefix: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Items of a list report on the list: the widget shows one message beside the field.
  while (parts.length && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  const field = parts.filter((p) => !/^\d+$/.test(p)).join('.');
  return [prefix, field].filter(Boolean).join('.') || 'body';
}

const LABEL: Record<string, string> = { 'Idempotency-Key': 'The Idempotency-Key header' };
const GENERIC = ['anyOf', 'oneOf', 'type'];

/** ajv's errors → the contract's field errors: one per field and code, deepest cause first. */
export function toFieldErrors(errors: readonly SchemaError[], prefix = ''): FieldError[] {
  // `image: anyOf [KudosImage, null]`: when the object branch has specific errors, report those
  // rather than "must be null" and "must match a schema in anyOf".
  const branchy = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const specific = (at: string) => errors.some((d) => d.instancePath.startsWith(`${at}/`) || (d.instancePath === at && !GENERIC.includes(d.keyword)));
  const kept = errors.filter((e) => {
    if (!branchy.has(e.instancePath) || !GENERIC.includes(e.keyword)) return true;
    // Nothing more specific: keep only the one "does not match" error.
    return !specific(e.instancePath) && e.keyword !== 'type';
  });
  const out: FieldError[] = [];
  for (const e of kept) {
    const p = e.params;
    const inItems = /\/\d+(\/|$)/.test(e.instancePath);
    let field = fieldOf(e.instancePath, prefix);
    let error: Omit<FieldError, 'field'>;
    switch (e.keyword) {
      case 'required':
        field = [field === 'body' ? '' : field, String(p.missingProperty)].filter(Boolean).join('.');
        error = { code: 'required', message: `${LABEL[field] ?? field} is required.` };
        break;
      case 'additionalProperties':
        field = [field === 'body' ? '' : field, String(p.additionalProperty)].filter(Boolean).join('.');
        error = { code: 'invalid', message: `${field} is not a known field.` };
        break;
      case 'maxLength':
      case 'maxItems':
        error = inItems
          ? { code: 'invalid', message: `${field} has an item that is too long.` }
          : {
              code: e.keyword === 'maxItems' ? 'too-many' : 'too-long',
              message: `${field} is too long.`,
              params: { max: Number(p.limit) },
            };
        break;
      case 'minLength':
      case 'minItems':
        error = inItems
          ? { code: 'invalid', message: `${field} has an empty item.` }
          : Number(p.limit) <= 1
            ? { code: 'required', message: `${LABEL[field] ?? field} is required.` }
            : { code: 'too-short', message: `${field} is too short.`, params: { min: Number(p.limit) } };
        break;
      case 'minimum':
        error = { code: 'invalid', message: `${field} must be at least ${String(p.limit)}.`, params: { min: Number(p.limit) } };
        break;
      case 'maximum':
        error = { code: 'invalid', message: `${field} must be at most ${String(p.limit)}.`, params: { max: Number(p.limit) } };
        break;
      case 'discriminator':
        // A oneOf told apart by a property (`action`): the fault is that property's value.
        field = [field === 'body' ? '' : field, String(p.tag)].filter(Boolean).join('.');
        error =
          p.error === 'tag' ? { code: 'required', message: `${field} is required.` } : { code: 'invalid', message: `${field} is not one of the known values.` };
        break;
      default:
        error = { code: 'invalid', message: `${field} ${e.message ?? 'is not valid'}.` };
    }
    if (!out.some((f) => f.field === field && f.code === error.code)) out.push({ field, ...error });
  }
  return out;
}

/**
 * Text in a body that no reader can read (half a surrogate pair, a character stacked with
 * thousands of marks), refused for every field of every route at once, with core's error: the
 * rules check the fields they know, this catches the rest before anything is stored.
 */
function unreadableFields(value: unknown, at: string[] = [], out: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    const field = at.filter((p) => !/^\d+$/.test(p)).join('.') || 'body';
    const error = unreadableError(field, value);
    if (error && !out.some((f) => f.field === field)) out.push(error);
  } else if (Array.isArray(value)) value.forEach((item, i) => unreadableFields(item, [...at, String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) unreadableFields(v, [...at, k], out);
  return out;
}

function run(name: string, value: unknown): SchemaError[] {
  const validate = validators[name];
  if (!validate) throw new Error(`contract: no validator "${name}"`);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

const describe = (errors: SchemaError[]) => errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

function operationOf(operationId: string): Operation {
  const op = OPERATIONS[operationId];
  if (!op) throw new Error(`contract: no operation "${operationId}"`);
  return op;
}

/** The contract's operations, their checks and its schemas. Stateless: one instance serves all. */
export class ContractChecker {
  /** Every operation id of the contract. */
  readonly operationIds: readonly string[] = Object.keys(OPERATIONS);

  has(operationId: string): boolean {
    return operationId in OPERATIONS;
  }

  /** The operation's method and contract path (`/kudos/{kudosId}`). */
  operation(operationId: string): { method: string; path: string } {
    const { method, path } = operationOf(operationId);
    return { method, path };
  }

  /** The names of the operation's parameters (path, query and header). */
  parameterNames(operationId: string): string[] {
    return operationOf(operationId).parameters.map((p) => p.name);
  }

  /** Checks parameters and body of a request to `operationId`; throws ValidationError listing every fault. */
  check(operationId: string, raw: RawRequest): CheckedRequest {
    const op = operationOf(operationId);
    const fields: FieldError[] = [];
    const params: Record<string, unknown> = {};
    for (const p of op.parameters) {
      const value = (p.in === 'header' ? raw.header?.(p.name) : p.in === 'path' ? raw.path?.[p.name] : raw.query?.[p.name]) ?? undefined;
      if (value === undefined || (value === '' && p.in === 'query' && !p.required)) {
        if (p.required) fields.push({ field: p.name, code: 'required', message: `${LABEL[p.name] ?? p.name} is required.` });
        params[p.name] = p.default;
        continue;
      }
      // A path, query or header value names something (an id, a key): a NUL in it is refused here, for every route at once.
      if (hasUnsafeCharacter(value)) {
        fields.push({ field: p.name, code: 'invalid', message: `${LABEL[p.name] ?? p.name} contains a character that is not allowed.` });
        continue;
      }
      const coerced = coerce(value, p.type);
      const errors = run(p.validate, coerced);
      if (errors.length) fields.push(...toFieldErrors(errors).map((f) => ({ ...f, field: p.name, message: f.message.replace(/^body/, p.name) })));
      params[p.name] = coerced;
    }
    if (op.body) {
      if (raw.body === undefined) {
        if (op.bodyRequired) fields.push({ field: 'body', code: 'required', message: 'Send a JSON body.' });
      } else {
        fields.push(...toFieldErrors(run(op.body, raw.body)));
        for (const f of unreadableFields(raw.body)) if (!fields.some((g) => g.field === f.field)) fields.push(f);
      }
    }
    if (fields.length) throw new ValidationError(fields);
    return { params, body: raw.body };
  }

  /** Errors of a JSON response against the contract (tests use it to check every answer). */
  responseErrors(operationId: string, status: number, body: unknown): string[] {
    const op = OPERATIONS[operationId];
    if (!op) return [`no operation ${operationId}`];
    const name = op.responses[String(status)];
    return name ? describe(run(name, body)) : [];
  }

  /** Errors of any value against a component schema (e.g. `LiveEvent`), as ajv reports them. */
  schemaErrorObjects(name: string, value: unknown): SchemaError[] {
    if (!(generated.schemaNames as string[]).includes(name)) throw new Error(`No schema named ${name} in the contract.`);
    return run(name, value);
  }

  /** Errors of any value against a component schema, as text. */
  schemaErrors(name: string, value: unknown): string[] {
    if (!(generated.schemaNames as string[]).includes(name)) return [`no schema ${name}`];
    return describe(run(name, value));
  }
}

export const contract = new ContractChecker();
