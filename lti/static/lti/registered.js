// LTI Dynamic Registration: tell the platform's page that registration is over (it closes the window or frame).
(function () {
  var target = window.opener || (window.parent !== window ? window.parent : null);
  if (target) { target.postMessage({ subject: "org.imsglobal.lti.close" }, "*"); }
})();
