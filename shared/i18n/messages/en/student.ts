// The student's device in class: joining, the controller, refusals and the screens of a student who cannot play.
export const student = {
  // Joining.
  "student.page.title": "The Blame Game: class",
  "student.join.title": "Join the class",
  "student.join.codeLabel": "Class code (on the board)",
  "student.join.codeAria": "Class code",
  "student.join.nameLabel": "Your nickname",
  "student.join.nameAria": "Nickname",
  "student.join.namePlaceholder": "a nickname",
  "student.join.join": "Join",
  "student.join.makeOneUp": "Make one up for me",
  "student.join.joining": "Joining…",
  "student.join.gettingSeat": "Getting your seat…",
  "student.join.stillTrying": "The class is not answering yet: still trying ({attempt, number})…",
  "student.join.someoneNew": "Join as someone new",

  // Why a typed nickname cannot be used (checked on the device, in its language).
  "student.name.empty": "Please type a nickname.",
  "student.name.characters": "Nicknames can use letters, numbers, spaces and ' . _ - only (no emoji).",
  "student.name.tooManyMarks": "Please use fewer accents on each letter.",
  "student.name.tooLong": "Nicknames can be at most {max, number} characters.",
  "student.name.bot": "Names starting with Bot are for the computer players. Please choose another nickname.",
  "student.name.rude": "Please choose a different nickname.",
  "student.name.taken": "Someone here already has that nickname (or one that looks the same). Try another.",

  // Why a join did not work.
  "student.refusal.notFound": "No class is using that code. Check the code on the board.",
  "student.refusal.locked": "This class is locked: ask your teacher to unlock it.",
  "student.refusal.full": "Every seat is taken: ask your teacher to allow more lines, or longer lines, in the class's Settings.",
  "student.refusal.badCode": "A join code is 5 letters or digits, like K7QXM.",
  "student.refusal.badName": "Pick another nickname: up to 20 letters, numbers, spaces or ' . _ -, and nothing rude.",
  "student.refusal.hostKey": "This device does not hold the key to that class.",
  "student.refusal.banned": "Your teacher removed you from this class.",
  "student.refusal.rateLimited": "Too many tries from this network: wait a minute, then check the code.",
  "student.refusal.unreachable": "Cannot reach the class's server. Check the Wi-Fi.",
  "student.refusal.refused": "The class did not let you in. Try again.",

  // Why the class did not take something the student did (a short note at the bottom of the screen).
  "student.refused.wrongPhase": "Not now: the game has moved on.",
  "student.refused.paused": "The game is paused: eyes on the board.",
  "student.refused.alreadyVoted": "You have already voted this round.",
  "student.refused.outOfRange": "That value is out of range.",
  "student.refused.notSeated": "You do not have a seat in this class.",
  "student.refused.tooFast": "Slow down a little, then try again.",
  "student.refused.notConnected": "Not connected: your device is getting back into the class.",
  "student.refused.noAnswer": "The class did not answer: check the connection and try again.",
  "student.refused.other": "The class did not take that. Try again.",

  // The screens of a student who cannot play.
  "student.friendly.notFound": "We could not find that class",
  "student.friendly.badCode": "That does not look like a code",
  "student.friendly.locked": "This class is locked",
  "student.friendly.full": "This class is full",
  "student.friendly.badName": "Pick another nickname",
  "student.friendly.hostKey": "That is not your class",
  "student.friendly.banned": "You have left the class",
  "student.friendly.rateLimited": "Too many tries",
  "student.friendly.unreachable": "Cannot reach the class",
  "student.friendly.refused": "Could not join",
  "student.friendly.kicked": "You have left the class",
  "student.friendly.lost": "Your seat was given away",
  "student.friendly.kickedText": "Your teacher removed you from this class.",
  "student.friendly.lostText": "We could not keep your seat. Check the Wi-Fi, then join again with the code on the board.",
  "student.friendly.again": "Try again",
  "student.friendly.another": "Join another class",

  // The controller's head and banner.
  "student.head.name": "★ {name}",
  "student.head.seat": "Seat {seat, number} of {seats, number}",
  "student.head.lineSeat": "Line {line, number} · seat {seat, number} of {seats, number}",
  "student.head.score": "{score, plural, one {# pt} other {# pts}}",
  "student.banner.reconnecting": "Connection lost: reconnecting… (your seat is kept)",
  "student.banner.back": "Welcome back: you're in your seat again ✓",

  // My neuron.
  "student.neuron.label": "Your neuron",
  "student.neuron.in": "came in",
  "student.neuron.handshake": "handshake",
  "student.neuron.excitability": "excitability",
  "student.neuron.out": "went out",
  "student.neuron.fromStart": "from the start",
  "student.neuron.from": "from {seat, number} · {name}",
  "student.neuron.toShot": "to the shot",
  "student.neuron.to": "to {seat, number} · {name}",

  // What the phone says while it waits.
  "student.wait.lobby": "You're in! Waiting for your teacher to start.",
  "student.wait.pass": "The ball is coming down the line…",
  "student.wait.shot": "The last neuron shoots!",
  "student.wait.teacher": "Waiting for your teacher…",
  "student.wait.paused": "Paused: eyes on the board.",
  "student.wait.done": "Done ✓ Waiting for the others…",
  "student.aim.moves": "The hoop moves to {distance, number} m…",
  "student.aim.at": "Shot {round, number}: the hoop is at {distance, number} m. Get ready…",

  // How the shot landed.
  "student.miss.short": "{distance, number} m short",
  "student.miss.long": "{distance, number} m long",
  "student.miss.hit": "In! ({distance, number} m off centre)",

  // The coach's card on my phone.
  "student.card.says": "{teller} says:",
  "student.card.share": "{share, number, percent} of the blame",
  "student.card.shareBy": "{teller, select, wires {{share, number, percent} of the wires' note} nudge {{share, number, percent} of the nudge} other {{share, number, percent} of the blame}}",
  "student.card.firmer": "▲ firmer",
  "student.card.looser": "▼ looser",
  "student.card.vote":
    "Your vote: {blame, select, right {✔ right neuron} other {✘ not the one}}, {direction, select, right {✔ right way} other {✘ wrong way}}",

  // The end of the game.
  "student.summary.title": "Game over",
  "student.summary.points": "{score, plural, one {# point} other {# points}}",
  "student.summary.votes":
    "{votes, plural, one {Right neuron {blameRight, number} of # time; right way {directionRight, number} of #.} other {Right neuron {blameRight, number} of # times; right way {directionRight, number} of #.}}",
  "student.summary.noVotes": "You did not vote this game.",

  // Helpers a student can switch on for this device (read-aloud, more time).
  "student.help.label": "Helpers on this device",
  "student.help.moreTimeWhat": "Vote as soon as the ball lands, and turn your handshake as soon as your card comes. The class does not wait.",
  "student.help.earlyVote": "More time: the vote is already open for you.",
  "student.help.earlyDial": "More time: you can turn your handshake already.",
} as const satisfies Record<string, string>;
