/*
 * The conference-room calendar's extender (p:schedule extender="sdConferenceCalendar"): the office
 * hours marked, the toolbar's words in the reader's language, and in Thai the years of the titles
 * in the Buddhist era (+543), as the date pickers show them. The data come from the calendar's box
 * (data-opening, data-closing, data-thai, data-texts). No inline script: loaded from the site.
 */
(function () {
  'use strict';

  var BUDDHIST_OFFSET = 543;

  /** Gregorian years near the view's dates written as Buddhist-era years (an era year is left). */
  function buddhist(text, around) {
    return text.replace(/\b(\d{4})\b/g, function (whole, digits) {
      var year = parseInt(digits, 10);
      return Math.abs(year - around) <= 1 ? String(year + BUDDHIST_OFFSET) : whole;
    });
  }

  function rewriteYears(root, around) {
    var nodes = root.querySelectorAll(
      '.fc-toolbar-title, .fc-list-day-text, .fc-list-day-side-text, .fc-col-header-cell-cushion');
    Array.prototype.forEach.call(nodes, function (node) {
      var fixed = buddhist(node.textContent, around);
      if (fixed !== node.textContent) {
        node.textContent = fixed;
      }
    });
  }

  window.sdConferenceCalendar = function () {
    var widget = this;
    var element = document.getElementById(widget.cfg.id);
    var box = element ? element.closest('.sd-schedule-box') : null;
    var data = box ? box.dataset : {};
    var options = widget.cfg.options;
    var thai = data.thai === 'true';

    if (data.opening && data.closing) {
      options.businessHours = {
        daysOfWeek: [1, 2, 3, 4, 5],
        startTime: data.opening,
        endTime: data.closing
      };
    }
    options.nowIndicator = true;
    // the month view draws each block in its room's colour too (not as a dot)
    options.eventDisplay = 'block';
    if (window.matchMedia && window.matchMedia('(max-width: 640px)').matches) {
      // a phone: one day at a time (a week's seven columns do not fit)
      options.initialView = 'timeGridDay';
    }
    options.firstDay = 1;
    options.eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false };
    options.slotLabelFormat = { hour: '2-digit', minute: '2-digit', hour12: false };
    if (data.texts) {
      var t = data.texts.split('|');
      options.buttonText = {
        today: t[0], month: t[1], week: t[2], day: t[3], list: t[4]
      };
      options.allDayText = t[5];
      options.noEventsText = t[6];
    }
    options.eventDidMount = function (info) {
      var description = info.event.extendedProps && info.event.extendedProps.description;
      if (description) {
        info.el.setAttribute('title', description);
      }
      var id = info.event.id || '';
      info.el.setAttribute('data-entry', id);
    };
    if (thai) {
      var around = new Date().getFullYear();
      var rewrite = function () {
        window.setTimeout(function () {
          rewriteYears(element, around);
        }, 0);
      };
      options.datesSet = function (info) {
        around = new Date((info.start.getTime() + info.end.getTime()) / 2).getFullYear();
        rewrite();
      };
      options.eventsSet = rewrite;
    }
  };
})();
