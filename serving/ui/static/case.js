/* Case page: send the feedback form to POST /feedback as JSON and show the answer.
 * No framework, no external resources. Everything is written with textContent (never innerHTML). */
(function () {
  "use strict";

  var form = document.getElementById("feedback-form");
  if (!form) { return; }
  var statusBox = document.getElementById("feedback-status");
  var submit = document.getElementById("feedback-submit");
  var list = document.getElementById("feedback-list");
  var empty = document.getElementById("feedback-empty");
  var FIELDS = ["reviewer", "final_tier", "final_route", "outcome", "comment"];
  var STORAGE_KEY = "licenseTriage.reviewer";

  submit.disabled = false;
  try {
    var saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved && !form.elements.reviewer.value) { form.elements.reviewer.value = saved; }
  } catch (e) { /* storage may be disabled: nothing to restore */ }

  function labelFor(name) {
    var control = form.elements[name];
    var label = control && control.id ? form.querySelector("label[for='" + control.id + "']") : null;
    return label ? label.textContent.replace(/\(optional\)/, "").trim() : name;
  }

  function optionText(name, value) {
    var select = form.elements[name];
    if (select && select.options) {
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === value) { return select.options[i].textContent; }
      }
    }
    return value == null ? "" : String(value);
  }

  function clearErrors() {
    FIELDS.forEach(function (name) {
      var control = form.elements[name];
      var slot = document.getElementById("fb-" + name + "-error");
      if (control) { control.removeAttribute("aria-invalid"); }
      if (slot) { slot.textContent = ""; slot.hidden = true; }
    });
  }

  function markError(name, reason) {
    var control = form.elements[name];
    var slot = document.getElementById("fb-" + name + "-error");
    if (!control || !slot) { return false; }
    control.setAttribute("aria-invalid", "true");
    slot.textContent = reason;
    slot.hidden = false;
    return true;
  }

  function setStatus(kind, message, details, link) {
    statusBox.className = "status status-" + kind;
    statusBox.textContent = "";
    var p = document.createElement("p");
    p.textContent = message;
    statusBox.appendChild(p);
    if (details && details.length) {
      var ul = document.createElement("ul");
      details.forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        ul.appendChild(li);
      });
      statusBox.appendChild(ul);
    }
    if (link) {
      var a = document.createElement("a");
      a.href = link.href;
      a.textContent = link.text;
      statusBox.appendChild(a);
    }
  }

  function when(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso || ""; }
    return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function addRow(row) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-feedback-id", String(row.feedback_id));
    var cells = [
      ["td", when(row.received_at)],
      ["th", row.reviewer],
      ["td", row.final_tier],
      ["td", optionText("final_route", row.final_route)],
      ["td", String(row.outcome || "").replace(/_/g, " ")],
      ["td", row.comment || ""]
    ];
    cells.forEach(function (cell) {
      var el = document.createElement(cell[0]);
      if (cell[0] === "th") { el.setAttribute("scope", "row"); }
      el.textContent = cell[1] == null ? "" : String(cell[1]);
      tr.appendChild(el);
    });
    var body = list.tBodies[0] || list.appendChild(document.createElement("tbody"));
    body.insertBefore(tr, body.firstChild);
    if (empty) { empty.hidden = true; }
  }

  function collect() {
    var comment = form.elements.comment.value.trim();
    return {
      application_id: form.elements.application_id.value,
      decision_id: form.elements.decision_id.value,
      reviewer: form.elements.reviewer.value.trim(),
      final_tier: form.elements.final_tier.value,
      final_route: form.elements.final_route.value,
      outcome: form.elements.outcome.value,
      comment: comment ? comment : null
    };
  }

  function localProblems(body) {
    var problems = [];
    if (!body.reviewer) { problems.push({ field: "reviewer", reason: "enter your name or user id" }); }
    if (!body.outcome) { problems.push({ field: "outcome", reason: "choose what became of the application" }); }
    return problems;
  }

  function showProblems(message, problems, link) {
    var details = (problems || []).map(function (p) {
      var field = String(p.field || "");
      markError(field, p.reason);
      return (FIELDS.indexOf(field) >= 0 ? labelFor(field) : field) + ": " + p.reason;
    });
    setStatus("error", message, details, link);
    var first = (problems || []).map(function (p) { return form.elements[p.field]; }).filter(Boolean)[0];
    if (first) { first.focus(); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
    var body = collect();
    var problems = localProblems(body);
    if (problems.length) {
      showProblems("Feedback not recorded: please correct the fields below.", problems);
      return;
    }
    try { window.localStorage.setItem(STORAGE_KEY, body.reviewer); } catch (e) { /* optional */ }
    submit.disabled = true;
    setStatus("pending", "Sending feedback…");
    fetch(form.getAttribute("data-endpoint") || "/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.ok && data) {
          setStatus("ok", "Feedback recorded (id " + data.feedback_id + ")");
          addRow(data);
          form.elements.outcome.value = "";
          form.elements.comment.value = "";
          return;
        }
        var message = (data && data.error) ? data.error : "the service answered HTTP " + response.status;
        var link = null;
        if (response.status === 401 || response.status === 403) {
          link = { href: (form.getAttribute("data-login") || "/ui/login") + "?next=" + encodeURIComponent(window.location.pathname),
                   text: "Log in again" };
        }
        showProblems("Feedback not recorded: " + message, data && data.errors, link);
      });
    }).catch(function (error) {
      setStatus("error", "Feedback not recorded: the service could not be reached (" + error.message + "). Try again.");
    }).then(function () {
      submit.disabled = false;
    });
  });
}());
