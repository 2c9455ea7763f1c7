import type { AreaMessages } from "../en";
import type { rules as source } from "../en/rules";

/** The learning rules in words, in German. */
export const rules: AreaMessages<typeof source> = {
  "rules.noVoteAfterHit": "Drin! Niemand ist schuld, also gibt es diesmal keine Abstimmung.",

  "rules.size.tiny": "winzig",
  "rules.size.small": "klein",
  "rules.size.medium": "mittel",
  "rules.size.big": "groß",
  "rules.size.huge": "riesig",

  "rules.backprop.title": "Backprop-Trainer",
  "rules.backprop.summary": "Der Trainer geht die Reihe rückwärts entlang und sagt jedem Spieler genau, wie viel Schuld er am Fehlwurf hat.",
  "rules.backprop.signalMeaning": "das Fehlersignal, das bei dir ankam",
  "rules.backprop.teller": "der Trainer",
  "rules.backprop.step": "Der Trainer geht zurück",
  "rules.backprop.after":
    "Der Trainer geht vom Korb über dieselben Händedrücke zurück, durch die der Ball kam, und gibt jedem Neuron einen Zettel: seinen Anteil an der Schuld und in welche Richtung es drehen soll.",
  "rules.backprop.afterHit": "Drin! Niemand ist schuld. Der Trainer geht trotzdem mit kleinen Zetteln zurück, damit der nächste Wurf näher an der Mitte landet.",
  "rules.backprop.catch":
    "Dafür müsste ein echtes Neuron eine Nachricht rückwärts durch seinen eigenen Händedruck schicken. Genau das finden Forschende schwer zu glauben.",
  "rules.backprop.vote": "Wer ist am meisten schuld?",
  "rules.backprop.waiting": "Stimme abgegeben. Warten auf den Trainer…",
  "rules.backprop.cards": "Die Karten des Trainers",
  "rules.backprop.signal": "Zettel",
  "rules.backprop.mark": "Trainer",
  "rules.backprop.court": "Auf dem Platz: Der grüne Trainer bleibt bei jedem Neuron stehen; das weiße Quadrat ist sein Zettel, so groß wie der Fehler, der dort ankam.",

  "rules.feedback-alignment.title": "Eigene Rückmelde-Drähte",
  "rules.feedback-alignment.summary": "Kein Trainer: Der Zettel über den Fehlwurf reist über eigene Drähte zurück, die zufällig verlegt wurden und sich nie ändern.",
  "rules.feedback-alignment.signalMeaning": "das Fehlersignal, das über die Rückmelde-Drähte bei dir ankam",
  "rules.feedback-alignment.teller": "die Drähte",
  "rules.feedback-alignment.step": "Zettel auf den Drähten",
  "rules.feedback-alignment.after":
    "Hier gibt es keinen Trainer. Der Fehlwurf steht auf einem Zettel, der über eigene Drähte zurückreist, nicht über die Händedrücke. Jeder Draht bekam am Anfang eine zufällige Stärke und ändert sich nie.",
  "rules.feedback-alignment.afterHit": "Drin! Niemand ist schuld. Trotzdem reisen kleine Zettel über die Drähte zurück, damit der nächste Wurf näher an der Mitte landet.",
  "rules.feedback-alignment.catch": "Ein Zettel zeigt nur dort in die richtige Richtung, wo die Vorzeichen der Drähte (+ oder −) mit denen der Händedrücke übereinstimmen.",
  "rules.feedback-alignment.vote": "Wem geben die Zettel der Drähte die meiste Schuld?",
  "rules.feedback-alignment.waiting": "Stimme abgegeben. Warten auf die Zettel…",
  "rules.feedback-alignment.cards": "Zettel von den Drähten",
  "rules.feedback-alignment.signal": "Zettel",
  "rules.feedback-alignment.mark": "Drähte",
  "rules.feedback-alignment.court":
    "Auf dem Platz: Die gestrichelten Bögen über den Köpfen sind die Drähte, dicker bei einem stärkeren Draht, mit ihrem Vorzeichen (+ oder −); der weiße Zettel fährt auf ihnen zurück.",

  "rules.activity-difference.title": "Schubsen und vergleichen",
  "rules.activity-difference.summary":
    "Der letzte Spieler bekommt einen Schubs in Richtung des richtigen Wurfs; alle spüren, wie der Schubs zurückläuft, und lernen daraus, wie sich ihr eigenes Feuern verändert hat.",
  "rules.activity-difference.signalMeaning": "wie sehr sich dein Feuern verändert hat, als die Reihe geschubst wurde",
  "rules.activity-difference.teller": "der Schubs",
  "rules.activity-difference.step": "Schubsen und vergleichen",
  "rules.activity-difference.after":
    "Kein Trainer und kein Zettel. Der Werfer bekommt einen Schubs zu einem besseren Wurf, der Schubs breitet sich über die Händedrücke nach hinten aus, und jedes Neuron vergleicht, wie es mit dem Schubs feuert, mit dem, wie es beim Wurf ohne ihn gefeuert hat.",
  "rules.activity-difference.afterHit": "Drin! Niemand ist schuld. Ein winziger Schubs zur Mitte läuft trotzdem zurück, und jedes Neuron vergleicht sein Feuern.",
  "rules.activity-difference.catch":
    "Nur Änderungen im Feuern reisen zurück, und das können echte Neuronen. Wie sehr sich das Feuern eines Neurons geändert hat, ergibt seinen Anteil an der Schuld.",
  "rules.activity-difference.vote": "Wem gibt der Schubs die meiste Schuld?",
  "rules.activity-difference.waiting": "Stimme abgegeben. Warten auf den Schubs…",
  "rules.activity-difference.cards": "Was der Schubs verändert hat",
  "rules.activity-difference.signal": "Schubs",
  "rules.activity-difference.mark": "Schubs",
  "rules.activity-difference.court":
    "Auf dem Platz: Das gelbe Leuchten ist der Schubs. Über jedem Kopf heißt ▲, dass es etwas mehr gefeuert hat, ▼ etwas weniger.",

  "rules.trial-and-error.title": "Versuch und Irrtum",
  "rules.trial-and-error.summary": "Alle wackeln zufällig ein bisschen an ihrem Griff und die Reihe wirft noch einmal: Wackler, die geholfen haben, bleiben.",
  "rules.trial-and-error.signalMeaning": "dein eigener zufälliger Wackler (er bleibt, wenn der zweite Wurf näher war, sonst wird er umgedreht)",
  "rules.trial-and-error.teller": "der Wackler",
  "rules.trial-and-error.step": "Wackeln und noch mal werfen",
  "rules.trial-and-error.after":
    "Niemand geht zurück. Jedes Neuron wackelt zufällig ein bisschen an seinem Händedruck, und der Ball wird noch einmal weitergegeben und geworfen. Näher? Alle behalten ihren Wackler. Weiter weg? Alle drehen stattdessen in die andere Richtung.",
  "rules.trial-and-error.afterHit": "Drin! Trotzdem wackeln alle, und der Ball wird noch einmal weitergegeben und geworfen: Die Wackler bleiben, wenn der Ball näher an der Mitte landet.",
  "rules.trial-and-error.catch": "Jede Änderung braucht zwei Würfe, und je mehr Neuronen gleichzeitig wackeln, desto schwerer ist zu erkennen, wessen Wackler geholfen hat.",
  "rules.trial-and-error.noVote": "Hier gibt es keine Abstimmung: Alle wackeln zufällig, und ein zweiter Wurf entscheidet.",
  "rules.trial-and-error.waiting": "Warten auf den zweiten Wurf…",
  "rules.trial-and-error.cards": "Der Wackler von allen",
  "rules.trial-and-error.signal": "Wackler",
  "rules.trial-and-error.mark": "Wackler",
  "rules.trial-and-error.court":
    "Auf dem Platz: Der gestrichelte weiße Bogen ist der zweite Wurf; die Worte über dem Fehlwurf sagen, ob alle ihren Wackler behalten.",

  "rules.fire-together.title": "Gemeinsam feuern, gemeinsam verbinden",
  "rules.fire-together.summary": "Partner, die gleichzeitig feuern, greifen einander fester. Niemand erfährt je vom Fehlwurf.",
  "rules.fire-together.signalMeaning": "wie stark du und der Spieler vor dir gemeinsam gefeuert habt",
  "rules.fire-together.teller": "niemand",
  "rules.fire-together.step": "Gemeinsam feuern, gemeinsam verbinden",
  "rules.fire-together.after": "Niemand erfährt vom Fehlwurf. Nachbarn, die gemeinsam gefeuert haben, greifen einander etwas fester, und jeder Griff lässt ein bisschen nach.",
  "rules.fire-together.afterHit": "Drin! Aber niemand erfährt davon: Nachbarn, die gemeinsam gefeuert haben, greifen fester, wie nach jedem Wurf.",
  "rules.fire-together.catch": "Nichts hier weiß, wo der Ball gelandet ist, also kann die Reihe einen Fehlwurf nicht korrigieren.",
  "rules.fire-together.noVote": "Keine Abstimmung: Niemand erfährt vom Fehlwurf.",
  "rules.fire-together.waiting": "Warten…",
  "rules.fire-together.cards": "Wer gemeinsam gefeuert hat",
  "rules.fire-together.signal": "gemeinsam",
  "rules.fire-together.mark": "Feuern",
  "rules.fire-together.court": "Auf dem Platz: Die leuchtenden Verbindungen verbinden Nachbarn, die gemeinsam gefeuert haben; ihr Griff wird stärker.",
};
