import { useTranslation } from 'react-i18next';
import { useProblems } from './problems';

/** The findings and errors for one field (or, `within`, for a row and its fields), right beside it. */
export function FieldNotes({ path, within = false }: { path: string; within?: boolean }) {
  const { t } = useTranslation();
  const problems = useProblems(path, within);
  if (problems.length === 0) return null;
  const seen = new Set<string>();
  const unique = problems.filter((p) => (seen.has(`${p.code}|${p.text}`) ? false : seen.add(`${p.code}|${p.text}`)));
  return (
    <ul className="pf-notes" data-testid={`notes-${path}`}>
      {unique.map((p) => (
        <li key={`${p.code}|${p.path}|${p.text}`} className={`pf-note sev-${p.severity}`} data-code={p.code} role={p.severity === 'error' ? 'alert' : undefined}>
          <span className="pf-note-sev">{t(`severity.${p.severity}`)}</span> {p.text}
        </li>
      ))}
    </ul>
  );
}
