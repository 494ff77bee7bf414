/**
 * Prints the `pinHash` policy value for a PIN, for school IT to put in managed policy:
 *   echo -n 2468 | npm run --silent pin:hash
 * The PIN is read from stdin (not the command line, which shell history would keep).
 */
import { PIN_PATTERN, hashPin } from '../src/core/pin/hash.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const pin = Buffer.concat(chunks)
  .toString('utf8')
  .replace(/\r?\n$/, '');
if (!PIN_PATTERN.test(pin)) {
  console.error('A PIN is 4 to 32 characters without spaces.');
  process.exit(1);
}
console.log(await hashPin(pin));
