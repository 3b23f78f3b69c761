import { useEffect, useState } from 'react';
import type { Validation } from '../../../../shared/domain/validate-design';
import type { Design } from '../../../../shared/schemas/design-schema';
import { ApiCallError, call } from '../../../api/client';

/** The core's check of the design being edited; `isChecking` while it is older than the design. */
export type DesignCheck = {
  validation: Validation | null;
  refused: { path: string; code: string } | null;
  isChecking: boolean;
};

type Answer = { design: Design; validation: Validation | null; refused: DesignCheck['refused'] };

/**
 * Runs `template:validate` on the design a short pause after each change (debounced), keeping
 * only the answer for the latest design. A design the core cannot even read (a value its
 * schema refuses) comes back as `refused` with the path of the field.
 */
export function useValidation(design: Design, delayMs = 180): DesignCheck {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      call('template:validate', { design }).then(
        (validation) => isCurrent && setAnswer({ design, validation, refused: null }),
        (error: unknown) => {
          if (!isCurrent) return;
          const code = error instanceof ApiCallError ? error.code : 'internal';
          const path = error instanceof ApiCallError && error.field ? error.field : '';
          setAnswer({ design, validation: null, refused: { path, code } });
        },
      );
    }, delayMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [design, delayMs]);
  return {
    validation: answer?.validation ?? null,
    refused: answer?.refused ?? null,
    isChecking: answer?.design !== design,
  };
}
