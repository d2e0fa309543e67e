// Share block: a copy button and a print button. Without JavaScript both stay hidden and the
// link remains selectable text; the browser's own print command prints the same layout.
(function () {
  "use strict";
  document.querySelectorAll(".copy-link").forEach(function (button) {
    var input = document.getElementById(button.dataset.copyTarget);
    var status = button.closest(".share").querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      input.select();
      var done = function () { status.textContent = "De link is gekopieerd."; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () {
          status.textContent = "Kopiëren lukte niet: selecteer de link en kopieer hem zelf.";
        });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
  document.querySelectorAll(".print-page").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
