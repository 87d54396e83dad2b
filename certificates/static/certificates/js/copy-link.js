// "Copy link" buttons on My certificates; without JavaScript the read-only field still selects on focus.
document.querySelectorAll(".cert-link").forEach(function (input) {
  input.addEventListener("focus", function () { input.select(); });
});
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
  var input = document.getElementById(button.dataset.copyTarget);
  var status = button.nextElementSibling;
  button.hidden = false;
  button.addEventListener("click", function () {
    var done = function () { status.textContent = status.dataset.copiedText; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
    } else {
      input.select();
      if (document.execCommand("copy")) { done(); }
    }
  });
});
