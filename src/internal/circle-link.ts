/**
 * Where a learner goes to sign up for a circle, one rule for every widget: the library's own
 * signup page for that circle (the `signup-page` setting, `{id}` filled in) when it has a usable
 * one, else the circle's page on P2PU in the widget's language. The card's link and every Share
 * action use it.
 */
import { signupPageUrl } from '../config/config.js';
import { safeHttpUrl, type LearningCircle } from '../api/index.js';
import { inLanguage } from './p2pu-links.js';
import { warnOnce } from './warn.js';

/** The circle's signup link (`signupPage`: the setting; `tag`: who asks, for the console warning). */
export function circleLink(signupPage: string | null, circle: Pick<LearningCircle, 'id' | 'url'>, locale: string, tag: string): string | null {
  if (signupPage) {
    let url: string | null = null;
    try {
      url = safeHttpUrl(signupPageUrl(signupPage, circle.id));
    } catch {
      url = null;
    }
    if (url) return url;
    warnOnce(`<${tag}>: signup-page "${signupPage}" is not a web address; its links go to P2PU instead.`);
  }
  return inLanguage(circle.url, locale);
}
