import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';

/** The oldest Java feature release the server runs on. */
export const MIN_JAVA = 17;

/** Where a Java candidate came from, in the order they are tried. */
export type JavaSource = 'entra.java.home' | 'JAVA_HOME' | 'PATH';

/** A Java runtime that can run the server. */
export interface JavaRuntime {
  /** The `java` executable to launch. */
  readonly executable: string;
  /** Its installation folder (the one holding `bin/`). */
  readonly home: string;
  /** Feature release: 17, 21, ... */
  readonly major: number;
  readonly source: JavaSource;
}

/** Why no Java was found: one line per candidate that was looked at. */
export interface JavaProblem {
  readonly source: JavaSource;
  readonly detail: string;
}

export type JavaLookup =
  | { readonly ok: true; readonly java: JavaRuntime; readonly skipped: readonly JavaProblem[] }
  | { readonly ok: false; readonly problems: readonly JavaProblem[]; readonly settingProblem: boolean };

/** What discovery reads from the outside world; tests pass their own. */
export interface JavaEnvironment {
  /** The `entra.java.home` setting, if set. */
  readonly javaHomeSetting?: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** Runs `java -version` and resolves with what it printed (stderr and stdout). */
  readonly runVersion?: (executable: string) => Promise<string>;
}

/**
 * Finds Java 17+: the `entra.java.home` setting (when set it must be valid: the user chose it), then `JAVA_HOME`,
 * then `java` on `PATH`. A candidate's version comes from its `release` file, else from `java -version`.
 */
export async function findJava(environment: JavaEnvironment): Promise<JavaLookup> {
  const runVersion = environment.runVersion ?? javaVersionOutput;
  const exe = environment.platform === 'win32' ? 'java.exe' : 'java';
  const problems: JavaProblem[] = [];

  const setting = environment.javaHomeSetting?.trim();
  if (setting) {
    const checked = await checkHome('entra.java.home', expandHome(setting, environment.env), exe, runVersion);
    return 'java' in checked
      ? { ok: true, java: checked.java, skipped: [] }
      : { ok: false, problems: [checked.problem], settingProblem: true };
  }

  const javaHome = environment.env.JAVA_HOME?.trim();
  if (javaHome) {
    const checked = await checkHome('JAVA_HOME', javaHome, exe, runVersion);
    if ('java' in checked) return { ok: true, java: checked.java, skipped: problems };
    problems.push(checked.problem);
  } else {
    problems.push({ source: 'JAVA_HOME', detail: 'not set' });
  }

  const onPath = findOnPath(exe, environment.env, environment.platform);
  if (onPath) {
    const home = path.dirname(path.dirname(realpathOr(onPath)));
    const checked = await checkExecutable('PATH', onPath, home, runVersion);
    if ('java' in checked) return { ok: true, java: checked.java, skipped: problems };
    problems.push(checked.problem);
  } else {
    problems.push({ source: 'PATH', detail: `no ${exe} on PATH` });
  }
  return { ok: false, problems, settingProblem: false };
}

type Checked = { java: JavaRuntime } | { problem: JavaProblem };

async function checkHome(
  source: JavaSource, home: string, exe: string, runVersion: (e: string) => Promise<string>,
): Promise<Checked> {
  if (!isDirectory(home)) return { problem: { source, detail: `${home} is not a folder` } };
  const executable = path.join(home, 'bin', exe);
  if (!isFile(executable)) return { problem: { source, detail: `${home} has no bin/${exe}` } };
  return checkExecutable(source, executable, home, runVersion);
}

async function checkExecutable(
  source: JavaSource, executable: string, home: string, runVersion: (e: string) => Promise<string>,
): Promise<Checked> {
  let major = releaseFileMajor(home);
  if (major === undefined) {
    try {
      major = parseJavaVersionOutput(await runVersion(executable));
    } catch (e) {
      return { problem: { source, detail: `${executable} -version failed: ${(e as Error).message}` } };
    }
  }
  if (major === undefined) return { problem: { source, detail: `cannot tell the Java version of ${executable}` } };
  if (major < MIN_JAVA) return { problem: { source, detail: `${home} is Java ${major}` } };
  return { java: { executable, home, major, source } };
}

/** The feature release in a JDK's `release` file (`JAVA_VERSION="17.0.15"`), or undefined. */
export function releaseFileMajor(home: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(home, 'release'), 'utf8');
  } catch {
    return undefined;
  }
  const m = /^JAVA_VERSION="?([^"\r\n]+)"?/m.exec(text);
  return m ? majorOf(m[1]) : undefined;
}

/** The feature release in `java -version` output (`openjdk version "21.0.2"`, `java version "1.8.0_392"`). */
export function parseJavaVersionOutput(output: string): number | undefined {
  const m = /version "([^"]+)"/.exec(output);
  return m ? majorOf(m[1]) : undefined;
}

/** `1.8.0_392` → 8, `17.0.15` → 17, `21` → 21, `22-ea` → 22. */
export function majorOf(version: string): number | undefined {
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!parts) return undefined;
  const first = Number(parts[1]);
  return first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
}

function javaVersionOutput(executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: 15_000, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve(`${stderr}\n${stdout}`);
    });
  });
}

function findOnPath(exe: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const pathVar = platform === 'win32' ? (env.Path ?? env.PATH) : env.PATH;
  const delimiter = platform === 'win32' ? ';' : ':';
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir.replace(/^"(.*)"$/, '$1'), exe);
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  const home = env.HOME ?? env.USERPROFILE;
  return home && (p === '~' || p.startsWith('~/')) ? path.join(home, p.slice(1)) : p;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** One sentence for the user: what was looked at and what to do. */
export function describeProblems(lookup: Extract<JavaLookup, { ok: false }>): string {
  const found = lookup.problems.map((p) => `${p.source}: ${p.detail}`).join('; ');
  return lookup.settingProblem
    ? `The Entra language server cannot use the Java in entra.java.home (${found}). It needs Java ${MIN_JAVA} or newer.`
    : `The Entra language server needs Java ${MIN_JAVA} or newer, and none was found (${found}). `
      + 'Set entra.java.home to the folder of a Java 17+ installation.';
}
