// The query editor: YASGUI with one tab per query of the gcmkg library, talking only to this server.
//
// YASGUI's class and property autocompleters ask a third-party service (LOV) as you type, and its
// prefix list is a snapshot of prefix.cc with entries nobody needs here: the editor offers the
// project's own prefixes instead, and nothing is requested from any other host. Tabs are not
// restored from a previous visit (persistenceId: null), so the library tabs are always current.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("gcmkg-editor").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;

  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.Autocompleters.prefixes.get = function () {
    return Promise.resolve(config.prefixes);
  };
  delete Yasgui.Yasqe.Autocompleters["class"];
  delete Yasgui.Yasqe.Autocompleters.property;

  // Result tables link this graph's IRIs to their pages on this server, not to w3id.org.
  var table = Yasgui.Yasr.plugins.table;
  if (table && table.prototype.getUriLinkFromBinding) {
    var link = table.prototype.getUriLinkFromBinding;
    var ours = new RegExp("href=([\"'])" + config.idBase.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g");
    table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
      return link.call(this, binding, prefixes).replace(ours, "href=$1/id/");
    };
  }

  var tabs = config.tabs;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: false,
    copyEndpointOnNewTab: true,
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: endpoint }];
      },
    },
    yasqe: { value: tabs.length ? tabs[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" },
  });

  var descriptions = {};
  tabs.forEach(function (tab, index) {
    var added = yasgui.addTab(index === 0, {
      name: tab.title,
      yasqe: { value: tab.query },
      requestConfig: { endpoint: endpoint, method: "POST" },
    });
    descriptions[added.getId()] = tab.name + (tab.description ? ": " + tab.description : "");
  });

  var described = document.getElementById("query-description");
  function describe(tabId) {
    described.textContent = descriptions[tabId] || "";
  }
  yasgui.on("tabSelect", function (_instance, tabId) {
    describe(tabId);
  });
  var current = yasgui.getTab();
  if (current) {
    describe(current.getId());
  }
  window.gcmkgEditor = yasgui;
})();
