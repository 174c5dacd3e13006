/**
 * A worker thread that indexes parts of the search index (search-part.ts) as the build sends them, one at
 * a time, each with its own Pagefind process; it answers each with the part's files or the error.
 */
import { parentPort } from 'node:worker_threads';
import { indexPart, type PartTask } from './search-part.ts';

parentPort?.on('message', (task: PartTask) => {
  indexPart(task).then(
    (made) => parentPort?.postMessage({ made }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
