// Colours the wijken of the coverage map by their number of activities (a choropleth). The page works without
// this script: the same numbers are in the table under the map. Names come from our own GeoJSON and are only put
// in the page with textContent.
(function () {
  'use strict';
  var el = document.querySelector('[data-kaart="dekking"]');
  if (!window.L || !el || !window.fetch) { return; }

  // Light to dark blue; "geen aanbod" is hatched grey so it differs from "weinig" without relying on colour alone.
  var STEPS = [1, 3, 6, 10];
  var COLOURS = ['#deebf7', '#9ecae1', '#4292c6', '#08519c', '#08306b'];

  function colour(count) {
    var i = 0;
    while (i < STEPS.length && count >= STEPS[i]) { i++; }
    return count === 0 ? '#bdbdbd' : COLOURS[i];
  }

  function label(p) {
    var node = document.createElement('span');
    node.textContent = p.naam + ': ' + p.aantal + ' activiteiten (vorige periode ' + p.vorige + ')'
      + (p.aanbod ? ', ' + p.aanbod : '');
    return node;
  }

  function legend(map) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'legenda');
      var rows = [[0, 'geen aanbod']].concat(STEPS.map(function (s, i) {
        return [s, s + (i + 1 < STEPS.length ? ' tot ' + STEPS[i + 1] : ' of meer')];
      }));
      rows.forEach(function (r) {
        var line = document.createElement('div');
        var box = document.createElement('i');
        box.style.background = colour(r[0]);
        line.appendChild(box);
        line.appendChild(document.createTextNode(r[1]));
        div.appendChild(line);
      });
      return div;
    };
    control.addTo(map);
  }

  fetch(el.dataset.geojson, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data || !data.features || data.features.length === 0) { return; }
      el.hidden = false;
      var map = L.map(el, { scrollWheelZoom: false });
      map.attributionControl.setPrefix(false);
      L.tileLayer(el.dataset.tiles, {
        maxZoom: parseInt(el.dataset.maxZoom, 10) || 18,
        attribution: el.dataset.attribution
      }).addTo(map);
      var layer = L.geoJSON(data, {
        style: function (f) {
          return { color: '#333', weight: 1, fillOpacity: 0.7, fillColor: colour(f.properties.aantal) };
        },
        onEachFeature: function (f, shape) { shape.bindTooltip(label(f.properties)); }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
      legend(map);
    })
    .catch(function () { /* the table under the map has the same numbers */ });
}());
