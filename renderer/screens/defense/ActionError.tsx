import { useTranslation } from 'react-i18next';
import type { CallErrorCode } from '../../api/client';

/** An action's error in the UI language, next to the control that caused it. */
export function ActionError({ code, testId }: { code: CallErrorCode | null; testId?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="field-error" role="alert" data-testid={testId} data-code={code}>
      {t(`errors.${code}`)}
    </p>
  );
}
