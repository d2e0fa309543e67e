// The optional map. It loads tiles only after the visitor asks for it; the points come from a
// JSON block in the page, so the map costs no extra request to our server.
(function () {
  "use strict";
  document.querySelectorAll(".map-box").forEach(function (box) {
    var button = box.querySelector(".map-open");
    var container = box.querySelector(".map");
    var data = box.querySelector("script[type='application/json']");
    if (!button || !container || !data || typeof L === "undefined") { return; }
    var points = JSON.parse(data.textContent);
    if (!points.length) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      button.hidden = true;
      container.hidden = false;
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
    });
  });
})();
