import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api/token';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { setupI18n } from './i18n/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/score.css';
import './styles/result.css';
import './styles/people.css';
import './styles/defense.css';

async function start(): Promise<void> {
  captureToken();
  await setupI18n();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
