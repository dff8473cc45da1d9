import { checkText, EMAIL, HRIS_ID, normaliseEmail } from '@pulse/domain-people';

/**
 * SCIM 2.0 (RFC 7643/7644) rules for the Users resource: what an identity provider may send and
 * how it maps to a person (names, hris_id = externalId) and their account (userName = e-mail,
 * active = not disabled). Everything else about a person comes from the HRIS import.
 */

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type ScimType = 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'invalidValue' | 'mutability' | 'uniqueness' | 'noTarget' | 'tooMany';

/** An error a SCIM client understands: HTTP status, RFC 7644 §3.12 scimType and a readable detail. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }
}

export type ScimUserFields = {
  /** Lower-case work e-mail: the account's sign-in name. */
  userName: string;
  /** The HRIS id; null lets the server assign one. */
  externalId: string | null;
  givenName: string;
  familyName: string;
  title: string | null;
  active: boolean;
};

export type ScimFilter = { attribute: 'userName' | 'externalId'; value: string };

const FILTER = /^\s*(?:urn:ietf:params:scim:schemas:core:2\.0:User:)?([A-Za-z.]+)\s+([A-Za-z]+)\s+"((?:[^"\\]|\\.)*)"\s*$/;

/** The filters identity providers use to look a user up before creating them; anything else is refused, not ignored. */
export function parseScimFilter(filter: string): ScimFilter {
  const m = FILTER.exec(filter);
  if (!m) throw new ScimError(400, 'Only a single comparison with a quoted value is supported, e.g. userName eq "ada@example.com".', 'invalidFilter');
  const [, rawAttribute, operator, rawValue] = m;
  const attribute = rawAttribute.toLowerCase() === 'username' ? 'userName' : rawAttribute.toLowerCase() === 'externalid' ? 'externalId' : null;
  if (!attribute) throw new ScimError(400, `Filtering by attribute ${rawAttribute} is not supported; use userName or externalId.`, 'invalidFilter');
  if (operator.toLowerCase() !== 'eq') throw new ScimError(400, `The operator ${operator} is not supported; use eq.`, 'invalidFilter');
  return { attribute, value: rawValue.replace(/\\(.)/g, '$1') };
}

/** startIndex is 1-based (RFC 7644 §3.4.2.4); count is capped so one request cannot list a whole organisation. */
export const SCIM_MAX_COUNT = 200;
export function scimPaging(startIndex: string | undefined, count: string | undefined): { offset: number; limit: number } {
  const number = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n)) throw new ScimError(400, `${name} must be a whole number.`, 'invalidValue');
    return n;
  };
  const start = Math.max(1, number('startIndex', startIndex, 1));
  const limit = Math.min(SCIM_MAX_COUNT, Math.max(0, number('count', count, 100)));
  return { offset: start - 1, limit };
}

function invalid(message: string, scimType: ScimType = 'invalidValue'): never {
  throw new ScimError(400, message, scimType);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(label: string, value: unknown, rule: { required: boolean; max: number; pattern?: RegExp; patternHint?: string }): string {
  if (value !== undefined && value !== null && typeof value !== 'string') invalid(`${label} must be a string`);
  const s = typeof value === 'string' ? value.trim() : '';
  const problem = checkText(label, s, rule);
  if (problem) invalid(problem);
  return s;
}

function userName(value: unknown): string {
  return normaliseEmail(text('userName', value, { required: true, max: 254, pattern: EMAIL, patternHint: 'must be an e-mail address' }));
}

function externalId(value: unknown): string | null {
  return text('externalId', value, { required: false, max: 64, pattern: HRIS_ID, patternHint: 'may only hold letters, digits, ".", "_" and "-"' }) || null;
}

const NAME = { required: false, max: 100 };
const TITLE = { required: false, max: 120 };

/** Entra ID sends booleans as "True"/"False" strings in PATCH. */
function active(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return invalid('active must be true or false');
}

/** A POST or PUT body. Missing names fall back to displayName, then to the e-mail's local part (person names are required). */
export function scimUserFromResource(body: unknown): ScimUserFields {
  if (!isObject(body)) invalid('The body must be a JSON object.', 'invalidSyntax');
  if (!Array.isArray(body.schemas) || !body.schemas.includes(SCIM_USER_SCHEMA)) invalid(`schemas must include ${SCIM_USER_SCHEMA}`, 'invalidSyntax');
  const email = userName(body.userName);
  const name = isObject(body.name) ? body.name : {};
  const displayName = text('displayName', body.displayName, { required: false, max: 201 });
  const [displayGiven, ...displayFamily] = displayName.split(/\s+/).filter(Boolean);
  const givenName = text('name.givenName', name.givenName, NAME) || displayGiven || email.split('@')[0].slice(0, 100);
  const familyName = text('name.familyName', name.familyName, NAME) || (name.givenName ? '' : displayFamily.join(' ').slice(0, 100));
  return {
    userName: email,
    externalId: externalId(body.externalId),
    givenName,
    familyName,
    title: text('title', body.title, TITLE) || null,
    active: body.active === undefined ? true : active(body.active),
  };
}

type Setter = (user: ScimUserFields, value: unknown) => ScimUserFields;

const SETTERS: Record<string, Setter> = {
  active: (u, v) => ({ ...u, active: active(v) }),
  username: (u, v) => ({ ...u, userName: userName(v) }),
  externalid: (u, v) => ({ ...u, externalId: externalId(v) }),
  'name.givenname': (u, v) => ({ ...u, givenName: text('name.givenName', v, { ...NAME, required: true }) }),
  'name.familyname': (u, v) => ({ ...u, familyName: text('name.familyName', v, NAME) }),
  name: (u, v) => {
    if (!isObject(v)) invalid('name must be an object');
    let next = u;
    if (v.givenName !== undefined) next = SETTERS['name.givenname'](next, v.givenName);
    if (v.familyName !== undefined) next = SETTERS['name.familyname'](next, v.familyName);
    return next;
  },
  title: (u, v) => ({ ...u, title: text('title', v, TITLE) || null }),
  // The work e-mail is the userName here: keeping them one value avoids two addresses drifting apart.
  'emails[type eq "work"].value': (u, v) => ({ ...u, userName: userName(v) }),
  'emails[primary eq true].value': (u, v) => ({ ...u, userName: userName(v) }),
  displayname: (u) => u,
};

const REMOVABLE: Record<string, (u: ScimUserFields) => ScimUserFields> = {
  externalid: (u) => ({ ...u, externalId: null }),
  title: (u) => ({ ...u, title: null }),
  'name.familyname': (u) => ({ ...u, familyName: '' }),
};

function normalisePath(path: string): string {
  return path.trim().replace(/^urn:ietf:params:scim:schemas:core:2\.0:User:/, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Applies a PatchOp body in order (RFC 7644 §3.5.2); a failing operation fails the whole request. */
export function applyScimPatch(current: ScimUserFields, body: unknown): ScimUserFields {
  if (!isObject(body) || !Array.isArray(body.schemas) || !body.schemas.includes(SCIM_PATCH_SCHEMA)) invalid(`schemas must include ${SCIM_PATCH_SCHEMA}`, 'invalidSyntax');
  if (!Array.isArray(body.Operations) || body.Operations.length === 0) invalid('Operations must list at least one operation.', 'invalidSyntax');
  if (body.Operations.length > 100) invalid('At most 100 operations per request.', 'tooMany');
  let user = current;
  for (const operation of body.Operations as unknown[]) {
    if (!isObject(operation) || typeof operation.op !== 'string') invalid('Each operation needs an op.', 'invalidSyntax');
    const op = operation.op.toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') invalid(`Unknown op ${operation.op}; use add, replace or remove.`, 'invalidSyntax');
    const path = typeof operation.path === 'string' ? normalisePath(operation.path) : null;
    if (op === 'remove') {
      if (!path) invalid('remove needs a path.', 'noTarget');
      if (path === 'username' || path === 'active' || path.startsWith('name.givenname') || path.startsWith('emails')) invalid(`${operation.path} cannot be removed.`, 'mutability');
      const remove = REMOVABLE[path];
      if (!remove) invalid(`Unknown attribute path ${operation.path}.`, 'invalidPath');
      user = remove(user);
      continue;
    }
    if (path) {
      const set = SETTERS[path];
      if (!set) invalid(`Unknown attribute path ${operation.path}.`, 'invalidPath');
      user = set(user, operation.value);
      continue;
    }
    // No path: the value is an object of attributes to set.
    if (!isObject(operation.value)) invalid('Without a path, value must be an object of attributes.', 'invalidValue');
    for (const [key, value] of Object.entries(operation.value)) {
      const set = SETTERS[normalisePath(key)];
      if (!set) invalid(`Unknown attribute ${key}.`, 'invalidPath');
      user = set(user, value);
    }
  }
  return user;
}
