/** What `raci-workshop --help` prints: every command, option and exit code, as the README's command line section. */
export const usage = `raci-workshop ${__APP_VERSION__}: checks, compares and prints RACI workshop files (.raci.json).

Usage:
  raci-workshop check <file|folder|glob>... [--json | --format text|json|github]
  raci-workshop diff <before.raci.json> <after.raci.json> [--json]
  raci-workshop charter <file.raci.json> -o <charter.pdf> [--paper a4|letter]
  raci-workshop --help | --version

check    opens each file exactly as the app does and runs every check of the app. A folder means every
         *.raci.json inside it (not inside node_modules or hidden folders); globs with *, ? and ** are
         expanded by the command itself, so they may be quoted. Prints each file's findings and a total,
         as text, as JSON (--json, the same as --format json) or as GitHub Actions annotations
         (--format github).
diff     says what changed from <before> to <after> in the workshop's words: assignments added, removed
         or moved between roles, departments and activities added, removed or renamed (matched by id),
         charter, sign-off and check settings. --json for other tools.
charter  writes the PDF charter the room signs, the same as the app's Export PDF. The paper follows the
         locale (LC_ALL, LC_PAPER, LANG): Letter where it is used, else A4, unless --paper says.

Exit codes:
  0   check: no errors (warnings and notes pass) · diff: no changes · charter: written
  1   check: errors found · diff: the files differ
  2   a file cannot be opened (the others are still checked), or the PDF cannot be written
  64  usage: an unknown command or option, or a file name left out
`;
