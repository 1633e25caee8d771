/*
 * The publication form: an "insert into body" button (data-insert-image, the image's link) puts
 * that image of the post into the editor at the cursor (PrimeFaces' textEditor is Quill; its widget
 * is named by data-editor). No inline script (CSP).
 */
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-insert-image]') : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var widget = window.PF ? PF(button.getAttribute('data-editor')) : null;
    var quill = widget ? widget.editor : null;
    if (!quill) {
      return;
    }
    var range = quill.getSelection(true);
    var at = range ? range.index : quill.getLength();
    quill.insertEmbed(at, 'image', button.getAttribute('data-insert-image'), 'user');
    quill.setSelection(at + 1, 0, 'silent');
  });
})();
