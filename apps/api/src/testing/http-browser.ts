/**
 * Just enough of a browser for redirect flows over real HTTP: a cookie jar (by name and path, all
 * loopback ports share it as browsers do), redirects followed one by one, and HTML forms submitted
 * with their hidden fields.
 */
type Cookie = { value: string; path: string };

export class HttpBrowser {
  readonly cookies = new Map<string, Cookie>();
  /** Every URL visited, in order. */
  readonly visited: string[] = [];

  cookieHeader(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  private store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const path = attrs.map((a) => a.trim()).find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
      const expired = attrs.some((a) => /^max-age=0$/i.test(a.trim()) || (/^expires=/i.test(a.trim()) && Date.parse(a.trim().slice(8)) < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const u = new URL(url);
    this.visited.push(u.href);
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = this.cookieHeader(u);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(u, { method: init.method ?? 'GET', headers, redirect: 'manual', body: init.form ? new URLSearchParams(init.form).toString() : undefined });
    this.store(res);
    return res;
  }

  /**
   * Follows redirects and fills in forms until a response that is neither, or a redirect to a URL
   * `stop` accepts (not requested). Returns that final URL and response.
   */
  async browse(start: string, fill: Record<string, string>, stop: (url: URL) => boolean): Promise<{ url: URL; res: Response | null }> {
    let url = new URL(start);
    let res = await this.request(url.href);
    for (let step = 0; step < 20; step++) {
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location')!, url);
        if (stop(url)) return { url, res: null };
        res = await this.request(url.href);
        continue;
      }
      const html = res.status === 200 ? await res.text() : '';
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
      if (!form) return { url, res };
      const fields: Record<string, string> = {};
      for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
        const name = /name="([^"]+)"/.exec(input[0])?.[1];
        if (!name) continue;
        fields[name] = fill[name] ?? /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      }
      url = new URL(form[1].replace(/&amp;/g, '&'), url);
      res = await this.request(url.href, { method: 'POST', form: fields });
    }
    throw new Error(`no end of redirects after ${this.visited.slice(-5).join(' → ')}`);
  }
}
