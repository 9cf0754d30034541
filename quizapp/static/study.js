// Keyboard shortcuts for flashcards: Space shows the answer, 1-4 grade it. The pages work without this.
document.addEventListener("keydown", (event) => {
  const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName);
  if (event.key === " " && !typing) {
    const flip = document.getElementById("flip-form");
    if (flip) {
      event.preventDefault();
      flip.requestSubmit();
    }
  }
  if (/^[1-4]$/.test(event.key) && !typing) {
    const button = document.querySelector(`.grades button[data-key="${event.key}"]`);
    if (button) {
      event.preventDefault();
      button.click();
    }
  }
});
document.documentElement.dataset.keys = "ready"; // the shortcuts listen from here on
