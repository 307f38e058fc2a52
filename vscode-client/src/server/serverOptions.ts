import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * JVM flags always passed, before the user's `entra.server.vmargs` (which come later and so win), as
 * server/design/features.md measures and recommends for an editor that launches `java -jar` itself.
 */
export const FIXED_JVM_FLAGS: readonly string[] = [
  // a JVM out of memory is useless to the editor; exit so the client restarts it
  '-XX:+ExitOnOutOfMemoryError',
  // C1 only: on two cores C2's compiler threads delay the first docs load (first hover ~0.8 s instead of ~1.4 s)
  '-XX:TieredStopAtLevel=1',
  // the serial collector from a small initial heap: resident memory about 80 MB instead of 170-300 MB (G1 and the
  // default initial heap let the young generation fill hundreds of MB first); the maximum heap stays the default
  '-XX:+UseSerialGC',
  '-Xms8m',
  // JVM messages (e.g. about a stale class archive) go to stderr: stdout carries the protocol
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

/** An AppCDS archive of the classes a server session loads, kept in the extension's storage. */
export interface ClassArchive {
  readonly path: string;
  /** True: use it (`-XX:SharedArchiveFile`); false: write it when this session's JVM exits. */
  readonly ready: boolean;
}

/** What starts the server: the same shape as vscode-languageclient's `Executable` (stdio transport). */
export interface ServerLaunch {
  readonly command: string;
  readonly args: string[];
  readonly options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv };
}

export interface LaunchInput {
  /** The `java` executable found by discovery. */
  readonly java: string;
  /** The server jar shipped in the extension (`server/entra-ls.jar`). */
  readonly jar: string;
  /** `entra.server.vmargs` as typed by the user. */
  readonly vmargs?: string;
  /** Working folder of the server: the first workspace folder, if any. */
  readonly cwd?: string;
  /** The class archive to use or write; none when the JDK cannot have one (see {@link classArchive}). */
  readonly archive?: ClassArchive;
}

/** `java <fixed flags> <archive flags> <vmargs> -jar <jar> serve`. */
export function buildLaunch(input: LaunchInput): ServerLaunch {
  const vmargs = splitVmargs(input.vmargs ?? '');
  return {
    command: input.java,
    args: [...FIXED_JVM_FLAGS, ...archiveFlags(input.archive, vmargs), ...vmargs, '-jar', input.jar, 'serve'],
    options: input.cwd ? { cwd: input.cwd } : {},
  };
}

/** The user's own class-sharing flags take over: ours would conflict (`-Xshare:off` plus dumping is fatal). */
function archiveFlags(archive: ClassArchive | undefined, vmargs: readonly string[]): string[] {
  if (!archive || vmargs.some((a) => /^-Xshare:|^-XX:(SharedArchiveFile|ArchiveClassesAtExit)=/.test(a))) return [];
  return archive.ready
    ? [`-XX:SharedArchiveFile=${archive.path}`, '-Xshare:auto']
    : [`-XX:ArchiveClassesAtExit=${archive.path}`];
}

/**
 * The class archive for this jar and Java in `storageDir`: ready when it exists and is newer than the jar (the
 * server writes it at the end of a session under `-XX:ArchiveClassesAtExit`). Undefined when the Java has no base
 * CDS archive (`lib/server/classes.jsa`): dumping on top of none stops the JVM at start.
 */
export function classArchive(storageDir: string, jar: string, javaHome: string): ClassArchive | undefined {
  const base = ['lib', 'bin'].flatMap((dir) => ['classes.jsa', 'classes_nocoops.jsa'].map((f) => path.join(javaHome, dir, 'server', f)));
  if (!base.some((f) => fs.existsSync(f))) return undefined;
  // one archive per Java installation and jar: a different Java or jar needs its own
  const key = createHash('sha256').update(`${path.resolve(javaHome)}\n${path.resolve(jar)}`).digest('hex').slice(0, 16);
  const archivePath = path.join(storageDir, `entra-ls-${key}.jsa`);
  return { path: archivePath, ready: newerThan(archivePath, jar) };
}

function newerThan(file: string, than: string): boolean {
  try {
    const a = fs.statSync(file);
    return a.size > 0 && a.mtimeMs >= fs.statSync(than).mtimeMs;
  } catch {
    return false;
  }
}

/** The jar inside an installed extension. */
export function serverJarPath(extensionPath: string): string {
  return path.join(extensionPath, 'server', 'entra-ls.jar');
}

/**
 * Splits JVM arguments as a shell would for plain words: whitespace separates, single or double quotes group
 * (and are removed); a backslash escapes a following space, quote or backslash, so Windows paths stay intact.
 */
export function splitVmargs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\'.includes(text[i + 1])) current += text[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inArg = true;
    } else if (c === '\\' && i + 1 < text.length && /[\s"'\\]/.test(text[i + 1])) {
      current += text[++i];
      inArg = true;
    } else if (/\s/.test(c)) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += c;
      inArg = true;
    }
  }
  if (inArg) args.push(current);
  return args;
}
