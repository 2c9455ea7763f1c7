import type { AreaMessages } from "../en";
import type { glossary as source } from "../en/glossary";

/** The projector's glossary card, in German. */
export const glossary: AreaMessages<typeof source> = {
  "glossary.neuron.term": "Neuron",
  "glossary.neuron.meaning": "Du! Jeder Spieler ist ein Neuron: Es nimmt die Stärke des Balls auf, verändert sie und gibt sie an den nächsten Platz weiter.",
  "glossary.handshake.term": "Händedruck",
  "glossary.handshake.meaning": "Wie kräftig du den Ball weitergibst: die Zahl, die du an deinem Drehknopf einstellst. In einem echten Netz heißt sie Gewicht.",
  "glossary.excitability.term": "Erregbarkeit",
  "glossary.excitability.meaning": "Wie gern du feuerst, auch wenn wenig ankommt: eine Zahl, die dazukommt, bevor du den Ball weitergibst. Fachleute nennen sie Bias.",
  "glossary.miss.term": "Der Fehlwurf",
  "glossary.miss.meaning": "Wie weit der Ball vom Korb entfernt gelandet ist, zu kurz oder zu weit. Jede Regel, die aus Fehlern lernt, beginnt mit dieser Zahl.",
  "glossary.blame.term": "Anteil an der Schuld",
  "glossary.blame.meaning": "Wie viel vom Fehlwurf an deinem Händedruck lag, als Teil der ganzen Reihe (alle Anteile zusammen ergeben 100 %).",
  "glossary.note.term": "Der Zettel des Trainers",
  "glossary.note.meaning": "Was der Trainer jedem Neuron auf dem Rückweg gibt: den Fehler, der bei ihm ankam. Er sagt ihm, wie stark es sich ändern und in welche Richtung es drehen soll.",
  "glossary.firmer-looser.term": "Fester / lockerer",
  "glossary.firmer-looser.meaning": "In welche Richtung du deinen Händedruck drehst: fester macht den Ball, den du weitergibst, stärker, lockerer macht ihn schwächer.",
  "glossary.strictness.term": "Strenge",
  "glossary.strictness.meaning": "Wie groß jeder Schritt ist. Zu streng, und die Reihe schießt hin und her übers Ziel hinaus; zu sanft, und sie lernt langsam. Fachleute nennen das Lernrate.",
  "glossary.learned.term": "3 in Folge",
  "glossary.learned.meaning": "Eine Reihe, die dreimal nacheinander den Korb trifft, hat den Wurf gelernt.",
  "glossary.moving-hoop.term": "Der wandernde Korb",
  "glossary.moving-hoop.meaning": "Nach den ersten Würfen springt der Korb auf neue Entfernungen: Eine Reihe muss zielen lernen und sich nicht nur einen Wurf merken.",
};
