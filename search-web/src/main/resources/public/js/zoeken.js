// Enhancements of the search page. Everything works without them: the search box, the filter form and its button.
(function () {
  'use strict';

  // Autocomplete: suggestions from /api/suggest in the search box's list (a native datalist, so the browser and
  // screen readers handle the keyboard). Only after a pause in typing, and only the last answer counts.
  var input = document.getElementById('q');
  var list = document.getElementById('suggesties');
  if (input && list && window.fetch) {
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = input.value.trim();
        if (typed.length < 2 || typed === asked) {
          return;
        }
        asked = typed;
        fetch('/api/suggest?limit=8&q=' + encodeURIComponent(typed))
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            if (typed !== asked) {
              return;
            }
            list.replaceChildren.apply(list, data.suggestions.map(function (s) {
              var option = document.createElement('option');
              option.value = s.text;
              return option;
            }));
          })
          .catch(function () { /* no suggestions: typing still works */ });
      }, 150);
    });
  }

  var filters = document.querySelector('form.filter-form');

  // "Gebruik mijn locatie": the browser's location instead of a postcode; asked only when the button is pressed.
  var locate = document.getElementById('mijn-locatie');
  if (filters && locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      var status = document.getElementById('locatie-status');
      status.textContent = 'Uw locatie wordt opgezocht…';
      navigator.geolocation.getCurrentPosition(function (position) {
        field(filters, 'lat').value = position.coords.latitude.toFixed(5);
        field(filters, 'lon').value = position.coords.longitude.toFixed(5);
        filters.elements.postcode.value = '';
        filters.requestSubmit ? filters.requestSubmit() : filters.submit();
      }, function () {
        status.textContent = 'Uw locatie is niet bekend. Vul uw postcode in.';
      }, { timeout: 15000, maximumAge: 600000 });
    });
  }

  // Short addresses: empty fields are not sent, and a typed postcode replaces an earlier location.
  document.querySelectorAll('form.filter-form, form.search').forEach(function (form) {
    form.addEventListener('submit', function () {
      var postcode = form.elements.postcode;
      var typedPostcode = postcode && postcode.value.trim() !== '';
      Array.prototype.forEach.call(form.elements, function (e) {
        var empty = e.name && e.value === '' && (e.type !== 'radio' || e.checked);
        var staleLocation = typedPostcode && (e.name === 'lat' || e.name === 'lon');
        var lonelyRadius = e.name === 'radius' && !typedPostcode && !(form.elements.lat && form.elements.lat.value);
        if (empty || staleLocation || lonelyRadius) {
          e.disabled = true;
        }
      });
    });
  });
  // Back to this page from the results (browser cache): the fields are usable again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form [disabled]').forEach(function (e) {
      if (e.name) {
        e.disabled = false;
      }
    });
  });

  function field(form, name) {
    var existing = form.elements[name];
    if (existing) {
      return existing;
    }
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name;
    form.appendChild(hidden);
    return hidden;
  }
})();
