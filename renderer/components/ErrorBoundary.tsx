import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function BoundaryMessage() {
  const { t } = useTranslation();
  return (
    <div className="boundary" role="alert" data-testid="error-boundary">
      <h2>{t('boundary.title')}</h2>
      <p>{t('boundary.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('boundary.reload')}
      </button>
    </div>
  );
}

type Props = { children: ReactNode };
type State = { hasFailed: boolean };

/** Catches render errors and shows a translated message; the details go to the console only. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { hasFailed: false };

  static getDerivedStateFromError(): State {
    return { hasFailed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? <BoundaryMessage /> : this.props.children;
  }
}
