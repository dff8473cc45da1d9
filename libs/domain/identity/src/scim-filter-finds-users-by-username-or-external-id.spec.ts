import { parseScimFilter, ScimError } from './scim';

describe('SCIM filter: userName or externalId "eq" a quoted string (RFC 7644 §3.4.2.2)', () => {
  it.each([
    ['userName eq "ada@acme.test"', { attribute: 'userName', value: 'ada@acme.test' }],
    ['username EQ "Ada@Acme.test"', { attribute: 'userName', value: 'Ada@Acme.test' }],
    ['  userName eq "a\\"b@acme.test"  ', { attribute: 'userName', value: 'a"b@acme.test' }],
    ['externalId eq "E-0042"', { attribute: 'externalId', value: 'E-0042' }],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x@y.z"', { attribute: 'userName', value: 'x@y.z' }],
  ])('%s', (filter, expected) => {
    expect(parseScimFilter(filter)).toEqual(expected);
  });

  it.each([
    ['userName co "ada"', 'operator'],
    ['name.givenName eq "Ada"', 'attribute'],
    ['userName eq ada', 'quoted'],
    ['userName eq "a" or userName eq "b"', 'quoted'],
    ['', 'quoted'],
  ])('refuses %j as invalidFilter', (filter, hint) => {
    let error: unknown;
    try {
      parseScimFilter(filter);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect((error as ScimError).detail).toMatch(new RegExp(hint));
  });
});
