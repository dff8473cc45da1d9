import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadAuthenticatedApp } from './app/App';
import { fetchMe, probablySignedIn } from './app/boot-session';
import { createI18n } from './i18n/i18n';
import { initialLocale } from './i18n/locale';

async function start(): Promise<void> {
  // Three things at once: who is signed in, this language's messages, and (if the last visit ended
  // signed in) the signed-in chunk.
  let firstSession: Promise<Awaited<ReturnType<typeof fetchMe>>> | null = fetchMe();
  // Handled where it is awaited; this only keeps an early failure from being reported as unhandled.
  firstSession.catch(() => undefined);
  const loadSession = () => {
    const pending = firstSession ?? fetchMe();
    firstSession = null;
    return pending;
  };
  if (probablySignedIn()) void loadAuthenticatedApp();
  const i18n = await createI18n({ language: initialLocale() });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} loadSession={loadSession} />
    </StrictMode>,
  );
}

void start();
