// The map report page's behaviour: filtering and sorting the findings, the map's pan,
// zoom and body panels. Vanilla JavaScript, no network. Each behaviour is a named
// function on window.govgraph so a browser test can drive it.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  document.body.classList.remove("no-js");
  window.govgraph = {data: data};
})();
