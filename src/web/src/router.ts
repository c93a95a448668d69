// Hash routing (#/path?query): deep links work with any static server, and the server never sees app routes.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string;
  parts: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, query = ''] = raw.split(/\?(.*)/s, 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { path, parts, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The href of an app route: hrefFor(['doc', id], { at: '10-20' }) → '#/doc/<id>?at=10-20'. */
export function hrefFor(parts: string[], params: Record<string, string | undefined> = {}): string {
  const path = '/' + parts.map(encodeURIComponent).join('/');
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, v);
  const qs = query.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(parts: string[], params: Record<string, string | undefined> = {}): void {
  location.hash = hrefFor(parts, params).slice(1);
}
