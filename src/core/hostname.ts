/**
 * Hostname normalisation shared by the rules compiler and the console's list validation.
 * Pure: only the WHATWG `URL` (browsers and Node). Output is what DNR `requestDomains` expects:
 * lowercase ASCII (IDN as punycode), no trailing dot, no `*.`/`www.`-style wildcards, IPv6 in
 * brackets as `URL.hostname` writes it.
 */

/** The result of {@link normalizeHostname}: a canonical host, or why the input was refused. */
export type HostnameResult = { ok: true; host: string } | { ok: false; reason: string };

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Already canonical ASCII labels: the fast path that skips the URL parser (most list lines). */
const ASCII_HOST = /^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/;

/** True for an IPv4 dotted quad (`192.0.2.1`) or an IPv6 literal (`[2001:db8::1]` or bare). */
export function isIpLiteral(host: string): boolean {
  if (IPV4.test(host)) return true;
  const inner = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return inner.includes(':') && /^[0-9a-f:.]+$/i.test(inner);
}

function fail(reason: string): HostnameResult {
  return { ok: false, reason };
}

/** Label and length checks on an ASCII host; returns a reason or undefined when fine. */
function structuralProblem(host: string): string | undefined {
  if (host.length > MAX_HOST_LENGTH) return `hostname longer than ${MAX_HOST_LENGTH} characters`;
  const labels = host.split('.');
  if (labels.length < 2) return 'single-label name (no public suffix)';
  for (const label of labels) {
    if (label.length === 0) return 'empty label (consecutive dots)';
    if (label.length > MAX_LABEL_LENGTH) return `label longer than ${MAX_LABEL_LENGTH} characters`;
  }
  if (NUMERIC_LABEL.test(labels[labels.length - 1] as string)) {
    return 'numeric top-level label but not an IPv4 address';
  }
  return undefined;
}

/** Pulls the host out of a pasted URL or a `host:port`/`host/path` fragment. */
function hostOf(input: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `http://${input}`;
  try {
    return new URL(withScheme).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Reduces a domain, `*.domain`, IP literal or a full pasted URL to the canonical host DNR
 * matches on, or says why it cannot. Never throws.
 */
export function normalizeHostname(input: string): HostnameResult {
  let value = input.trim();
  if (value.length === 0) return fail('empty');
  if (/\s/.test(value)) return fail('contains whitespace');
  const lower = value.toLowerCase();
  if (ASCII_HOST.test(lower) && !lower.includes('..')) {
    if (IPV4.test(lower)) return { ok: true, host: lower };
    const problem = structuralProblem(lower);
    return problem ? fail(problem) : { ok: true, host: lower };
  }
  if (value.startsWith('*.')) value = value.slice(2);
  else if (value.startsWith('.')) value = value.slice(1);
  // A bare IPv6 address (two or more colons, no brackets, no scheme).
  if (!value.includes('[') && !value.includes('/') && (value.match(/:/g) ?? []).length >= 2) {
    value = `[${value}]`;
  }
  if (value.length === 0) return fail('empty');
  const host = hostOf(value);
  if (host === undefined || host.length === 0) return fail('not a valid hostname or URL');
  const bare = host.endsWith('.') ? host.slice(0, -1) : host;
  if (bare.includes('*')) return fail('wildcard inside a hostname');
  if (bare.length === 0) return fail('empty');
  if (isIpLiteral(bare)) return { ok: true, host: bare };
  if (!/^[a-z0-9_.-]+$/.test(bare)) return fail('characters not allowed in a hostname');
  const problem = structuralProblem(bare);
  return problem ? fail(problem) : { ok: true, host: bare };
}

/** `a.b.example.com` -> `b.example.com`, `example.com`, `com`: every proper parent, nearest first. */
export function parentDomains(host: string): string[] {
  const parents: string[] = [];
  let dot = host.indexOf('.');
  while (dot !== -1) {
    parents.push(host.slice(dot + 1));
    dot = host.indexOf('.', dot + 1);
  }
  return parents;
}
