import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { fakeMe, renderWithProviders, testI18n } from '../../test/render';
import { SignInPage } from './SignInPage';

type FetchBody = { query: string; variables: unknown };

function respondWith(body: unknown, status = 200) {
  // jsdom has no fetch; the page only reads `status` and `json()`.
  return jest.fn(async (_url: string, _init: RequestInit) => ({ status, json: async () => body }));
}

function renderSignIn(i18n: Awaited<ReturnType<typeof testI18n>>, route = '/sign-in') {
  return renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/profile" element={<p>profile page</p>} />
    </Routes>,
    { i18n, route },
  );
}

describe('sign-in form', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('labels both fields and says what is missing, without calling the server', async () => {
    const fetchMock = respondWith({});
    global.fetch = fetchMock as unknown as typeof fetch;
    renderSignIn(await testI18n('en'));

    expect(screen.getByLabelText(/email address/i)).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText(/^password/i)).toHaveAttribute('type', 'password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText(/email address/i)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows rejected credentials in an alert region and keeps the user on the page', async () => {
    const fetchMock = respondWith({ data: null, errors: [{ message: 'Invalid e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] });
    global.fetch = fetchMock as unknown as typeof fetch;
    renderSignIn(await testI18n('en'));

    fireEvent.change(screen.getByLabelText(/email address/i), { target: { value: 'ana@example.test' } });
    fireEvent.change(screen.getByLabelText(/^password/i), { target: { value: 'wrong-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email address or password is incorrect.');
    expect(screen.queryByText('profile page')).not.toBeInTheDocument();
    const body = JSON.parse(String(fetchMock.mock.calls[0][1].body)) as FetchBody;
    expect(body.query).toContain('mutation SignIn');
    expect(body.variables).toEqual({ input: { email: 'ana@example.test', password: 'wrong-password' } });
  });

  it('explains rate limiting differently from a wrong password', async () => {
    global.fetch = respondWith({ errors: [{ message: 'Too many attempts', extensions: { code: 'TOO_MANY_REQUESTS' } }] }) as unknown as typeof fetch;
    renderSignIn(await testI18n('en'));
    fireEvent.change(screen.getByLabelText(/email address/i), { target: { value: 'ana@example.test' } });
    fireEvent.change(screen.getByLabelText(/^password/i), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/too many sign-in attempts/i);
  });

  it('speaks the chosen language, errors included', async () => {
    global.fetch = respondWith({ errors: [{ message: 'Invalid', extensions: { code: 'UNAUTHENTICATED' } }] }) as unknown as typeof fetch;
    renderSignIn(await testI18n('pl'));
    fireEvent.change(screen.getByLabelText(/adres e-mail/i), { target: { value: 'ana@example.test' } });
    fireEvent.change(screen.getByLabelText(/^hasło/i), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nieprawidłowy adres e-mail lub hasło.');
  });

  it('goes to the profile after a successful sign-in', async () => {
    global.fetch = respondWith({ data: { signIn: fakeMe(['AGENT']) } }) as unknown as typeof fetch;
    renderSignIn(await testI18n('en'));
    fireEvent.change(screen.getByLabelText(/email address/i), { target: { value: 'ana@example.test' } });
    fireEvent.change(screen.getByLabelText(/^password/i), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByText('profile page')).toBeInTheDocument());
  });

  it('offers single sign-on: a work e-mail or organisation ID goes to the API, which redirects to the provider', async () => {
    renderSignIn(await testI18n('en'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with single sign-on' }));
    const field = screen.getByLabelText(/work email or organisation id/i);
    const form = screen.getByTestId('sso-form');
    expect(form).toHaveAttribute('action', '/api/auth/oidc/start');
    expect(form).toHaveAttribute('method', 'get');
    expect(field).toHaveAttribute('name', 'login');
    expect(form.querySelector('input[name="returnTo"]')).toHaveValue('/profile');
    fireEvent.submit(form);
    expect(await screen.findByText('Enter your work email or your organisation ID.')).toBeInTheDocument();
  });

  it.each([
    ['unknown-account', 'there is no active account with it here'],
    ['not-configured', 'Single sign-on is not set up'],
    ['unverified-email', 'did not confirm your email address'],
  ])('explains a single sign-on that came back with ?sso=%s', async (reason, text) => {
    renderSignIn(await testI18n('en'), `/sign-in?sso=${reason}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByTestId('sso-form')).toBeInTheDocument();
  });
});
