/** Which lines of a script call an Entra cmdlet that `entra.run` may run. Free of `vscode` for unit tests. */

/** A Verb-Entra… or Verb-EntraBeta… name, not inside a word. */
const ENTRA_CMDLET = /(^|[\s|(=;{])([A-Za-z]+-Entra[A-Za-z0-9]*)\b/;

/** The session cmdlets the server's own "Run" lens runs (`Get-EntraEnvironment` runs like any other read). */
const SESSION = new Set(['connect-entra', 'disconnect-entra', 'get-entracontext', 'add-entraenvironment']);

/** Every line (0-based) whose first Entra cmdlet is not a session cmdlet and is not in a comment. */
export function runnableLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlockComment = false;
  text.split(/\r?\n/).forEach((raw, line) => {
    let code = raw;
    if (inBlockComment) {
      const end = code.indexOf('#>');
      if (end < 0) return;
      code = code.slice(end + 2);
      inBlockComment = false;
    }
    const open = code.indexOf('<#');
    if (open >= 0) {
      inBlockComment = code.indexOf('#>', open + 2) < 0;
      code = code.slice(0, open);
    }
    const hash = code.indexOf('#');
    if (hash >= 0) code = code.slice(0, hash);
    const m = ENTRA_CMDLET.exec(code);
    if (m && !SESSION.has(m[2].toLowerCase())) out.push({ line, text: raw });
  });
  return out;
}
