// Paths of the repository from the compiled tests (dist/test).
import { join } from "node:path";

/** A file of the repository, from dist/test. */
export function repoFile(...parts: string[]): string {
  return join(__dirname, "..", "..", "..", "..", ...parts);
}
