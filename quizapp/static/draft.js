// Answers saved as the student goes: a second after the last change, and when the page is left, the form is
// sent to the attempt's draft address; the next load of the page shows them again. Without this script the
// quiz works the same, and "Review my answers" saves.
const form = document.querySelector("form.quiz[data-draft]");
if (form) {
  let timer = null;
  let sent = new URLSearchParams(new FormData(form)).toString();
  const save = (leaving) => {
    clearTimeout(timer);
    const data = new FormData(form);
    const now = new URLSearchParams(data).toString();
    if (now === sent) return;
    sent = now;
    if (leaving && navigator.sendBeacon) {
      navigator.sendBeacon(form.dataset.draft, data);
      return;
    }
    fetch(form.dataset.draft, { method: "POST", body: data, credentials: "same-origin" })
      .then((response) => { form.dataset.saved = response.ok ? "yes" : "no"; })
      .catch(() => { form.dataset.saved = "no"; sent = ""; });
  };
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => save(false), 1000);
  });
  form.addEventListener("change", () => save(false));
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(true); });
  window.addEventListener("pagehide", () => save(true));
}
