/**
 * Firefox fallback for withdrawn host access. Without it, DNR `block` rules still work but the
 * redirects to the blocked page, SafeSearch, the YouTube header and the content script (the
 * classifier) silently do nothing. The toolbar badge shows "!" and the console says why, until
 * the permission is back (Firefox: the extension's menu, "Always allow on all sites").
 */
import { setBadge } from '../platform/action.ts';
import { hasHostAccess, onPermissionsChanged } from '../platform/permissions.ts';

const NO_ACCESS_BADGE = '!';

async function check(): Promise<void> {
  if (await hasHostAccess()) {
    await setBadge('');
    return;
  }
  console.error(
    '[KidShield] PROTECTION INCOMPLETE: host access to all sites was withdrawn; blocked pages, SafeSearch and the classifier cannot act until it is granted again',
  );
  await setBadge(NO_ACCESS_BADGE, '#c62828');
}

export function watchHostAccess(): void {
  onPermissionsChanged(() => void check());
  void check();
}
