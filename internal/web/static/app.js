// Parallax: small enhancements; every page works without this script.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // Facts matrix: selecting a reported cell shows that outlet's sentences
  // under the matrix (on a phone there is no hover). A small story's rows
  // carry them; a large story's are fetched from the API.
  // The matrix is split in two tables (the rows past the fold in a
  // <details>); both show their cells' sentences in one place.
  var out = document.getElementById("cell-text");
  var matrices = document.querySelectorAll("table.matrix");
  if (out && matrices.length > 0) {
    var story = matrices[0].dataset.story;
    var outletOf = {};
    matrices[0].dataset.outlets.trim().split(" ").forEach(function (pair) {
      var kv = pair.split("=");
      outletOf[kv[0]] = kv[1];
    });
    var show = function (matrix, td) {
      var prev = document.querySelector("table.matrix td.selected");
      if (prev) prev.classList.remove("selected");
      td.classList.add("selected");
      var o = td.dataset.o;
      var name = matrix.querySelectorAll("thead th")[Number(o)].title;
      var row = td.parentElement;
      var items = row.querySelectorAll(".sentences li");
      if (items.length > 0) {
        out.textContent = Array.prototype.filter.call(items, function (li) {
          return li.dataset.o === o;
        }).map(function (li) { return li.textContent; }).join("\n");
        return;
      }
      out.textContent = "…";
      fetch("/api/v1/stories/" + encodeURIComponent(story) + "/facts/" + row.dataset.fact)
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (fact) {
          out.textContent = fact.sentences.filter(function (s) {
            return outletOf[s.article] === o;
          }).map(function (s) { return name + ": " + s.text; }).join("\n");
        })
        .catch(function () { out.textContent = "Could not load the sentences; open the fact instead."; });
    };
    matrices.forEach(function (matrix) {
      matrix.querySelectorAll("td.yes").forEach(function (td) {
        td.addEventListener("click", function () { show(matrix, td); });
        td.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(matrix, td); }
        });
      });
    });
  }
  // The stories filters: changing the sort applies it at once.
  var sort = document.querySelector(".filters select[name=sort]");
  if (sort) sort.addEventListener("change", function () { sort.form.submit(); });
});
