/**
 * What a static host accepts, and whether a built site fits: under 1 GB in all, no file over 25 MiB (the
 * largest file Cloudflare Pages serves), under 100,000 files. `checkHostLimits` is pure (a list of files
 * and their sizes in, a verdict out); `listOutput` reads a built folder. The benchmark prints the whole
 * verdict (`hostLimitLines`); the build prints one line when the site exceeds a limit (`hostLimitWarning`),
 * so that staff know before a host refuses the upload.
 */
import { filesBelow, sizesOf } from './file-walk.ts';

export interface HostLimits {
  /** Bytes of the whole site. */
  totalBytes: number;
  /** Bytes of any one file. */
  fileBytes: number;
  /** Number of files. */
  files: number;
}

/** The limits a site must stay within to be published on any common static host. */
export const HOST_LIMITS: HostLimits = { totalBytes: 1_000_000_000, fileBytes: 25 * 1024 * 1024, files: 100_000 };

export interface OutputFile {
  /** Path below the site root, with `/`. */
  path: string;
  bytes: number;
}

export interface HostCheck {
  files: number;
  totalBytes: number;
  /** The largest files, largest first. */
  largest: OutputFile[];
  /** Every file over the size limit, largest first. */
  tooLarge: OutputFile[];
  over: { total: boolean; files: boolean; file: boolean };
  limits: HostLimits;
}

/** Whether a site of these files fits the limits; `top` largest files kept for the report. */
export function checkHostLimits(files: readonly OutputFile[], limits: HostLimits = HOST_LIMITS, top = 10): HostCheck {
  const bySize = [...files].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const tooLarge = bySize.filter((file) => file.bytes > limits.fileBytes);
  return {
    files: files.length,
    totalBytes,
    largest: bySize.slice(0, top),
    tooLarge,
    over: { total: totalBytes > limits.totalBytes, files: files.length > limits.files, file: tooLarge.length > 0 },
    limits,
  };
}

/** Every file below `root`, with its size. */
export async function listOutput(root: string): Promise<OutputFile[]> {
  const paths = await filesBelow(root);
  const sizes = await sizesOf(root, paths);
  return paths.map((path, at) => ({ path, bytes: sizes[at] as number }));
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const verdict = (over: boolean) => (over ? 'OVER' : 'OK');

/** The verdict as the benchmark prints it: each figure against its limit, then the largest files. */
export function hostLimitLines(check: HostCheck): string[] {
  const { limits } = check;
  return [
    `host limits                          figure        limit`,
    `files                     ${String(check.files.toLocaleString('en')).padStart(14)} ${limits.files.toLocaleString('en').padStart(12)}  ${verdict(check.over.files)}`,
    `total                     ${gb(check.totalBytes).padStart(14)} ${gb(limits.totalBytes).padStart(12)}  ${verdict(check.over.total)}`,
    `largest file              ${mib(check.largest[0]?.bytes ?? 0).padStart(14)} ${mib(limits.fileBytes).padStart(12)}  ${verdict(check.over.file)}${check.tooLarge.length > 1 ? ` (${check.tooLarge.length} files over)` : ''}`,
    `largest files:`,
    ...check.largest.map((file) => `  ${mib(file.bytes).padStart(11)}  ${file.bytes > limits.fileBytes ? 'OVER' : 'OK  '}  ${file.path}`),
  ];
}

/** One line for the build when the site exceeds a limit, else undefined. */
export function hostLimitWarning(check: HostCheck): string | undefined {
  const { limits } = check;
  const problems = [
    ...(check.over.file ? [`${check.tooLarge.length} file${check.tooLarge.length === 1 ? '' : 's'} over ${mib(limits.fileBytes)} (largest ${check.tooLarge[0]?.path}, ${mib(check.tooLarge[0]?.bytes ?? 0)})`] : []),
    ...(check.over.total ? [`${gb(check.totalBytes)} in all, over ${gb(limits.totalBytes)}`] : []),
    ...(check.over.files ? [`${check.files.toLocaleString('en')} files, over ${limits.files.toLocaleString('en')}`] : []),
  ];
  return problems.length ? `warning: static hosts may refuse this site: ${problems.join('; ')}` : undefined;
}
