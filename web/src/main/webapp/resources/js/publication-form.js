/*
 * The publication form (no inline script: CSP).
 *
 * PrimeFaces' textEditor (Quill) copies what the user typed into its hidden field only when the
 * editor loses its selection, 200 ms after a blur: a click on "save" or "submit" sooner than that
 * would post the body as it was before the typing. So the field is brought up to date whenever the
 * form is submitted, and before any of its buttons acts.
 *
 * An "insert into content" button (data-insert-image, the image's link; data-editor, the editor's
 * widget) puts that picture of the post into the editor at the cursor.
 */
(function () {
  'use strict';

  function widget(name) {
    try {
      return window.PF ? PF(name) : null;
    } catch (e) {
      return null;
    }
  }

  function sync(name) {
    var w = widget(name);
    if (w && w.editor && w.input) {
      w.input.val(w.getEditorValue());
    }
  }

  function syncAll(root) {
    var editors = (root || document).querySelectorAll('[data-editor-widget]');
    Array.prototype.forEach.call(editors, function (el) {
      sync(el.getAttribute('data-editor-widget'));
    });
  }

  document.addEventListener('submit', function (event) {
    syncAll(event.target);
  }, true);

  document.addEventListener('mousedown', function (event) {
    var button = event.target.closest ? event.target.closest('button, input[type=submit]') : null;
    if (button && button.form) {
      syncAll(button.form);
    }
  }, true);

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button, input[type=submit]') : null;
    if (button && button.form) {
      syncAll(button.form);
    }
    var insert = event.target.closest ? event.target.closest('[data-insert-image]') : null;
    if (!insert) {
      return;
    }
    event.preventDefault();
    var name = insert.getAttribute('data-editor');
    var w = widget(name);
    var quill = w ? w.editor : null;
    if (!quill) {
      return;
    }
    var range = quill.getSelection(true);
    var at = range ? range.index : quill.getLength();
    quill.insertEmbed(at, 'image', insert.getAttribute('data-insert-image'), 'user');
    quill.setSelection(at + 1, 0, 'silent');
    sync(name);
  }, true);
})();
