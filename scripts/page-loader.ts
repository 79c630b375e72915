/**
 * The inline script that loads a prerendered page's app once the browser reports the first
 * contentful paint (at once when there is nothing to paint or the tab is hidden; after 3 s at the
 * latest): the entry, then each preload (and, when the prerendered page stays, its route's
 * chunks) in a task of its own: a page's first requests cost the main thread a millisecond or
 * more each. Used by the build's prerender and by the bench's reference pages.
 */
export function loader(entry: string, preloads: string[], route: string[] = []): string {
  const list = (files: string[]) => JSON.stringify(files.map((f) => `/${f}`))
  return `<script>(()=>{const r=document.getElementById('root'),p=r.hasChildNodes();let done=!1;const pre=(f)=>{const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.append(l)};const go=()=>{if(done)return;done=!0;import(${JSON.stringify(`/${entry}`)});for(const f of ${list(preloads)}.concat(p?${list(route)}:[]))setTimeout(()=>pre(f))};if(!p||document.visibilityState!=='visible'||!window.PerformanceObserver)return go();try{new PerformanceObserver((l,o)=>{if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go)}}).observe({type:'paint',buffered:!0})}catch{return go()}setTimeout(go,3e3)})()</script>`
}
