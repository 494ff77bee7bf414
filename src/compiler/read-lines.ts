/** Streams a text file line by line (never the whole file in memory), with a byte count for progress. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Calls `onLine(line, lineNumber)` for each line; `onBytes` gets the bytes read so far. */
export async function readLines(
  path: string,
  onLine: (line: string, lineNumber: number) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<number> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  if (onBytes) stream.on('data', () => onBytes(stream.bytesRead));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    onLine(line, lineNumber);
  }
  return lineNumber;
}
