// The onrecord web app: one page per route (hash routing), a header with the search box on every page.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './style.css';
import { hrefFor, useRoute, type Route } from './router.js';
import { ActorPage } from './pages/Actor.js';
import { DocumentPage } from './pages/Document.js';
import { GraphPage } from './pages/Graph.js';
import { Home } from './pages/Home.js';
import { NewProfile } from './pages/NewProfile.js';
import { ProfilePage } from './pages/Profile.js';
import { Search, SearchForm } from './pages/Search.js';
import { Timeline } from './pages/Timeline.js';

function Page({ route }: { route: Route }) {
  const [first, second] = route.parts;
  const p = (k: string) => route.params.get(k) ?? '';
  switch (first) {
    case undefined:
      return <Home />;
    case 'search':
      return <Search q={p('q')} />;
    case 'doc':
      return second ? <DocumentPage id={second} at={route.params.get('at')} /> : <NotFound />;
    case 'actor':
      return second ? <ActorPage actorKey={second} /> : <NotFound />;
    case 'profile':
      return <ProfilePage person={p('person')} topic={p('topic')} />;
    case 'new':
      return <NewProfile person={p('person')} topic={p('topic')} />;
    case 'timeline':
      return <Timeline actor={p('actor')} category={p('category')} undated={p('undated') === '1'} />;
    case 'graph':
      return <GraphPage />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>
        There is no such page. <a href="#/">Back to the start</a>.
      </p>
    </div>
  );
}

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // After a route change, move focus to the page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    main.current?.focus({ preventScroll: false });
  }, [route.path]);
  const here = route.parts[0] ?? '';
  const link = (parts: string[], label: string) => (
    <a href={hrefFor(parts)} aria-current={here === (parts[0] ?? '') ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          onrecord
        </a>
        <nav aria-label="Main">
          {link([], 'Home')}
          {link(['timeline'], 'Timeline')}
          {link(['graph'], 'Actors graph')}
          {link(['new'], 'New profile')}
        </nav>
        {here !== '' && here !== 'search' ? <SearchForm initial="" compact /> : null}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="bottom muted">Every statement links to its evidence. Text from documents is shown as text, never run.</footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
