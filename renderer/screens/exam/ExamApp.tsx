/** An examinee's kiosk or device: their own variant, one question at a time (issue 7). */
export function ExamApp() {
  return <main className="exam" />;
}
