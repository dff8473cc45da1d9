import { applyScimPatch, ScimError, type ScimUserFields } from './scim';

const ada: ScimUserFields = { userName: 'ada@acme.test', externalId: 'E-1', givenName: 'Ada', familyName: 'Lovelace', title: null, active: true };
const patch = (...Operations: unknown[]) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations });

describe('SCIM PATCH (RFC 7644 §3.5.2): the attribute paths identity providers send', () => {
  it.each([
    ['replace active false (Okta)', patch({ op: 'replace', path: 'active', value: false }), { active: false }],
    ['Replace without path, active as a string (Entra ID)', patch({ op: 'Replace', value: { active: 'False' } }), { active: false }],
    ['replace active true', patch({ op: 'replace', value: { active: true } }), { active: true }],
    ['replace name.givenName', patch({ op: 'replace', path: 'name.givenName', value: 'Augusta' }), { givenName: 'Augusta' }],
    ['add name as an object', patch({ op: 'add', path: 'name', value: { familyName: 'King' } }), { familyName: 'King' }],
    ['replace userName lower-cases it', patch({ op: 'replace', path: 'userName', value: 'Ada.King@ACME.test' }), { userName: 'ada.king@acme.test' }],
    ['replace externalId', patch({ op: 'replace', path: 'externalId', value: 'E-2' }), { externalId: 'E-2' }],
    ['remove title', patch({ op: 'remove', path: 'title' }), { title: null }],
    ['emails[type eq "work"].value sets the userName', patch({ op: 'replace', path: 'emails[type eq "work"].value', value: 'ada@acme.test' }), {}],
    ['several operations in order', patch({ op: 'replace', path: 'active', value: false }, { op: 'replace', path: 'active', value: true }), { active: true }],
  ])('%s', (_name, body, change) => {
    expect(applyScimPatch(ada, body)).toEqual({ ...ada, ...change });
  });

  it.each([
    ['an unknown op', patch({ op: 'move', path: 'active', value: false }), 'invalidSyntax'],
    ['an unknown path', patch({ op: 'replace', path: 'nickName', value: 'x' }), 'invalidPath'],
    ['active that is not a boolean', patch({ op: 'replace', path: 'active', value: 'maybe' }), 'invalidValue'],
    ['removing the userName', patch({ op: 'remove', path: 'userName' }), 'mutability'],
    ['a userName that is not an e-mail', patch({ op: 'replace', path: 'userName', value: 'ada' }), 'invalidValue'],
    ['no Operations', { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] }, 'invalidSyntax'],
    ['the wrong schema', { schemas: ['urn:x'], Operations: [] }, 'invalidSyntax'],
  ])('refuses %s with 400 %s', (_name, body, scimType) => {
    expect(() => applyScimPatch(ada, body)).toThrow(ScimError);
    try {
      applyScimPatch(ada, body);
    } catch (e) {
      expect(e).toMatchObject({ status: 400, scimType });
    }
  });
});
