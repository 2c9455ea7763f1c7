// The guide's one interaction: its print button (the page itself is plain HTML).
const button = document.querySelector<HTMLButtonElement>("[data-action=print]");
if (button) button.onclick = () => window.print();
