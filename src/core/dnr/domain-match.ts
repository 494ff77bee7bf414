/** Domain relations as DNR `requestDomains` sees them: a domain covers itself and its subdomains. */

/** True when `domain` is `parent` or one of its subdomains. */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** True when one of the two covers the other. */
export function overlaps(a: string, b: string): boolean {
  return isSameOrSubdomain(a, b) || isSameOrSubdomain(b, a);
}
