// The actor graph (cytoscape, loaded only on this page): actors sized by mentions, coloured by type, joined
// where they meet in a sentence or one acts on the other. Below it the same ties as a list, for keyboards
// and screen readers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Graph } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { ErrorBox, Loading, useAsync } from '../ui.js';

const TYPE_COLOURS: Record<string, string> = {
  person: '#1d3557',
  state: '#2a9d8f',
  organisation: '#e9c46a',
  agency: '#f4a261',
  company: '#8d99ae',
  'threat-actor': '#e63946',
  media: '#6a4c93',
  initiative: '#43aa8b',
  group: '#577590',
  place: '#adb5bd',
};

/**
 * Cytoscape adds a <style> element for one rule unless an element with this id exists; the CSP forbids inline
 * styles, so we mark it present and ship the rule (position: relative on the container) in style.css.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function markCytoscapeStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

function GraphCanvas({ graph }: { graph: Graph }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !box.current) return;
        markCytoscapeStylesheet();
        const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions));
        const instance = cytoscape({
          container: box.current,
          elements: [
            ...graph.nodes.map((n) => ({
              data: { id: n.id, name: n.name, colour: TYPE_COLOURS[n.type] ?? '#777', size: 18 + 42 * Math.sqrt(n.mentions / maxMentions) },
            })),
            ...graph.edges.map((e, i) => ({
              data: { id: `e${i}`, source: e.source, target: e.target, width: Math.min(8, 1 + Math.log2(e.weight)), acts: e.relations.length ? 1 : 0 },
            })),
          ],
          style: [
            {
              selector: 'node',
              style: {
                label: 'data(name)',
                'background-color': 'data(colour)',
                width: 'data(size)',
                height: 'data(size)',
                'font-size': 11,
                'text-valign': 'bottom',
                'text-margin-y': 3,
                color: '#222',
                'text-outline-color': '#fff',
                'text-outline-width': 2,
              },
            },
            { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b8c0cc', 'curve-style': 'haystack', opacity: 0.8 } },
            { selector: 'edge[acts = 1]', style: { 'line-color': '#e76f51' } },
          ],
          layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as any,
          wheelSensitivity: 0.3,
        });
        instance.on('tap', 'node', (evt: any) => navigate(['actor', evt.target.id()]));
        cy = instance;
      })
      .catch((e) => setFailed(e));
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [graph]);
  if (failed) return <ErrorBox error={failed} />;
  return <div ref={box} class="graph-canvas" role="img" aria-label={`Graph of ${graph.nodes.length} actors and ${graph.edges.length} ties`} />;
}

export function GraphPage() {
  const graph = useAsync((s) => api.graph(60, s), []);
  if (graph.loading && !graph.data) return <Loading what="Drawing the actors" />;
  if (graph.error) return <ErrorBox error={graph.error} />;
  const g = graph.data;
  if (!g) return null;
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  const ties = [...g.edges].sort((a, b) => b.weight - a.weight);
  return (
    <div>
      <h1>Actors and their ties</h1>
      <p class="muted">
        Circles are actors (bigger: mentioned more); lines join actors named in the same sentence, orange where one acts on the other.
        Select an actor to open its page.
      </p>
      <ul class="legend inline-list" aria-label="Colours">
        {Object.entries(TYPE_COLOURS)
          .filter(([type]) => g.nodes.some((n) => n.type === type))
          .map(([type, colour]) => (
          <li key={type}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="6" fill={colour} />
            </svg>{' '}
            {type}
          </li>
          ))}
      </ul>
      {g.nodes.length ? <GraphCanvas graph={g} /> : <p class="muted">No actors yet.</p>}
      <details class="ties">
        <summary>The ties as a list ({ties.length})</summary>
        <ul>
          {ties.map((e, i) => (
            <li key={i}>
              <a href={hrefFor(['actor', e.source])}>{name.get(e.source)}</a> — <a href={hrefFor(['actor', e.target])}>{name.get(e.target)}</a>{' '}
              <span class="muted">
                ({e.weight}
                {e.relations.length ? `; ${e.relations.join(', ')}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
