import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { errorText } from '../../i18n/codes';
import { useHash } from '../../routes';
import { DoneView } from './DoneView';
import { captureExamToken } from './exam-api';
import { ExamTimer } from './ExamTimer';
import { StartView } from './StartView';
import { TestView } from './TestView';
import { useExam } from './use-exam';
import '../../styles/tests.css';

function Message({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <section className="exam-card" data-testid={testId}>
      <h1>{title}</h1>
      <p>{body}</p>
    </section>
  );
}

function ExamFlow() {
  const { t } = useTranslation();
  const exam = useExam();
  const { phase } = exam;
  let body;
  let timer = null;
  if (phase.status === 'loading') {
    body = <p className="muted">{t('score.loading')}</p>;
  } else if (phase.status === 'failed') {
    const code = errorCode(phase.error);
    body =
      code === 'unauthorized' || code === 'forbidden' ? (
        <Message title={t('tests.exam.badLinkTitle')} body={t('tests.exam.badLinkBody')} testId="exam-bad-link" />
      ) : (
        <section className="exam-card" data-testid="exam-error">
          <p className="alert alert--error" role="alert">{errorText(t, phase.error)}</p>
          <button type="button" className="pf-button ts-big" onClick={() => void exam.reload()}>{t('tests.exam.retry')}</button>
        </section>
      );
  } else {
    const { view } = phase;
    if (view.status === 'ready') {
      body = view.sittingStatus === 'open' ? <StartView view={view} onStart={exam.start} /> : <Message title={t('tests.exam.absentTitle')} body={t('tests.exam.absentBody')} testId="exam-absent" />;
    } else if (view.status === 'in_progress') {
      body = <TestView view={view} exam={exam} />;
      if (exam.deadline !== null) timer = <ExamTimer deadline={exam.deadline} limitMinutes={view.timeLimitMinutes} />;
    } else {
      body = <DoneView view={view} onCheck={() => void exam.reload()} />;
    }
  }
  const name = phase.status === 'ready' && phase.view.status === 'in_progress' ? phase.view.listenerName : null;
  return (
    <>
      {(timer || name) && (
        <div className="exam-status" data-testid="exam-status">
          {name && <span className="exam-status-name">{name}</span>}
          {timer}
        </div>
      )}
      {exam.save.status === 'offline' && (
        <p className="exam-offline" role="status" data-testid="exam-offline">
          {t('tests.exam.offline')}
        </p>
      )}
      {body}
    </>
  );
}

/** An examinee's kiosk or phone (`#exam=<token>`): their own drawn test, phone-first, in kk/ru/en. */
export function ExamApp() {
  const { t } = useTranslation();
  const hash = useHash();
  const [token, setToken] = useState(captureExamToken);
  // A kiosk given the next examinee's link in the same tab starts over with that examinee.
  useEffect(() => {
    if (hash.length > '#exam='.length) setToken(captureExamToken());
  }, [hash]);
  return (
    <main className="exam" data-testid="exam-app">
      <header className="exam-bar">
        <span className="device-brand exam-brand">
          <span className="rail-logo" aria-hidden="true">A</span>
          {t('app.name')}
        </span>
        <LanguageSwitch variant="full" />
      </header>
      {token ? <ExamFlow key={token} /> : <Message title={t('tests.exam.noLinkTitle')} body={t('tests.exam.noLinkBody')} testId="exam-no-link" />}
    </main>
  );
}
