// Submits the hand-back form to the learning platform as soon as the page loads (the button stays for no-JS).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("lti-autopost");
  if (form) { form.submit(); }
});
