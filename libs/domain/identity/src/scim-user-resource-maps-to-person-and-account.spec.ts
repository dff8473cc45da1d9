import { scimPaging, scimUserFromResource, ScimError } from './scim';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

describe('a SCIM User resource becomes the fields of a person and an account', () => {
  it('takes userName (lower-cased e-mail), externalId (hris_id), names, title and active', () => {
    expect(
      scimUserFromResource({ schemas: [USER], userName: ' Ada@Acme.TEST ', externalId: 'E-0042', name: { givenName: 'Ada', familyName: 'Lovelace' }, title: 'Agent', active: false }),
    ).toEqual({ userName: 'ada@acme.test', externalId: 'E-0042', givenName: 'Ada', familyName: 'Lovelace', title: 'Agent', active: false });
  });

  it('defaults: active true; a missing name falls back to displayName, then to the e-mail', () => {
    expect(scimUserFromResource({ schemas: [USER], userName: 'ada@acme.test', displayName: 'Ada Lovelace' })).toMatchObject({ givenName: 'Ada', familyName: 'Lovelace', active: true, externalId: null });
    expect(scimUserFromResource({ schemas: [USER], userName: 'ada@acme.test' })).toMatchObject({ givenName: 'ada', familyName: '' });
  });

  it.each([
    ['no userName', { schemas: [USER] }, /userName is required/],
    ['a userName that is not an e-mail', { schemas: [USER], userName: 'ada' }, /userName/],
    ['an externalId the HRIS cannot key', { schemas: [USER], userName: 'a@b.co', externalId: 'has space' }, /externalId/],
    ['a NUL byte in a name', { schemas: [USER], userName: 'a@b.co', name: { givenName: 'A\u0000' } }, /control/],
    ['a 101-character given name', { schemas: [USER], userName: 'a@b.co', name: { givenName: 'x'.repeat(101) } }, /longer than 100/],
    ['no User schema', { userName: 'a@b.co' }, /schemas/],
  ])('refuses %s with 400 invalidValue', (_name, body, message) => {
    let error: unknown;
    try {
      scimUserFromResource(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400 });
    expect((error as ScimError).detail).toMatch(message);
  });
});

describe('SCIM paging: 1-based startIndex, count capped', () => {
  it.each([
    [undefined, undefined, { offset: 0, limit: 100 }],
    ['1', '10', { offset: 0, limit: 10 }],
    ['11', '10', { offset: 10, limit: 10 }],
    ['0', '-5', { offset: 0, limit: 0 }],
    ['3', '100000', { offset: 2, limit: 200 }],
  ])('startIndex %s, count %s', (startIndex, count, expected) => {
    expect(scimPaging(startIndex, count)).toEqual(expected);
  });

  it('refuses a startIndex or count that is not a number', () => {
    expect(() => scimPaging('x', undefined)).toThrow(ScimError);
  });
});
