/*
 * The calendar feeds page: a "copy" button copies the link of the field it names
 * (data-copy-target) and says so on itself for two seconds. No inline script (CSP).
 */
(function () {
  'use strict';

  function copied(button) {
    var label = button.querySelector('.ui-button-text') || button;
    var before = label.textContent;
    label.textContent = button.getAttribute('data-copied') || before;
    window.setTimeout(function () {
      label.textContent = before;
    }, 2000);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    if (!field) {
      return;
    }
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () {
        copied(button);
      });
    } else {
      document.execCommand('copy');
      copied(button);
    }
  });
})();
