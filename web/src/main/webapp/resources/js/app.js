/*
 * Limits are said, never enforced by cutting (issue 8, finding 6). A field's maxlength would make
 * the browser (and PrimeFaces' text area) drop whatever is typed or pasted past the limit without a
 * word; here the limit stays on the field as data-limit, a counter "typed / limit" shows it next to
 * the field (unless the page has its own counter), and the server refuses an over-long text with the
 * field's message. Password fields keep their maxlength. No inline script: this file is loaded from
 * the site itself, as the Content-Security-Policy asks.
 */
(function () {
  'use strict';

  if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.InputTextarea) {
    // the text area's own counter stays; its truncation on keyup goes
    PrimeFaces.widget.InputTextarea.prototype.applyMaxlength = function () {};
  }

  function counterFor(field) {
    var own = field.id ? document.getElementById(field.id + 'Counter') : null;
    if (own) {
      return null;
    }
    var next = field.nextElementSibling;
    if (next && next.classList.contains('field-counter')) {
      return next;
    }
    var counter = document.createElement('span');
    counter.className = 'field-hint field-counter';
    field.insertAdjacentElement('afterend', counter);
    return counter;
  }

  function update(field, counter) {
    var limit = parseInt(field.getAttribute('data-limit'), 10);
    var length = field.value.length;
    field.classList.toggle('is-over-limit', length > limit);
    if (counter) {
      counter.textContent = length + ' / ' + limit;
      counter.classList.toggle('is-over-limit', length > limit);
    }
  }

  function release(root) {
    var fields = root.querySelectorAll('input[maxlength]:not([type=password]), textarea[maxlength]');
    Array.prototype.forEach.call(fields, function (field) {
      field.setAttribute('data-limit', field.getAttribute('maxlength'));
      field.removeAttribute('maxlength');
      var counter = counterFor(field);
      update(field, counter);
      field.addEventListener('input', function () {
        update(field, counter);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    release(document);
  });
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      release(document);
    });
  }
})();
