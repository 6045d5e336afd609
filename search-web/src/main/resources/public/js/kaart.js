// Turns the map placeholders into Leaflet maps. The pages work without this script: every place is also written
// out as text, and the placeholders stay hidden. Nothing from a source is put into HTML: popups are built with
// textContent, and links are our own /activiteit/ pages.
(function () {
  'use strict';
  if (!window.L) { return; }

  function baseMap(el) {
    el.hidden = false;
    var map = L.map(el, { scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    L.tileLayer(el.dataset.tiles, {
      maxZoom: parseInt(el.dataset.maxZoom, 10) || 18,
      attribution: el.dataset.attribution
    }).addTo(map);
    return map;
  }

  function popup(title, href) {
    var node = document.createElement('a');
    node.textContent = title;
    node.href = href;
    return node;
  }

  document.querySelectorAll('[data-kaart="punt"]').forEach(function (el) {
    var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    if (isNaN(lat) || isNaN(lon)) { return; }
    var map = baseMap(el);
    map.setView([lat, lon], 16);
    var title = document.createElement('span');
    title.textContent = el.dataset.titel || '';
    L.marker([lat, lon], { alt: el.dataset.titel || 'Plaats' }).addTo(map).bindPopup(title);
  });

  document.querySelectorAll('[data-kaart="punten"]').forEach(function (el) {
    var list = el.parentNode.querySelectorAll('li[data-lat][data-lon]');
    if (list.length === 0) { return; }
    var map = baseMap(el);
    var layer = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
    var bounds = [];
    list.forEach(function (li) {
      var lat = parseFloat(li.dataset.lat), lon = parseFloat(li.dataset.lon);
      var link = li.querySelector('h2 a');
      if (isNaN(lat) || isNaN(lon) || !link) { return; }
      var title = link.textContent;
      layer.addLayer(L.marker([lat, lon], { alt: title, title: title })
        .bindPopup(popup(title, link.getAttribute('href'))));
      bounds.push([lat, lon]);
    });
    map.addLayer(layer);
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 }); }
  });
}());
