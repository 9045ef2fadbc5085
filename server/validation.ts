import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ValidationError, type FieldError } from '../src/core/errors.js';

/*
 * Requests are checked against contract/openapi.yaml itself — the contract is the single source
 * of shapes. The component schemas are plain JSON Schema 2020-12; each operation's parameters
 * (path, query, header) and request body are compiled from it once, at start-up. A failure is
 * a ValidationError whose field errors use the contract's codes (`required`, `too-long`,
 * `too-many`, `invalid`…), every field at fault at once.
 */

export const CONTRACT_PATH = fileURLToPath(new URL('../contract/openapi.yaml', import.meta.url));
const BASE = 'https://chorus.invalid/schemas/';

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

type Schema = Record<string, unknown>;
type Location = 'path' | 'query' | 'header';

interface Parameter {
  name: string;
  in: Location | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface CompiledParameter {
  name: string;
  in: Location;
  required: boolean;
  schema: Schema;
  validate: ValidateFunction;
}

interface CompiledOperation {
  method: string;
  path: string;
  parameters: CompiledParameter[];
  body: ValidateFunction | null;
  bodyRequired: boolean;
  responses: Map<string, ValidateFunction>;
}

/** What a request carried, before validation. Header names are matched case-insensitively. */
export interface RawRequest {
  path?: Record<string, string | undefined>;
  query?: Record<string, string | undefined>;
  header?: (name: string) => string | undefined;
  body?: unknown;
}

export interface CheckedRequest {
  /** Every declared parameter, coerced to its schema's type; defaults applied; absent ones undefined. */
  params: Record<string, unknown>;
  body: unknown;
}

/** `#/components/schemas/X` → an absolute id ajv can resolve across separately added schemas. */
function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^#\/components\/schemas\//, BASE) : rewriteRefs(v);
    }
    return out as T;
  }
  return value;
}

function resolve<T>(doc: Schema, value: T): T {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`contract: unresolved ${ref}`);
  return resolve(doc, node as T);
}

/** A query or header string as the schema's type, or the string itself when it does not parse. */
function coerce(raw: string, schema: Schema): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function fieldOf(instancePath: string, prefix: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Items of a list report on the list: the widget shows one message beside the field.
  while (parts.length && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  const field = parts.filter((p) => !/^\d+$/.test(p)).join('.');
  return [prefix, field].filter(Boolean).join('.') || 'body';
}

const LABEL: Record<string, string> = { 'Idempotency-Key': 'The Idempotency-Key header' };

/** ajv's errors → the contract's field errors: one per field and code, deepest cause first. */
export function toFieldErrors(errors: readonly ErrorObject[], prefix = ''): FieldError[] {
  // `image: anyOf [KudosImage, null]`: when the object branch has specific errors, report those
  // rather than "must be null" and "must match a schema in anyOf".
  const branchy = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const specific = (at: string) =>
    errors.some((d) => d.instancePath.startsWith(`${at}/`) || (d.instancePath === at && !['anyOf', 'oneOf', 'type'].includes(d.keyword)));
  const kept = errors.filter((e) => {
    if (!branchy.has(e.instancePath)) return true;
    const generic = ['anyOf', 'oneOf', 'type'].includes(e.keyword);
    if (!generic) return true;
    // Nothing more specific: keep only the one "does not match" error.
    return !specific(e.instancePath) && e.keyword !== 'type';
  });
  const out: FieldError[] = [];
  for (const e of kept) {
    const p = e.params as Record<string, unknown>;
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
          : { code: e.keyword === 'maxItems' ? 'too-many' : 'too-long', message: `${field} is too long.`, params: { max: Number(p.limit) } };
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
      default:
        error = { code: 'invalid', message: `${field} ${e.message ?? 'is not valid'}.` };
    }
    if (!out.some((f) => f.field === field && f.code === error.code)) out.push({ field, ...error });
  }
  return out;
}

export class ContractValidator {
  private readonly ajv: Ajv2020;
  private readonly operations = new Map<string, CompiledOperation>();

  constructor(readonly document: Schema) {
    // strict: the contract must stay plain JSON Schema; `example` is OpenAPI's own keyword.
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(this.ajv);
    this.ajv.addKeyword({ keyword: 'example' });
    const components = (document.components ?? {}) as Record<string, Record<string, Schema>>;
    for (const [name, schema] of Object.entries(components.schemas ?? {})) {
      this.ajv.addSchema({ ...rewriteRefs(schema), $id: BASE + name });
    }
    const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
    for (const [path, item] of Object.entries(paths)) {
      const shared = ((item.parameters ?? []) as unknown[]).map((p) => resolve(document, p as Parameter));
      for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
        const op = item[method] as Schema | undefined;
        if (!op) continue;
        this.operations.set(String(op.operationId), this.compile(method, path, op, shared));
      }
    }
  }

  static fromFile(file = CONTRACT_PATH): ContractValidator {
    return new ContractValidator(parse(readFileSync(file, 'utf8')) as Schema);
  }

  private compile(method: string, path: string, op: Schema, shared: Parameter[]): CompiledOperation {
    const own = ((op.parameters ?? []) as unknown[]).map((p) => resolve(this.document, p as Parameter));
    const byKey = new Map<string, Parameter>();
    for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
    const parameters: CompiledParameter[] = [];
    for (const p of byKey.values()) {
      if (p.in === 'cookie') continue;
      const schema = rewriteRefs(p.schema ?? {});
      parameters.push({ name: p.name, in: p.in, required: !!p.required, schema, validate: this.ajv.compile(schema) });
    }
    const body = resolve(this.document, op.requestBody as Schema | undefined);
    const bodySchema = (body?.content as Record<string, { schema?: Schema }> | undefined)?.['application/json']?.schema;
    const responses = new Map<string, ValidateFunction>();
    for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Schema>)) {
      const r = resolve(this.document, response);
      const schema = (r.content as Record<string, { schema?: Schema }> | undefined)?.['application/json']?.schema;
      if (schema) responses.set(status, this.ajv.compile(rewriteRefs(schema)));
    }
    return {
      method: method.toUpperCase(),
      path,
      parameters,
      body: bodySchema ? this.ajv.compile(rewriteRefs(bodySchema)) : null,
      bodyRequired: !!body?.required,
      responses,
    };
  }

  has(operationId: string): boolean {
    return this.operations.has(operationId);
  }

  /** The operation's method and contract path (`/kudos/{kudosId}`). */
  operation(operationId: string): { method: string; path: string } {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`contract: no operation "${operationId}"`);
    return { method: op.method, path: op.path };
  }

  /** Checks parameters and body of a request to `operationId`; throws ValidationError listing every fault. */
  check(operationId: string, raw: RawRequest): CheckedRequest {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`contract: no operation "${operationId}"`);
    const fields: FieldError[] = [];
    const params: Record<string, unknown> = {};
    for (const p of op.parameters) {
      const value = p.in === 'header' ? raw.header?.(p.name) : p.in === 'path' ? raw.path?.[p.name] : raw.query?.[p.name];
      if (value === undefined || (value === '' && p.in === 'query' && !p.required)) {
        if (p.required) fields.push({ field: p.name, code: 'required', message: `${LABEL[p.name] ?? p.name} is required.` });
        params[p.name] = p.schema.default;
        continue;
      }
      const coerced = coerce(value, p.schema);
      if (!p.validate(coerced)) fields.push(...toFieldErrors(p.validate.errors ?? []).map((f) => ({ ...f, field: p.name, message: f.message.replace(/^body/, p.name) })));
      params[p.name] = coerced;
    }
    if (op.body) {
      if (raw.body === undefined) {
        if (op.bodyRequired) fields.push({ field: 'body', code: 'required', message: 'Send a JSON body.' });
      } else if (!op.body(raw.body)) {
        fields.push(...toFieldErrors(op.body.errors ?? []));
      }
    }
    if (fields.length) throw new ValidationError(fields);
    return { params, body: raw.body };
  }

  /** Errors of a JSON response against the contract (tests use it to check every answer). */
  responseErrors(operationId: string, status: number, body: unknown): string[] {
    const op = this.operations.get(operationId);
    const validate = op?.responses.get(String(status));
    if (!validate) return op ? [] : [`no operation ${operationId}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /** Errors of any value against a component schema (e.g. `LiveEvent`). */
  schemaErrors(name: string, value: unknown): string[] {
    const validate = this.ajv.getSchema(BASE + name);
    if (!validate) return [`no schema ${name}`];
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}
