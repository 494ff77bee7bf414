/**
 * One line of a block list -> the host names it names. Accepts plain domain lists, hosts files
 * (`0.0.0.0 domain`, `127.0.0.1 a b`), ABP `||domain^` and `#`/`!` comments.
 */

/** What a line holds: nothing (blank, comment, hosts boilerplate), names, or a reason it is bad. */
export type ParsedLine =
  | { kind: 'skip' }
  | { kind: 'names'; names: string[] }
  | { kind: 'error'; reason: string };

const SKIP: ParsedLine = { kind: 'skip' };
const SINK_ADDRESSES = new Set([
  '0.0.0.0',
  '127.0.0.1',
  '::',
  '::1',
  '0',
  '255.255.255.255',
  '::0',
  'fe80::1%lo0',
]);
/** Names every hosts file maps to itself: not block-list entries. */
const HOSTS_BOILERPLATE = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

function stripInlineComment(line: string): string {
  const hash = line.indexOf('#');
  return hash === -1 ? line : line.slice(0, hash);
}

function parseAbp(line: string): ParsedLine {
  if (line.startsWith('@@')) return { kind: 'error', reason: 'ABP exception rule not supported' };
  const match = /^\|\|([^/^$|]+)\^(\$.*)?$/.exec(line);
  if (!match) return { kind: 'error', reason: 'ABP rule is not a plain ||domain^' };
  if (match[2] !== undefined && match[2] !== '$all' && match[2] !== '$document') {
    return { kind: 'error', reason: `ABP options not supported: ${match[2]}` };
  }
  return { kind: 'names', names: [match[1] as string] };
}

/** Parses one raw line (without its newline). Never throws. */
export function parseLine(raw: string): ParsedLine {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.startsWith('#') || trimmed.startsWith('!')) return SKIP;
  if (trimmed.startsWith('[') && trimmed.endsWith(']') && !trimmed.includes(':')) return SKIP; // [Adblock Plus 2.0]
  if (trimmed.startsWith('||') || trimmed.startsWith('@@')) return parseAbp(trimmed);
  const tokens = stripInlineComment(trimmed).trim().split(/\s+/);
  const first = tokens[0] as string;
  if (first.length === 0) return SKIP;
  if (tokens.length === 1) return { kind: 'names', names: [first] };
  if (!SINK_ADDRESSES.has(first)) {
    return { kind: 'error', reason: 'several words but not a hosts line (0.0.0.0/127.0.0.1 name)' };
  }
  const names = tokens.slice(1).filter((n) => !HOSTS_BOILERPLATE.has(n.toLowerCase()));
  return names.length === 0 ? SKIP : { kind: 'names', names };
}
