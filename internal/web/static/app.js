// Parallax: small enhancements; every page works without this script.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // Facts matrix: selecting a reported cell shows that outlet's sentence
  // under the matrix (on a phone there is no hover to show the title).
  var out = document.getElementById("cell-text");
  if (out) {
    var show = function (td) {
      var prev = document.querySelector(".matrix td.selected");
      if (prev) prev.classList.remove("selected");
      td.classList.add("selected");
      out.textContent = td.dataset.outlet + ": " + td.dataset.text;
    };
    document.querySelectorAll(".matrix td.yes").forEach(function (td) {
      td.addEventListener("click", function () { show(td); });
      td.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(td); }
      });
    });
  }
  // The stories filters: changing the sort applies it at once.
  var sort = document.querySelector(".filters select[name=sort]");
  if (sort) sort.addEventListener("change", function () { sort.form.submit(); });
});
