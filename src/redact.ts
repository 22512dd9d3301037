/**
 * Credentials out of everything docparse prints or writes: ledger URLs (PostgreSQL passwords) and
 * webhook URLs (tokens in their user-info or query string, as many receivers take them).
 */

/** A ledger URL without its password (in the user info or a `password=` parameter); a file path as is. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.searchParams.delete('password');
    return u.toString();
  } catch {
    return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1@');
  }
}

/**
 * A webhook URL as it may be shown: user-info replaced by `***`, and every query value by `***`
 * (a receiver's token is as often `?token=` as `/hooks?key=`; the names stay, to tell URLs apart).
 */
export function redactWebhookUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '***';
      u.password = '';
    }
    const names = [...new Set(u.searchParams.keys())];
    u.search = names.length ? '?' + names.map((n) => `${encodeURIComponent(n)}=***`).join('&') : '';
    return u.toString();
  } catch {
    return '(a URL that cannot be parsed)';
  }
}
