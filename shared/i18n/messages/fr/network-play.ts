import type { AreaMessages } from "../en";
import type { networkPlay as source } from "../en/network-play";

/** A class played as one network, in French. */
export const networkPlay: AreaMessages<typeof source> = {
  "netplay.settings.shape": "Comment la classe joue",
  "netplay.settings.lines": "En lignes (équipes)",
  "netplay.settings.network": "En un seul réseau : toute la classe est un cerveau",
  "netplay.settings.layers": "Couches avant le tireur",
  "netplay.settings.width": "Neurones par couche",
  "netplay.settings.seats":
    "{layers, plural, one {# couche} other {# couches}} de {width, number} et un tireur : {seats, plural, one {# place} other {# places}}",
  "netplay.settings.tooMany": "Cela fait plus de {max, number} places : prends moins de couches ou des couches plus étroites.",
  "netplay.settings.rule": "La règle d’apprentissage du réseau",

  "netplay.lobby.network": "un réseau de {seats, plural, one {# neurone} other {# neurones}}",
  "netplay.lobby.full": "complet : chaque neurone a quelqu’un (ajoute une couche ou élargis-les dans les Réglages)",

  "netplay.head.seat": "Couche {layer, number} sur {layers, number} · neurone {index, number} sur {width, number}",
  "netplay.head.shooter": "Le tireur (dernière couche)",
  "netplay.neighbours.label": "Tes voisins",
  "netplay.in.legend": "Ce qu’on te passe",
  "netplay.in.distance": "La distance du panier",
  "netplay.in.distanceShort": "Distance",
  "netplay.col.from": "De",
  "netplay.col.value": "A donné",
  "netplay.col.handshake": "Ta poignée de main",
  "netplay.me.excitability": "Ton excitabilité",
  "netplay.me.out": "Tu as passé",
  "netplay.out.to": "Tu passes à : {names}",
  "netplay.out.shoot": "C’est toi qui tires au panier.",
  "netplay.wait.network": "Tu es un neurone du réseau de la classe.",
  "netplay.wait.alone": "Tu es un neurone de ce réseau. Tous les autres neurones sont des bots.",
  "netplay.wait.pass": "La balle traverse le réseau…",

  "netplay.vote.question":
    "{teller, select, coach {Laquelle de tes poignées de main l’entraîneur va-t-il le plus accuser ?} wires {Laquelle de tes poignées de main les notes des fils vont-elles le plus accuser ?} nudge {Laquelle de tes poignées de main le petit coup de pouce va-t-il le plus accuser ?} other {Laquelle de tes poignées de main est fautive ?}}",
  "netplay.vote.pick": "Accuser ta poignée de main avec {name} (a donné {value})",
  "netplay.vote.way": "Dans quel sens la tourner ?",
  "netplay.vote.one": "Tu n’as qu’une poignée de main, donc il n’y a rien à choisir : dis seulement dans quel sens la tourner.",
  "netplay.vote.result":
    "Ton vote : {handshake, select, right {{teller, select, wires {la poignée de main que les fils ont le plus accusée} nudge {la poignée de main que le coup de pouce a le plus accusée} other {la bonne poignée de main}}} other {{teller, select, coach {l’entraîneur} wires {les fils} other {le coup de pouce}} en a plus accusé une autre}}, {direction, select, right {{teller, select, wires {dans le sens donné par les fils} nudge {dans le sens donné par le coup de pouce} other {dans le bon sens}}} other {dans l’autre sens}}.",
  "netplay.vote.resultWay":
    "Ton vote : {direction, select, right {{teller, select, wires {dans le sens donné par les fils} nudge {dans le sens donné par le coup de pouce} other {dans le bon sens}}} other {dans l’autre sens}}.",

  "netplay.coach.legend":
    "Ce que {teller, select, coach {propose l’entraîneur} wires {proposent les notes des fils} nudge {propose le coup de pouce} wiggle {fait le deuxième tir} other {fait le fait de s’activer ensemble}}",
  "netplay.coach.none": "pas de changement",
  "netplay.coach.tiny": "presque aucun changement",
  "netplay.coach.most": "change le plus",

  "netplay.adjust.legend": "Tourne tes boutons",
  "netplay.adjust.followAll": "Tout suivre",
  "netplay.adjust.keepAll": "Tout garder",
  "netplay.dial.handshake": "Ta poignée de main avec {name}",
  "netplay.dial.excitability": "Ton excitabilité",
  "netplay.dial.looser": "Plus souple : {what}",
  "netplay.dial.firmer": "Plus ferme : {what}",
  "netplay.dial.suggest": "{mark} : {change}",
  "netplay.dial.markChange": "changement",
  "netplay.adjust.followChange": "Tourne chaque bouton du changement que donne le deuxième tir",

  "netplay.caption.lobby":
    "Toute la classe est un seul réseau : chacun de vous est un neurone. Vous ne voyez que vos voisins : les neurones qui vous passent la balle, et ceux à qui vous la passez.",
  "netplay.caption.pass": "La balle traverse le réseau couche par couche : chaque neurone additionne ce que ses voisins lui passent, chacun fois sa poignée de main, plus son excitabilité.",
  "netplay.caption.vote":
    "{metres} m {side, select, short {trop court} other {trop long}}. Sur ton téléphone : laquelle de tes poignées de main est fautive ? {waiting, plural, =0 {Tout le monde a voté.} other {# votent encore.}}",
  "netplay.caption.noVote": "{metres} m {side, select, short {trop court} other {trop long}}. {noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {L’entraîneur remonte couche par couche : sa note se partage le long de chaque poignée de main.} wires {Les notes remontent couche par couche sur leurs propres fils, pas sur les poignées de main.} nudge {Un coup de pouce remonte à travers les couches ; chaque neurone compare comment il s’active.} wiggle {Chaque neurone a bougé un peu et le réseau a tiré à nouveau.} other {Personne n’entend parler du raté : les neurones qui se sont activés ensemble se serrent plus fort.}} {seat, select, none {} other {{teller, select, wires {Le neurone {name} reçoit la plus grande part de la note des fils ({share} %).} nudge {Le neurone {name} reçoit la plus grande part du coup de pouce ({share} %).} other {Le neurone {name} porte la plus grande part de la faute ({share} %).}}}}",
  "netplay.caption.adjust": "Tourne tes poignées de main sur ton téléphone, ou laisse-les : la règle ({title}) les ajuste pour toi. {done, number} sur {people, number} ont fini.",
  "netplay.caption.learned": "Le réseau a appris : 3 d’affilée !",

  "netplay.describe.seat":
    "{shooter, select, yes {Tu es le tireur, le dernier neurone du réseau.} other {Tu es le neurone {index, number} sur {width, number} de la couche {layer, number} sur {layers, number} avant le tireur.}} {first, select, yes {On te donne la distance jusqu’au panier} other {{before, plural, one {Un voisin te passe la balle} other {# voisins te passent la balle}}}} ; {after, plural, =0 {tu tires au panier} one {tu passes la balle à un voisin} other {tu passes la balle à # voisins}}.",
  "netplay.describe.in": "{name} t’a donné {value, number, ::.000} ; ta poignée de main avec lui est {weight, number, ::.000}.",
  "netplay.describe.inDistance":
    "La distance du panier ({metres, number} m) t’arrive comme {value, number, ::.000} ({near, number} m donnerait {low, number}, {far, number} m donnerait {high, number}) ; ta poignée de main avec elle est {weight, number, ::.000}.",
  "netplay.describe.out": "Tu as passé {value, number, ::.000}.",
  "netplay.describe.suggest":
    "{teller, select, coach {L’entraîneur tourne} wires {La note des fils tourne} nudge {Le coup de pouce tourne} wiggle {Ton petit mouvement tourne} other {L’activation commune tourne}} ta poignée de main avec {name} {dir, select, firmer {plus ferme} other {plus souple}} de {change, number, ::.000###}.{most, select, yes { C’est le plus grand changement de toutes tes poignées de main.} other {}}",
  "netplay.describe.vote":
    "{count, plural, one {Vote : tu n’as qu’une poignée de main, donc il n’y a rien à choisir. Dans quel sens la tourner ?} other {Vote : laquelle de tes # poignées de main est fautive, et dans quel sens la tourner ?}}",
  "netplay.describe.second":
    "Tout le monde a fait son petit mouvement et le réseau a tiré une deuxième fois. Ce tir tombe {unit, select, cm {{size, plural, one {à # centimètre} other {à # centimètres}}} other {{size, plural, one {à # mètre} other {à # mètres}}}} {side, select, short {trop court} long {trop long} other {du centre}} : {kept, select, kept {plus près, donc tout le monde garde son petit mouvement.} reversed {plus loin, donc tout le monde va dans le sens contraire de son petit mouvement.} other {aussi près, donc rien ne change.}}",
  "netplay.describe.suggestWiggle":
    "Donc ta poignée de main avec {name} devient {dir, select, firmer {plus ferme} other {plus souple}} de {change, number, ::.000###} : {kept, select, kept {dans le sens de ton petit mouvement} other {dans le sens contraire de ton petit mouvement}}.{most, select, yes { C’est le plus grand changement de toutes tes poignées de main.} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {L’entraîneur laisse} wires {La note des fils laisse} nudge {Le coup de pouce laisse} wiggle {Le deuxième tir laisse} other {L’activation commune laisse}} ta poignée de main avec {name} {exact, select, yes {comme elle est : pas de changement.} other {presque comme elle est : elle change de moins de {limit, number}.}}",
  "netplay.match.way":
    "{name} n’a qu’une poignée de main : {direction, select, right {{teller, select, wires {tournée comme l’ont dit les fils} nudge {tournée comme l’a dit le coup de pouce} other {bon sens}}} other {{teller, select, wires {les fils l’ont tournée dans l’autre sens} nudge {le coup de pouce l’a tournée dans l’autre sens} other {mauvais sens}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {Chaque votant n’a qu’une poignée de main, donc il n’y en avait aucune à choisir.} other {{right, number} {choosers, plural, one {voisinage sur #} other {voisinages sur #}} avec plus d’une poignée de main ont choisi la poignée de main que {teller, select, wires {les fils ont le plus accusée} nudge {le coup de pouce a le plus accusée} other {l’entraîneur a le plus accusée}}.}} {turned, number} sur {total, number} ont choisi le sens dans lequel {teller, select, wires {les fils l’ont tournée} nudge {le coup de pouce l’a tournée} other {l’entraîneur l’a tournée}}.",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {Tes votes : la poignée de main que les fils ont le plus accusée, {handshake, number} {votes, plural, one {fois sur #} other {fois sur #}} ; le sens donné par les fils, {direction, number} {votes, plural, one {fois sur #} other {fois sur #}}.} nudge {Tes votes : la poignée de main que le coup de pouce a le plus accusée, {handshake, number} {votes, plural, one {fois sur #} other {fois sur #}} ; le sens donné par le coup de pouce, {direction, number} {votes, plural, one {fois sur #} other {fois sur #}}.} other {Tes votes : la bonne poignée de main, {handshake, number} {votes, plural, one {fois sur #} other {fois sur #}} ; le bon sens, {direction, number} {votes, plural, one {fois sur #} other {fois sur #}}.}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {Tu n’avais qu’une poignée de main, donc tu as voté seulement sur le sens : {teller, select, wires {le sens donné par les fils} nudge {le sens donné par le coup de pouce} other {le bon sens}}, {direction, number} {votes, plural, one {fois sur #} other {fois sur #}}.} other {Tes votes : {teller, select, wires {la poignée de main que les fils ont le plus accusée} nudge {la poignée de main que le coup de pouce a le plus accusée} other {la bonne poignée de main}}, {handshake, number} {choices, plural, one {fois sur #} other {fois sur #}} où tu avais plus d’une poignée de main à choisir ; {teller, select, wires {le sens donné par les fils} nudge {le sens donné par le coup de pouce} other {le bon sens}}, {direction, number} {votes, plural, one {fois sur #} other {fois sur #}}.}}",
  "netplay.summary.share":
    "{teller, select, wires {Après un raté, ton neurone a reçu en moyenne {share, number, percent} de la note des fils.} nudge {Après un raté, ton neurone a reçu en moyenne {share, number, percent} du coup de pouce.} other {Après un raté, ton neurone a porté en moyenne {share, number, percent} de la faute.}}",
};
