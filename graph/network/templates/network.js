/* gcmkg network page: draws the view embedded as JSON, with search, filters, legend and details.
   Every name reaches the DOM through textContent and vis-network tooltips are plain text, so a
   hostile name shows as the text it is. window.gcmkg exposes the state for tests and debugging. */
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("gcmkg-data").textContent);
  const SEP = "; ";
  const AGENTS = new Set(["organization", "coalition", "person"]);
  const POSITIONS = new Set(data.positionKinds);
  const CONCEPTS = new Set(["objective", "principle"]);
  const style = new Map(data.kinds.map((k) => [k.kind, k]));
  const conceptLabel = new Map(data.concepts);
  const RELATIONS = {
    // relation: [title seen from the source, title seen from the target]
    signed: ["Signatories", "Signed"],
    member_of: ["Member of", "Members"],
    sub_organization_of: ["Part of", "Sub-organizations"],
    has_position: ["Positions", "Statement"],
    addresses: ["Addresses", "Addressed by"],
    supports: ["Supports", "Supporters"],
    based_in: ["Based in", "Based here"],
  };
  const LIST_LIMIT = 200;
  const $ = (id) => document.getElementById(id);

  const adjacency = data.nodes.map(() => []);
  data.edges.forEach((edge, k) => {
    adjacency[edge.from].push(k);
    adjacency[edge.to].push(k);
  });

  function split(text, separator) {
    return text ? String(text).split(separator) : [];
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function kindText(node) {
    const known = style.get(node.kind);
    return known ? known.label : node.kind;
  }

  function tooltip(node) {
    const lines = [node.label, kindText(node)];
    if (node.acronym) lines.push("Acronym: " + node.acronym);
    if (node.countries) lines.push("Based in: " + node.countries);
    if (node.title && node.title !== node.label) lines.push(node.title);
    if (node.quote) lines.push("“" + (node.quote.length > 280 ? node.quote.slice(0, 279) + "…" : node.quote) + "”");
    lines.push("Click for details");
    return lines.join("\n");
  }

  function edgeWidth(weight) {
    return weight ? 1 + Math.log2(weight) : 1;
  }

  function edgeNote(edge) {
    if (edge.relation === "cosigned") {
      const shared = edge.weight === 1 ? "1 statement together" : edge.weight + " statements together";
      return shared + " (" + edge.direct + " both signed directly, " + edge.through_coalition + " through a coalition)";
    }
    if (edge.relation === "addresses" && edge.rationale) {
      const sure = edge.confidence === undefined ? "" : " (confidence " + edge.confidence + ")";
      return edge.rationale + sure;
    }
    if (edge.relation === "supports") return edge.weight === 1 ? "1 demand" : edge.weight + " demands";
    return "";
  }

  // ------------------------------------------------------------------------------ drawing

  const nodes = new vis.DataSet(
    data.nodes.map((node, i) => {
      const look = style.get(node.kind) || { color: "#999", shape: "dot" };
      return {
        id: i, x: node.x, y: node.y, label: node.short, title: tooltip(node),
        shape: look.shape, size: node.size, color: node.color || look.color, hidden: false,
      };
    }),
  );
  const edges = new vis.DataSet(
    data.edges.map((edge, k) => {
      const note = edgeNote(edge);
      const item = { id: k, from: edge.from, to: edge.to, width: edgeWidth(edge.weight) };
      if (note) item.title = note;
      return item;
    }),
  );
  const big = !data.physics;
  const network = new vis.Network($("network"), { nodes, edges }, {
    layout: { improvedLayout: false },
    physics: data.physics
      ? {
          solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -80, springLength: 80, avoidOverlap: 0.3 },
          stabilization: { iterations: 250, updateInterval: 50, fit: true },
          minVelocity: 1,
        }
      : false,
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: {
      borderWidth: 1,
      font: { size: 14, face: "system-ui, sans-serif", color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 6 } },
    },
    edges: { smooth: false, color: { color: "#c3c8d0", highlight: "#333", hover: "#666", opacity: 0.75 } },
  });
  network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));
  network.once("afterDrawing", () => {
    window.gcmkgFirstDrawMs = performance.now();
    document.body.dataset.drawn = "true";
  });
  network.on("click", (params) => (params.nodes.length ? showDetails(params.nodes[0]) : hidePanel()));

  // ---------------------------------------------------------------------------- details

  function linkTo(i) {
    const button = el("button", data.nodes[i].label, "link");
    button.type = "button";
    button.addEventListener("click", () => focusNode(i));
    return button;
  }

  function linkedGroups(i) {
    const groups = new Map();
    for (const k of adjacency[i]) {
      const edge = data.edges[k];
      const outgoing = edge.from === i;
      const title = (RELATIONS[edge.relation] || [edge.relation, edge.relation])[outgoing ? 0 : 1];
      if (!groups.has(title)) groups.set(title, { relation: edge.relation, outgoing, items: [] });
      groups.get(title).items.push({ node: outgoing ? edge.to : edge.from, edge });
    }
    return groups;
  }

  function addFacts(body, node, groups) {
    const shown = new Set(Array.from(groups.values(), (g) => g.relation + (g.outgoing ? ">" : "<")));
    const facts = [
      ["Acronym", node.acronym],
      ["Also written", split(node.alt_labels, SEP).join(" · ")],
      ["Official title", node.title !== node.label ? node.title : ""],
      ["Based in", shown.has("based_in>") ? "" : node.countries],
      ["Vote on the Compact (A/RES/73/195)", node.country_votes],
      ["Kind of organization", node.organization_kinds],
      ["Member of", shown.has("member_of>") ? "" : node.coalitions],
      ["Part of", shown.has("sub_organization_of>") ? "" : node.parent],
      ["Signed", AGENTS.has(node.kind) ? (node.direct_signatory ? "directly" : node.coalitions ? "through a coalition" : "no statement") : ""],
      ["Supports", shown.has("supports>") ? "" : split(node.supported, " ").map((n) => conceptLabel.get(n) || n).join(" · ")],
      ["Statement", shown.has("has_position<") ? "" : node.statement],
      ["Place in the text", POSITIONS.has(node.kind) ? node.order : ""],
      ["Supporters", CONCEPTS.has(node.kind) ? node.support : ""],
      ["Demands addressing it", CONCEPTS.has(node.kind) ? node.demands : ""],
      ["Signatories", node.signatories],
    ];
    const list = el("dl");
    for (const [term, value] of facts) {
      if (value === undefined || value === null || value === "") continue;
      list.append(el("dt", term), el("dd", value));
    }
    if (list.childElementCount) body.append(list);
  }

  function addGroups(body, groups) {
    for (const [title, group] of groups) {
      body.append(el("h3", title + " (" + group.items.length + ")"));
      const list = el("ul");
      group.items.sort((a, b) => data.nodes[a.node].label.localeCompare(data.nodes[b.node].label));
      for (const { node, edge } of group.items.slice(0, LIST_LIMIT)) {
        const item = el("li");
        item.append(linkTo(node));
        const note = edgeNote(edge);
        if (note) item.append(el("span", " — " + note, "rationale"));
        list.append(item);
      }
      if (group.items.length > LIST_LIMIT) list.append(el("li", "… and " + (group.items.length - LIST_LIMIT) + " more"));
      body.append(list);
    }
  }

  function showDetails(i) {
    const node = data.nodes[i];
    const body = $("panel-body");
    body.replaceChildren(el("h2", node.label), el("p", kindText(node), "kind"));
    if (node.quote) body.append(el("blockquote", node.quote, "quote"));
    const groups = linkedGroups(i);
    addFacts(body, node, groups);
    addGroups(body, groups);
    body.append(el("p", node.id, "iri"));
    $("panel").hidden = false;
    state.selected = i;
  }

  function hidePanel() {
    $("panel").hidden = true;
    state.selected = null;
  }

  // ----------------------------------------------------------------------------- search

  let index = null;

  function normalize(text) {
    return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function searchNames(node) {
    const names = [node.label, node.acronym, node.title, node.short, ...split(node.alt_labels, SEP)];
    if (CONCEPTS.has(node.kind)) names.push(node.notation, (node.kind === "objective" ? "objective " : "principle ") + node.notation);
    return names.filter(Boolean).map(normalize);
  }

  function search(query, limit = 12) {
    const wanted = normalize(query);
    if (!wanted) return [];
    index = index || data.nodes.map((node) => ({ names: searchNames(node), quote: node.quote ? normalize(node.quote) : "" }));
    const found = [];
    index.forEach((entry, i) => {
      let score = 9;
      for (const name of entry.names) {
        score = Math.min(score, name === wanted ? 0 : name.startsWith(wanted) ? 1 : name.includes(wanted) ? 2 : 9);
      }
      if (score === 9 && entry.quote.includes(wanted)) score = 3;
      if (score < 9) found.push([score, i]);
    });
    found.sort((a, b) => a[0] - b[0] || data.nodes[a[1]].label.localeCompare(data.nodes[b[1]].label));
    return found.slice(0, limit).map(([, i]) => i);
  }

  function showResults(matches) {
    const results = $("results");
    results.replaceChildren();
    for (const i of matches) {
      const node = data.nodes[i];
      const button = el("button", node.label);
      button.type = "button";
      button.append(el("span", kindText(node), "kind"));
      if (node.quote) button.append(el("span", node.quote.length > 70 ? node.quote.slice(0, 69) + "…" : node.quote, "quote"));
      button.addEventListener("click", () => focusNode(i));
      const item = el("li");
      item.append(button);
      results.append(item);
    }
    if (!matches.length && $("search").value.trim()) results.append(el("li", "No match"));
    results.hidden = !results.childElementCount;
  }

  function besidePanel() {
    // The offset from the canvas centre that puts a node in the part the details panel leaves free.
    const panel = $("panel").getBoundingClientRect();
    const canvas = $("network").getBoundingClientRect();
    if (panel.width >= canvas.width - 1) return { x: 0, y: -Math.max(0, canvas.bottom - panel.top) / 2 };
    return { x: -Math.max(0, canvas.right - panel.left) / 2, y: 0 };
  }

  function focusNode(i) {
    if (hidden[i]) resetFilters();
    network.selectNodes([i]);
    showDetails(i);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), offset: besidePanel(), animation: false });
    $("results").hidden = true;
  }

  // ---------------------------------------------------------------------------- filters

  const state = {
    country: "", vote: "", organizationKind: "", concept: "", members: true, statements: new Set(), hiddenKinds: new Set(), selected: null,
  };
  const edgeHidden = data.edges.map(() => false);
  const edgeWeight = data.edges.map((edge) => edge.weight);

  // Each agent's facets, split once: filtering 20,000 nodes then stays a few hundred milliseconds.
  const facets = data.nodes.map((node) =>
    AGENTS.has(node.kind)
      ? {
          countries: new Set(split(node.country_codes, " ")),
          votes: new Set(split(node.country_votes, SEP)),
          kinds: new Set(split(node.organization_kinds, SEP)),
          supported: new Set(split(node.supported, " ")),
        }
      : null,
  );
  const hidden = data.nodes.map(() => false);

  function agentPasses(node, i) {
    const facet = facets[i];
    if (state.country && !facet.countries.has(state.country)) return false;
    if (state.vote && !facet.votes.has(state.vote)) return false;
    if (state.organizationKind && !facet.kinds.has(state.organizationKind)) return false;
    if (state.concept && !facet.supported.has(state.concept)) return false;
    return state.members || !node.coalitions || node.direct_signatory;
  }

  function addressesConcept(i) {
    return adjacency[i].some((k) => {
      const edge = data.edges[k];
      return edge.relation === "addresses" && data.nodes[edge.to].notation === state.concept;
    });
  }

  function inStatements(item) {
    return !state.statements.size || !item.statements || item.statements.some((s) => state.statements.has(s));
  }

  function firstPass(node, i) {
    if (state.hiddenKinds.has(node.kind)) return false;
    if (!inStatements(node)) return false;
    if (node.kind === "statement" && state.statements.size) return true;
    if (AGENTS.has(node.kind)) return agentPasses(node, i);
    if (CONCEPTS.has(node.kind)) return !state.concept || node.notation === state.concept;
    if (POSITIONS.has(node.kind)) return !state.concept || addressesConcept(i);
    return null; // statements and countries: decided by their neighbours
  }

  function visibility() {
    const narrowed = state.country || state.vote || state.organizationKind || state.concept || !state.members || state.statements.size;
    const shown = data.nodes.map(firstPass);
    return shown.map((value, i) => {
      if (value !== null) return value;
      if (state.hiddenKinds.has(data.nodes[i].kind)) return false;
      if (!narrowed) return true;
      return adjacency[i].some((k) => {
        const edge = data.edges[k];
        const other = edge.from === i ? edge.to : edge.from;
        return shown[other] === true;
      });
    });
  }

  function applyFilters() {
    const shown = visibility();
    const changes = [];
    shown.forEach((visible, i) => {
      if (hidden[i] === visible) {
        hidden[i] = !visible;
        changes.push({ id: i, hidden: !visible });
      }
    });
    if (changes.length) nodes.update(changes);
    updateEdges();
    const count = shown.filter(Boolean).length;
    const links = data.allEdges > data.edges.length
      ? data.edges.length + " of " + data.allEdges + " links (each agent's strongest, then the heaviest)"
      : data.edges.length + " links";
    const agents = data.allNodes > data.nodes.length
      ? " (the " + data.nodes.length + " of " + data.allNodes + " agents in the most statements)"
      : "";
    $("status").textContent =
      "Showing " + count + " of " + data.nodes.length + " nodes" + agents + " and " + links + " · view: " +
      data.view + " · physics " + (data.physics ? "settled, then off" : "off (layout computed in Python)");
    if (state.selected !== null && !shown[state.selected]) hidePanel();
  }

  // Links that carry their statements (co-signature) are weighed again by the chosen statements only.
  function updateEdges() {
    const changes = [];
    data.edges.forEach((edge, k) => {
      if (!edge.statements) return;
      const weight = state.statements.size ? edge.statements.filter((s) => state.statements.has(s)).length : edge.weight;
      if (weight === edgeWeight[k]) return;
      edgeWeight[k] = weight;
      edgeHidden[k] = weight === 0;
      changes.push({ id: k, hidden: weight === 0, width: edgeWidth(weight) });
    });
    if (changes.length) edges.update(changes);
  }

  // Colour agents and countries by their country's vote (colours come with the page's data).
  const voteColour = new Map(data.countryVotes);
  function colourByVote(on) {
    nodes.update(
      data.nodes.map((node, i) => {
        const look = style.get(node.kind) || { color: "#999" };
        if (!on || !(AGENTS.has(node.kind) || node.kind === "country")) return { id: i, color: look.color };
        const votes = split(node.country_votes, SEP);
        return { id: i, color: votes.length === 1 ? voteColour.get(votes[0]) : votes.length ? "#555555" : "#dddddd" };
      }),
    );
  }

  function setFilter(name, value) {
    state[name] = value;
    applyFilters();
  }

  function resetFilters() {
    Object.assign(state, { country: "", vote: "", organizationKind: "", concept: "", members: true, statements: new Set() });
    Array.from($("filter-statement").options).forEach((option) => (option.selected = false));
    state.hiddenKinds.clear();
    $("filter-country").value = "";
    $("filter-vote").value = "";
    if ($("colour-vote").checked) {
      $("colour-vote").checked = false;
      colourByVote(false);
    }
    $("filter-kind").value = "";
    $("filter-concept").value = "";
    $("filter-members").checked = true;
    document.querySelectorAll("#legend-items button").forEach((b) => b.setAttribute("aria-pressed", "true"));
    applyFilters();
  }

  function fillSelect(select, pairs) {
    for (const [value, label] of pairs) {
      const option = el("option", label);
      option.value = value;
      select.append(option);
    }
  }

  // ----------------------------------------------------------------------------- legend

  const SVG = "http://www.w3.org/2000/svg";
  const SHAPES = {
    dot: "circle", square: "8,2 14,2 14,14 2,14 2,2", diamond: "8,1 15,8 8,15 1,8",
    triangle: "8,2 15,14 1,14", triangleDown: "1,2 15,2 8,14",
    hexagon: "4,2 12,2 15,8 12,14 4,14 1,8", star: "8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6",
  };

  function swatch(kind) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    const points = SHAPES[kind.shape] || "circle";
    const shape = document.createElementNS(SVG, points === "circle" ? "circle" : "polygon");
    if (points === "circle") {
      shape.setAttribute("cx", "8");
      shape.setAttribute("cy", "8");
      shape.setAttribute("r", "6");
    } else {
      shape.setAttribute("points", points);
    }
    shape.setAttribute("fill", kind.color);
    svg.append(shape);
    return svg;
  }

  function buildLegend() {
    const counts = new Map();
    for (const node of data.nodes) counts.set(node.kind, (counts.get(node.kind) || 0) + 1);
    for (const kind of data.kinds) {
      const button = el("button");
      button.type = "button";
      button.dataset.kind = kind.kind;
      button.setAttribute("aria-pressed", "true");
      button.append(swatch(kind), el("span", kind.label), el("span", counts.get(kind.kind) || 0, "count"));
      button.addEventListener("click", () => {
        const hide = !state.hiddenKinds.has(kind.kind);
        if (hide) state.hiddenKinds.add(kind.kind);
        else state.hiddenKinds.delete(kind.kind);
        button.setAttribute("aria-pressed", String(!hide));
        applyFilters();
      });
      const item = el("li");
      item.append(button);
      $("legend-items").append(item);
    }
  }

  // ------------------------------------------------------------------------------- wiring

  fillSelect($("filter-country"), data.countries);
  fillSelect($("filter-kind"), data.organizationKinds.map((kind) => [kind, kind]));
  fillSelect($("filter-vote"), data.countryVotes.map(([vote]) => [vote, vote]));
  $("filter-vote").addEventListener("change", (e) => setFilter("vote", e.target.value));
  $("colour-vote").addEventListener("change", (e) => colourByVote(e.target.checked));
  fillSelect($("filter-concept"), data.concepts);
  fillSelect($("filter-statement"), data.statements.map(([, title], s) => [String(s), title]));
  $("filter-statement").size = Math.min(4, Math.max(2, data.statements.length));
  buildLegend();
  if (data.view === "cosignature") {
    document.querySelector("#legend .hint").textContent =
      "Colour: community (Louvain). Size: statements taken part in. Click a kind to hide it.";
  }
  $("filter-country").addEventListener("change", (e) => setFilter("country", e.target.value));
  $("filter-kind").addEventListener("change", (e) => setFilter("organizationKind", e.target.value));
  $("filter-concept").addEventListener("change", (e) => setFilter("concept", e.target.value));
  $("filter-statement").addEventListener("change", (e) =>
    setFilter("statements", new Set(Array.from(e.target.selectedOptions, (option) => Number(option.value)))),
  );
  $("filter-members").addEventListener("change", (e) => setFilter("members", e.target.checked));
  $("filter-reset").addEventListener("click", resetFilters);
  $("panel-close").addEventListener("click", hidePanel);
  $("search").addEventListener("input", (e) => showResults(search(e.target.value)));
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const matches = search($("search").value);
    if (matches.length) focusNode(matches[0]);
    else showResults(matches);
  });
  applyFilters();

  window.gcmkg = {
    data, network, nodes, edges, state, search, focusNode, showDetails, setFilter, resetFilters,
    visibleIds: () => data.nodes.filter((_, i) => !nodes.get(i).hidden).map((node) => node.id),
    visibleEdges: () => data.edges.filter((edge, k) => !edgeHidden[k] && !hidden[edge.from] && !hidden[edge.to]).length,
  };
})();
