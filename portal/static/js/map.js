// The optional map. Leaflet and the tiles load only after the visitor asks for the map; the
// points come from a JSON block in the page, so opening it costs no request for data.
(function () {
  "use strict";

  var leaflet = null;  // one load of Leaflet's files for every map on the page

  function loadLeaflet(box) {
    if (leaflet) { return leaflet; }
    leaflet = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = box.dataset.leafletCss;
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = box.dataset.leafletJs;
      script.onload = function () { resolve(window.L); };
      script.onerror = function () { leaflet = null; reject(); };
      document.head.appendChild(script);
    });
    return leaflet;
  }

  function draw(L, box, container, points) {
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.mapTiles, {
      maxZoom: 18,
      attribution: box.dataset.mapAttribution
    }).addTo(map);
    var bounds = [];
    points.forEach(function (point) {
      var marker = L.marker([point.lat, point.lon], { title: point.name, alt: point.name }).addTo(map);
      var label = document.createElement("div");
      var name = document.createElement(point.url ? "a" : "strong");
      name.textContent = point.name;
      if (point.url) { name.href = point.url; }
      label.appendChild(name);
      if (point.approximate) {
        label.appendChild(document.createElement("br"));
        label.appendChild(document.createTextNode("Ligging bij benadering"));
      }
      marker.bindPopup(label);
      bounds.push([point.lat, point.lon]);
    });
    if (bounds.length === 1) { map.setView(bounds[0], 12); } else { map.fitBounds(bounds, { padding: [24, 24] }); }
  }

  document.querySelectorAll(".map-box").forEach(function (box) {
    var button = box.querySelector(".map-open");
    var container = box.querySelector(".map");
    var status = box.querySelector(".map-status");
    var data = box.querySelector("script[type='application/json']");
    if (!button || !container || !data) { return; }
    var points = JSON.parse(data.textContent);
    if (!points.length) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = "De kaart wordt geladen…";
      loadLeaflet(box).then(function (L) {
        button.hidden = true;
        container.hidden = false;
        status.textContent = "";
        draw(L, box, container, points);
      }, function () {
        button.disabled = false;
        status.textContent = "De kaart kon niet geladen worden. De lijst bevat dezelfde plaatsen.";
      });
    });
  });
})();
