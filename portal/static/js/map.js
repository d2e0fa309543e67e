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

  function label(point) {
    var text = document.createElement("div");
    var name = document.createElement(point.url ? "a" : "strong");
    name.textContent = point.name;
    if (point.url) { name.href = point.url; }
    text.appendChild(name);
    if (point.approximate) {
      text.appendChild(document.createElement("br"));
      text.appendChild(document.createTextNode("Ligging bij benadering"));
    }
    return text;
  }

  function draw(L, box, container, points) {
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.mapTiles, {
      maxZoom: 18,
      attribution: box.dataset.mapAttribution
    }).addTo(map);
    // Leaflet's own marker images, by the URLs the page names (their file names carry a hash,
    // which Leaflet's guess from its stylesheet cannot follow).
    var icon = L.icon({
      iconUrl: box.dataset.markerIcon,
      iconRetinaUrl: box.dataset.markerIcon2x,
      shadowUrl: box.dataset.markerShadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41]
    });
    var bounds = [];
    points.forEach(function (point) {
      var marker = L.marker([point.lat, point.lon], { icon: icon, title: point.name, alt: point.name }).addTo(map);
      marker.bindPopup(label(point));
      bounds.push([point.lat, point.lon]);
    });
    // Other apps' layers on the same page (a panel's `.map-layer` with its own JSON block),
    // drawn as round markers in another colour and named in a legend under the map.
    var legend = [];
    document.querySelectorAll(".map-layer").forEach(function (layer) {
      var block = layer.querySelector("script[type='application/json']");
      if (!block) { return; }
      var extra = JSON.parse(block.textContent);
      extra.forEach(function (point) {
        var marker = L.circleMarker([point.lat, point.lon], {
          radius: 8, color: "#7c2d12", weight: 2, fillColor: "#ea580c", fillOpacity: 0.85
        }).addTo(map);
        marker.bindPopup(label(point));
        bounds.push([point.lat, point.lon]);
      });
      if (extra.length) { legend.push(layer.dataset.layer); }
    });
    if (legend.length) {
      var note = document.createElement("p");
      note.className = "map-legend small mt-2 mb-0";
      note.textContent = "Spelden: de plaatsen uit de lijst. Oranje bollen: " + legend.join(", ").toLowerCase() + ".";
      container.insertAdjacentElement("afterend", note);
    }
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
