/* gcmkg matrix page: agents x objectives and principles, counted here from the embedded JSON.
   Rows are filtered, sorted, then only one page of them is put in the DOM, so thousands of agents
   stay fast. Every name and quote reaches the DOM through textContent, never as markup.
   window.gcmkgMatrix exposes the state for tests and debugging. */
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("gcmkg-data").textContent);
  const C = data.concepts.length;
  const PAGE = 50;
  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  const state = {
    name: "", statements: new Set(), country: "", kind: "", coalition: "",
    relations: new Set(data.relations.flatMap((r, k) => (r.default ? [k] : []))),
    sort: { column: "total", descending: true }, page: 0, rows: [],
  };
  if (!state.relations.size) data.relations.forEach((_, k) => state.relations.add(k));

  // Positions by statement, and each statement's counts per column for the chosen relations.
  const byStatement = data.statements.map(() => []);
  data.positions.forEach((position, p) => byStatement[position.statement].push(p));
  let statementCounts = [];

  function countStatements() {
    statementCounts = byStatement.map((positions) => {
      const counts = new Int32Array(C);
      for (const p of positions) {
        for (const [c, r] of data.positions[p].links) if (state.relations.has(r)) counts[c]++;
      }
      return counts;
    });
  }

  function agentStatements(agent) {
    return agent.statements.filter(([s]) => !state.statements.size || state.statements.has(s));
  }

  function normalize(text) {
    return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  const names = data.agents.map((agent) => normalize(agent.label + " " + (agent.acronym || "")));

  function agentPasses(agent, a) {
    if (state.name && !names[a].includes(state.name)) return false;
    if (state.country && !agent.countries.some(([code]) => code === state.country)) return false;
    if (state.kind) {
      const [facet, value] = state.kind.split(":");
      if (facet === "agent" ? agent.kind !== value : !agent.organizationKinds.includes(value)) return false;
    }
    if (state.coalition !== "" && !agent.coalitions.includes(Number(state.coalition))) return false;
    return !state.statements.size || agentStatements(agent).length > 0;
  }

  function rowOf(agent, a) {
    const counts = new Int32Array(C);
    for (const [s] of agentStatements(agent)) {
      const add = statementCounts[s];
      for (let c = 0; c < C; c++) counts[c] += add[c];
    }
    let total = 0;
    for (let c = 0; c < C; c++) total += counts[c];
    return { agent: a, counts, total };
  }

  function compare(a, b) {
    const { column, descending } = state.sort;
    let order;
    if (column === "name") order = data.agents[a.agent].label.localeCompare(data.agents[b.agent].label);
    else if (column === "total") order = a.total - b.total;
    else order = a.counts[column] - b.counts[column];
    if (descending) order = -order;
    return order || data.agents[a.agent].label.localeCompare(data.agents[b.agent].label) || a.agent - b.agent;
  }

  function update() {
    state.rows = [];
    data.agents.forEach((agent, a) => {
      if (agentPasses(agent, a)) state.rows.push(rowOf(agent, a));
    });
    state.rows.sort(compare);
    state.page = Math.min(state.page, Math.max(0, Math.ceil(state.rows.length / PAGE) - 1));
    renderRows();
    renderHead();
  }

  // ------------------------------------------------------------------------- the table

  function sortButton(text, column, title) {
    const button = el("button", text, "sort");
    button.type = "button";
    button.dataset.column = String(column);
    if (title) button.title = title;
    button.addEventListener("click", () => {
      const same = state.sort.column === column;
      state.sort = { column, descending: same ? !state.sort.descending : column !== "name" };
      state.page = 0;
      update();
    });
    return button;
  }

  function renderHead() {
    const head = $("matrix-head");
    const cells = [["Agent", "name", ""], ["All", "total", "All objectives and principles"]];
    data.concepts.forEach((concept, c) => cells.push([concept.heading, c, concept.label]));
    head.replaceChildren(
      ...cells.map(([text, column, title]) => {
        const th = el("th");
        th.scope = "col";
        if (typeof column === "number") th.className = data.concepts[column].kind;
        const sorted = state.sort.column === column;
        th.setAttribute("aria-sort", sorted ? (state.sort.descending ? "descending" : "ascending") : "none");
        th.append(sortButton(text, column, title));
        return th;
      }),
    );
  }

  function shade(count, max) {
    if (!count) return "";
    const strength = 0.15 + 0.75 * Math.min(1, Math.log2(1 + count) / Math.log2(1 + max));
    return "rgba(31, 59, 115, " + strength.toFixed(2) + ")";
  }

  function renderRows() {
    const start = state.page * PAGE;
    const shown = state.rows.slice(start, start + PAGE);
    let max = 1;
    for (const row of shown) for (let c = 0; c < C; c++) max = Math.max(max, row.counts[c]);
    $("matrix-body").replaceChildren(...shown.map((row) => renderRow(row, max)));
    const pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
    $("page-info").textContent =
      "Agents " + (state.rows.length ? start + 1 : 0) + "–" + (start + shown.length) + " of " + state.rows.length +
      " (page " + (state.page + 1) + " of " + pages + ")";
    $("page-prev").disabled = state.page === 0;
    $("page-next").disabled = state.page >= pages - 1;
  }

  function renderRow(row, max) {
    const agent = data.agents[row.agent];
    const tr = el("tr");
    const name = el("th", agent.label);
    name.scope = "row";
    name.title = [agent.acronym, agent.countries.map(([, n]) => n).join(", ")].filter(Boolean).join(" · ");
    tr.append(name, el("td", row.total, "total"));
    for (let c = 0; c < C; c++) {
      const td = el("td");
      if (row.counts[c]) {
        const button = el("button", row.counts[c], "cell");
        button.type = "button";
        button.style.backgroundColor = shade(row.counts[c], max);
        if (row.counts[c] / max > 0.5) button.style.color = "#fff";
        button.setAttribute("aria-label", row.counts[c] + " positions of " + agent.label + " on " + data.concepts[c].label);
        button.addEventListener("click", () => openCell(row.agent, c));
        td.append(button);
      }
      tr.append(td);
    }
    return tr;
  }

  // -------------------------------------------------------------------------- the quotes

  function cellPositions(a, c) {
    const found = [];
    for (const [s, direct] of agentStatements(data.agents[a])) {
      for (const p of byStatement[s]) {
        const links = data.positions[p].links.filter(([target, r]) => target === c && state.relations.has(r));
        if (links.length) found.push({ p, direct, relation: links[0][1] });
      }
    }
    return found;
  }

  function openCell(a, c) {
    const agent = data.agents[a];
    const found = cellPositions(a, c);
    const body = $("panel-body");
    body.replaceChildren(el("h2", agent.label), el("p", data.concepts[c].label, "concept"));
    const list = el("ol", null, "quotes");
    for (const { p, direct, relation } of found) {
      const position = data.positions[p];
      const statement = data.statements[position.statement];
      const item = el("li");
      item.append(
        el("blockquote", position.quote, "quote"),
        el("p", data.relations[relation].label + " · position " + position.order + " of “" + statement.title + "”" +
          (statement.date ? " (" + statement.date + ")" : "") + " · " + (direct ? "signed directly" : "through a coalition"), "source"),
      );
      list.append(item);
    }
    body.append(el("p", found.length + (found.length === 1 ? " position" : " positions"), "count"), list);
    $("panel").hidden = false;
    state.open = { agent: a, concept: c, positions: found.map(({ p }) => p) };
  }

  // ------------------------------------------------------------------------ the timeline

  function renderTimeline() {
    const order = data.statements.map((_, s) => s);
    order.sort((a, b) => String(data.statements[a].date).localeCompare(String(data.statements[b].date)) || a - b);
    $("timeline-body").replaceChildren(
      ...order.map((s) => {
        const statement = data.statements[s];
        const tr = el("tr");
        const only = el("button", "only this", "link");
        only.type = "button";
        only.addEventListener("click", () => chooseStatements([s]));
        const filter = el("td");
        filter.append(only);
        tr.append(
          el("td", statement.date || "undated"), el("th", statement.title), el("td", statement.event),
          el("td", statement.signatories + " (" + statement.direct + ")", "number"), el("td", statement.concepts, "number"), filter,
        );
        tr.firstChild.nextSibling.scope = "row";
        return tr;
      }),
    );
  }

  // --------------------------------------------------------------------------- filters

  function fillSelect(select, pairs) {
    for (const [value, label] of pairs) {
      const option = el("option", label);
      option.value = value;
      select.append(option);
    }
  }

  function chooseStatements(chosen) {
    state.statements = new Set(chosen);
    for (const option of $("filter-statement").options) option.selected = state.statements.has(Number(option.value));
    state.page = 0;
    update();
  }

  function setFilter(name, value) {
    state[name] = value;
    state.page = 0;
    update();
  }

  function setRelation(k, on) {
    if (on) state.relations.add(k);
    else state.relations.delete(k);
    countStatements();
    update();
  }

  function resetFilters() {
    Object.assign(state, { name: "", country: "", kind: "", coalition: "", page: 0 });
    for (const id of ["filter-name", "filter-country", "filter-kind", "filter-coalition"]) $(id).value = "";
    chooseStatements([]);
  }

  const countries = new Map();
  for (const agent of data.agents) for (const [code, name] of agent.countries) countries.set(code, name);
  fillSelect($("filter-country"), [...countries].sort((a, b) => a[1].localeCompare(b[1])));
  const orgKinds = new Set(data.agents.flatMap((agent) => agent.organizationKinds));
  fillSelect($("filter-kind"), [
    ...data.agentKinds.map(([kind, label]) => ["agent:" + kind, label]),
    ...[...orgKinds].sort().map((kind) => ["organization:" + kind, "Organization kind: " + kind]),
  ]);
  fillSelect($("filter-coalition"), data.coalitions.map(([, label], k) => [String(k), label]));
  fillSelect($("filter-statement"), data.statements.map((statement, s) => [String(s), statement.title + (statement.date ? " (" + statement.date + ")" : "")]));
  $("relations-legend").textContent = "Count positions by " + data.relationName;
  data.relations.forEach((relation, k) => {
    const label = el("label", null, "check");
    const box = el("input");
    box.type = "checkbox";
    box.value = String(k);
    box.checked = state.relations.has(k);
    box.addEventListener("change", () => setRelation(k, box.checked));
    label.append(box, document.createTextNode(" " + relation.label));
    $("filter-relations").append(label);
  });
  $("filter-name").addEventListener("input", (e) => setFilter("name", normalize(e.target.value.trim())));
  $("filter-statement").addEventListener("change", (e) =>
    chooseStatements(Array.from(e.target.selectedOptions, (option) => Number(option.value))),
  );
  $("filter-country").addEventListener("change", (e) => setFilter("country", e.target.value));
  $("filter-kind").addEventListener("change", (e) => setFilter("kind", e.target.value));
  $("filter-coalition").addEventListener("change", (e) => setFilter("coalition", e.target.value));
  $("filter-reset").addEventListener("click", resetFilters);
  $("page-prev").addEventListener("click", () => { state.page--; renderRows(); });
  $("page-next").addEventListener("click", () => { state.page++; renderRows(); });
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; });
  $("timeline-section").addEventListener("toggle", () => {
    if ($("timeline-section").open && !$("timeline-body").childElementCount) renderTimeline();
  });

  countStatements();
  update();
  requestAnimationFrame(() => {
    window.gcmkgFirstDrawMs = performance.now();
    document.body.dataset.drawn = "true";
  });

  window.gcmkgMatrix = {
    data, state, update, openCell, chooseStatements, setFilter, setRelation,
    rows: () => state.rows.map((row) => ({ id: data.agents[row.agent].id, total: row.total, counts: Array.from(row.counts) })),
  };
})();
