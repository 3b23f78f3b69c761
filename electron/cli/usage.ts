/** The CLI's help text (printed on stderr, so stdout stays JSON). */
export const USAGE = `attesta <command> [options]   (every command takes --data-dir DIR)

  templates                                   list the assessment designs
  grade --template ID (--scores a,b,… | --percent P)
  export-template ID                          print a design as JSON
  validate-template FILE                      check a design file
  aggregate --template ID --rule mean|median|trimmed --sheets "a,b,…;a,b,…"
  import-listeners FILE --cohort ID [--dry-run]   import listeners from .xlsx (all or nothing)
  import-bank FILE [--format gift|aiken|moodle-xml|xlsx] [--programme ID] [--dry-run]
  draw --bank FILE --per-topic K --examinees N --seed S   seeded variants (same arguments, same bytes)
  print-variants (--sitting ID | --bank ID --blueprint ID|FILE.json --examinees N [--seed S])
         --parts variants,keys,sheets --lang kk|ru|en [--out FILE]   printed tests, keys, answer sheets (PDF)
  export --doc protocol|sheets|statement|summary (--session ID | --sitting ID | --cohort ID)
         --format pdf|xlsx --lang kk|ru|en --out FILE [--draft] [--words]   --words: totals also in words
  demo                                        load the demo data set

Exit codes: 0 ok, 2 bad input (one line on stderr: error: <code>: <message>), 1 internal error.
`;
