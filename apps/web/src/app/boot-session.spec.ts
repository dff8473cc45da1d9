import { MeDocument, SignInDocument } from '../gql/boot/graphql';

// The start-up check and sign-in run without Apollo; their result is then written into Apollo's
// cache, which cannot match the SessionFields fragment (or normalise Person) without __typename.
describe('operations that run before Apollo is loaded', () => {
  it.each([
    ['Me', MeDocument.toString()],
    ['SignIn', SignInDocument.toString()],
  ])('%s asks for __typename on every object it returns', (_name, text) => {
    const fragment = text.slice(text.indexOf('fragment SessionFields'));
    expect(fragment).toMatch(/on Me \{\s*__typename/);
    expect(fragment).toMatch(/person \{\s*__typename/);
    expect(fragment).toMatch(/organisation \{\s*__typename/);
  });
});
