// The page of graphquery serve: search an entity, draw it and its
// neighbours with cytoscape.js, read cards and evidence sentences.
"use strict";

const $ = (s) => document.querySelector(s);
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const colors = { Person: "#c0504d", Organization: "#4f81bd", Product: "#9bbb59", Place: "#8064a2", Event: "#f79646" };

// Canvas text follows the Unicode bidi algorithm but its base direction is
// the page's (left to right); an Arabic label is embedded right to left so
// mixed labels (Arabic with Latin or digits) read in the right order.
function label(s) {
  return arabic.test(s) ? "\u202B" + s + "\u202C" : s;
}

// dirOf lays a text out right to left when most of its letters are Arabic
// (dir=auto would go by the first letter: "Medra، التي ..." is Arabic).
function dirOf(s) {
  const ar = (s.match(/[\u0600-\u06FF]/g) || []).length;
  const la = (s.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
  return ar > 0 && ar >= la ? "rtl" : "ltr";
}

// plural: "1 article", "2 articles".
function plural(n, word, words) { return n + " " + (n === 1 ? word : words || word + "s"); }

// bdi isolates a name in a line of another direction, so "سديم — acquired →
// Datavia" keeps its arrow between the two names.
function bdi(s) { return el("bdi", {}, s); }

// dotted joins the parts that are there with " · " (no "· ·" for a missing date).
function dotted(...parts) {
  const out = [];
  for (const p of parts) {
    if (p === "" || p === null || p === undefined) continue;
    if (out.length) out.push(" · ");
    out.push(p);
  }
  return out;
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function status(s) { $("#status").textContent = s; }

const cy = cytoscape({
  container: $("#cy"),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 1.5,
  style: [
    { selector: "node", style: {
      "label": "data(label)", "background-color": (n) => colors[n.data("type")] || "#888",
      "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22,
      "text-wrap": "wrap", "text-max-width": 180, "line-height": 1.25,
      "font-family": "Noto Sans, Noto Naskh Arabic, DejaVu Sans, sans-serif",
      "text-background-color": "#fbfbf8", "text-background-opacity": 0.8, "text-background-padding": 1 } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#222" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#e3a21a" } },
    { selector: "edge", style: {
      "label": "data(label)", "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 2,
      "font-size": 10, "color": "#555", "line-color": "#aab", "target-arrow-color": "#aab",
      "text-rotation": "autorotate", "text-background-color": "#fbfbf8", "text-background-opacity": 0.9 } },
    { selector: "edge:selected", style: { "line-color": "#e3a21a", "target-arrow-color": "#e3a21a", "width": 4 } },
  ],
});
window.cy = cy;

// nodeLabel is the name, and under it the job title when there is one.
function nodeLabel(n) {
  return n.title ? label(n.name) + "\n" + label(n.title) : label(n.name);
}

// addNode adds an entity (at pos, if given) and returns it when it is new.
function addNode(n, pos) {
  const have = cy.getElementById(n.id);
  if (!have.empty()) {
    if (n.title && !have.data("title")) have.data({ title: n.title, label: nodeLabel(n) });
    return null;
  }
  return cy.add({ group: "nodes", data: { id: n.id, name: n.name, title: n.title || "", label: nodeLabel(n), type: n.type },
    position: pos || { x: 0, y: 0 } });
}

function edgeId(e) { return e.subject + " " + e.predicate + " " + e.object; }

// layout places the new nodes and leaves every other one where it is: the
// old nodes are locked while cose settles the new ones (started in a ring
// around the node they came from), so expanding never reshuffles the graph.
function layout(added, first) {
  const old = cy.nodes().not(added);
  old.lock();
  cy.layout({ name: "cose", animate: false, randomize: first, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
    nodeOverlap: 40, componentSpacing: 150, padding: 60, fit: true }).run();
  old.unlock();
}

// ring returns n positions on a circle around p.
function ring(p, n) {
  const r = 140 + 8 * n;
  return Array.from({ length: n }, (_, i) => ({ x: p.x + r * Math.cos(2 * Math.PI * i / n + 0.3), y: p.y + r * Math.sin(2 * Math.PI * i / n + 0.3) }));
}

async function expand(id) {
  status("expanding…");
  const g = await api("/api/expand?id=" + encodeURIComponent(id));
  const first = cy.nodes().length === 0;
  const center = cy.getElementById(id);
  const fresh = g.nodes.filter((n) => cy.getElementById(n.id).empty());
  // A node not drawn yet starts to the right of what is drawn; its new
  // neighbours start in a ring around it.
  let origin = { x: 0, y: 0 };
  if (!center.empty()) origin = center.position();
  else if (!first) { const bb = cy.nodes().boundingBox(); origin = { x: bb.x2 + 300, y: (bb.y1 + bb.y2) / 2 }; }
  const at = ring(origin, fresh.length);
  let added = cy.collection();
  g.nodes.forEach((n) => { const a = addNode(n, n.id === id && center.empty() ? origin : at[fresh.indexOf(n)]); if (a) added = added.union(a); });
  for (const e of g.edges) {
    if (cy.getElementById(edgeId(e)).empty()) {
      cy.add({ group: "edges", data: { id: edgeId(e), source: e.subject, target: e.object, label: e.predicate, predicate: e.predicate, documents: e.documents.length } });
    }
  }
  cy.getElementById(id).addClass("expanded");
  if (added.length) layout(added, first);
  status(plural(cy.nodes().length, "entity", "entities") + ", " + plural(cy.edges().length, "fact"));
}

async function showEntity(id) {
  const c = await api("/api/entity?id=" + encodeURIComponent(id));
  const d = $("#details");
  d.replaceChildren(
    el("h2", { dir: "auto" }, bdi(c.name), el("span", { class: "type " + c.type }, c.type)),
    el("div", { class: "meta", dir: "auto" }, c.names.map((n) => n.text).join(" · ")),
    el("button", { class: "expand", onclick: () => expand(c.id) }, "Expand neighbours"),
  );
  if (c.sameAs.length) d.append(el("div", { class: "meta" }, "sameAs: " + c.sameAs.join(" ")));
  if (c.quotes && c.quotes.length) {
    d.append(el("h3", {}, "Quotes"));
    for (const q of c.quotes.slice(0, 5)) {
      d.append(el("div", { class: "quote", dir: dirOf(q.text) }, q.direct ? "“" + q.text + "”" : q.text,
        el("div", { class: "meta", dir: "ltr" }, bdi(q.speaker), " — ", q.doc)));
    }
  }
  d.append(el("h3", {}, plural((c.documents || []).length, "article").replace(/^./, (x) => x.toUpperCase())));
  for (const doc of c.documents || []) {
    d.append(el("div", { dir: dirOf(doc.title || doc.id) }, doc.title || doc.id, el("div", { class: "meta", dir: "ltr" }, ...dotted(doc.id, doc.lang, doc.published))));
  }
}

async function showEdge(e) {
  const facts = await api("/api/edge?s=" + encodeURIComponent(e.data("source")) + "&p=" + encodeURIComponent(e.data("predicate")) + "&o=" + encodeURIComponent(e.data("target")));
  const ev = $("#evidence");
  const s = cy.getElementById(e.data("source")).data("name"), o = cy.getElementById(e.data("target")).data("name");
  // The predicate is English: the heading runs left to right, each name
  // isolated, so the arrow points from the subject to the object.
  ev.replaceChildren(el("h2", { dir: "ltr" }, bdi(s), " — " + e.data("predicate") + " → ", bdi(o)));
  for (const f of facts) {
    ev.append(el("div", { class: "sentence", dir: dirOf(f.evidence) }, f.evidence),
      el("div", { class: "meta", dir: "ltr" }, ...dotted(f.doc_title && f.doc_title !== f.doc ? bdi(f.doc_title) : "", f.doc, f.published, "confidence " + f.confidence.toFixed(2))));
  }
  ev.scrollIntoView({ block: "nearest" });
}

cy.on("tap", "node", (evt) => showEntity(evt.target.id()).catch((err) => status(err.message)));
cy.on("dbltap", "node", (evt) => expand(evt.target.id()).catch((err) => status(err.message)));
cy.on("tap", "edge", (evt) => showEdge(evt.target).catch((err) => status(err.message)));

// pick draws an entity (a search result), expands it and shows its card.
async function pick(m) {
  await expand(m.id);
  cy.$(":selected").unselect();
  cy.getElementById(m.id).select();
  await showEntity(m.id);
}

// search lists what q may mean and puts q in the address (?q=), so the view
// can be bookmarked or shared; open picks the first result.
async function search(q, open) {
  const ul = $("#results");
  ul.replaceChildren();
  if (!q) return;
  history.replaceState(null, "", "?q=" + encodeURIComponent(q));
  try {
    const ms = await api("/api/search?q=" + encodeURIComponent(q));
    for (const m of ms) {
      ul.append(el("li", { dir: "auto", "data-id": m.id, onclick: () => pick(m).catch((err) => status(err.message)) },
        bdi(m.name), el("span", { class: "type " + m.type }, m.type), el("span", { class: "meta" }, " " + plural(m.documents, "article"))));
    }
    status(ms.length + " found");
    if (open && ms.length) await pick(ms[0]);
  } catch (err) {
    status(err.message);
  }
}

$("#search").addEventListener("submit", (evt) => {
  evt.preventDefault();
  search($("#q").value.trim(), false);
});

// The page opens on something: ?q= from the address, or else the most
// connected entities, the first three expanded.
async function start() {
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    $("#q").value = q;
    await search(q.trim(), true);
    return;
  }
  const top = await api("/api/top?limit=3");
  for (const m of top) await expand(m.id);
  status(plural(cy.nodes().length, "entity", "entities") + ", " + plural(cy.edges().length, "fact") +
    ": the most connected; search for more");
}
window.started = start().then(() => true, (err) => { status(err.message); return true; });
