/**
 * The one place that runs git (with src/lib/staff/diff/git-snapshot.ts's `tar`, the only commands the
 * project runs). `git` is started without a shell (execFileSync: arguments are never interpreted), in
 * the C locale (its messages are read), and its output is returned whole: callers that read much ask
 * for a `maxBuffer` that fits (the agenda history reads its blobs in bounded batches), or have git
 * write to a file (`git archive --output`). Every failure is a GitError that says what went wrong:
 * git missing, a folder that is not in a git repository, output larger than allowed, or git's own
 * message.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

export type GitFailure = 'missing' | 'not-a-repository' | 'too-large' | 'failed';

export class GitError extends Error {
  readonly failure: GitFailure;
  constructor(failure: GitFailure, message: string) {
    super(message);
    this.name = 'GitError';
    this.failure = failure;
  }
}

export interface GitOptions {
  /** Text or bytes given to git on its standard input. */
  input?: string | Buffer;
  /** A file given to git as its standard input (for inputs too large to hold, such as a fast-import stream). */
  inputFile?: string;
  /** Largest output accepted, in bytes (default 64 MB). Larger output is a GitError `too-large`. */
  maxBuffer?: number;
  /** Variables added to the environment (commit dates in tests and the benchmark). */
  env?: Record<string, string>;
}

const DEFAULT_MAX_BUFFER = 64 * 1048576;

/** Runs `git <args>` in `cwd` and returns its standard output as bytes. Throws a GitError on any failure. */
export function gitBytes(cwd: string, args: string[], options: GitOptions = {}): Buffer {
  if (!existsSync(cwd)) throw new GitError('not-a-repository', `${cwd} does not exist, so it is not in a git repository`);
  const stdin = options.inputFile === undefined ? 'pipe' : openSync(options.inputFile, 'r');
  try {
    return execFileSync('git', args, {
      cwd,
      input: options.input,
      maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
      stdio: [stdin, 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', ...options.env },
      windowsHide: true,
    });
  } catch (error) {
    throw explain(error, cwd, args, options.maxBuffer ?? DEFAULT_MAX_BUFFER);
  } finally {
    if (typeof stdin === 'number') closeSync(stdin);
  }
}

/** Runs `git <args>` in `cwd` and returns its standard output as UTF-8 text, without the final line end. */
export function git(cwd: string, args: string[], options: GitOptions = {}): string {
  return gitBytes(cwd, args, options).toString('utf8').replace(/\n$/, '');
}

/** Whether `git <args>` succeeds (exit status 0), for questions git answers with its status (`cat-file -e`). */
export function gitSucceeds(cwd: string, args: string[]): boolean {
  try {
    gitBytes(cwd, args, { maxBuffer: 1048576 });
    return true;
  } catch (error) {
    if (error instanceof GitError && error.failure === 'failed') return false;
    throw error;
  }
}

/** The repository holding `dir`: its top folder, and `dir`'s path inside it (`''` or ending in `/`). */
export function repositoryOf(dir: string): { top: string; prefix: string } {
  const [top, prefix = ''] = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']).split('\n');
  if (!top) throw new GitError('not-a-repository', `${dir} is not in a git repository`);
  return { top, prefix };
}

function explain(error: unknown, cwd: string, args: string[], maxBuffer: number): GitError {
  const failed = error as NodeJS.ErrnoException & { status?: number | null; stderr?: Buffer | string };
  const command = `git ${args.join(' ')}`.slice(0, 200);
  if (failed.code === 'ENOENT') return new GitError('missing', `git is not installed (or not on PATH): ${command} could not run`);
  if (failed.code === 'ENOBUFS') return new GitError('too-large', `${command} wrote more than ${Math.round(maxBuffer / 1048576)} MB`);
  const stderr = String(failed.stderr ?? '').trim();
  if (/not a git repository/i.test(stderr)) return new GitError('not-a-repository', `${cwd} is not in a git repository`);
  if (/dubious ownership/i.test(stderr)) return new GitError('not-a-repository', `git will not read the repository of ${cwd}: it belongs to another user (git config --global --add safe.directory <folder> allows it)`);
  const said = stderr.split('\n').slice(-3).join(' ') || failed.message;
  return new GitError('failed', `${command} failed in ${cwd}${failed.status != null ? ` (exit ${failed.status})` : ''}: ${said}`);
}
