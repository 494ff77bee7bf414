/**
 * The DNR priority ladder (higher wins; equal priorities resolve allow > block > redirect):
 *
 *   1     static category rulesets (redirect main_frame to the blocked page, block sub_frame)
 *   100   custom block list, IP-literal navigation block
 *   200   custom allow list: beats every static and custom block
 *   300   lesson mode catch-all block: beats the custom allow list
 *   310   lesson mode allow list: the only sites open during a lesson
 *   400   SafeSearch redirects and the YouTube-Restrict header: beat every allow
 *
 * SafeSearch never fights a block for the same request: the builders leave out of the
 * SafeSearch rules every domain that a custom block or lesson mode closes (see safesearch.ts).
 */
export const PRIORITY = {
  staticCategory: 1,
  customBlock: 100,
  ipLiteral: 100,
  customAllow: 200,
  lessonBlock: 300,
  lessonAllow: 310,
  safeSearch: 400,
} as const;
