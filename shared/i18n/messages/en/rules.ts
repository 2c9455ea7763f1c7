// The learning rules in words: each rule's name, its one-line summary, and its story after a shot (who
// speaks, what travels back, the vote's question, what the court draws). Only backprop has a coach.
export const rules = {
  "rules.noVoteAfterHit": "In! Nobody to blame, so no vote this time.",

  // A signal's size in one word, against the signal the shooter got.
  "rules.size.tiny": "tiny",
  "rules.size.small": "small",
  "rules.size.medium": "medium",
  "rules.size.big": "big",
  "rules.size.huge": "huge",

  // Backprop: the coach.
  "rules.backprop.title": "Backprop coach",
  "rules.backprop.summary": "The coach walks back down the line and tells each player exactly how much the miss was their fault.",
  "rules.backprop.signalMeaning": "the error signal that reached you",
  "rules.backprop.teller": "the coach",
  "rules.backprop.step": "The coach walks back",
  "rules.backprop.after":
    "The coach walks back from the hoop along the same handshakes the ball came through, and gives every neuron a note: its share of the blame and which way to turn.",
  "rules.backprop.afterHit": "In! Nobody to blame. The coach still walks back with small notes, so the next shot lands nearer the middle.",
  "rules.backprop.catch":
    "For this, a real neuron would have to send a message backwards through its own handshake. That is the part scientists find hard to believe.",
  "rules.backprop.vote": "Who is most to blame?",
  "rules.backprop.waiting": "Vote cast. Waiting for the coach…",
  "rules.backprop.cards": "The coach's cards",
  "rules.backprop.signal": "note",
  "rules.backprop.mark": "coach",
  "rules.backprop.court": "On the court: the green coach stops beside each neuron; the white square is its note, as big as the error that reached it.",

  // Separate feedback wires (feedback alignment).
  "rules.feedback-alignment.title": "Separate feedback wires",
  "rules.feedback-alignment.summary": "No coach: the note about the miss travels back on its own wires, which were set up at random and never change.",
  "rules.feedback-alignment.signalMeaning": "the error signal that reached you over the feedback wires",
  "rules.feedback-alignment.teller": "the wires",
  "rules.feedback-alignment.step": "Notes on the wires",
  "rules.feedback-alignment.after":
    "No coach here. The miss is written on a note that travels back on separate wires, not on the handshakes. Each wire got a random strength at the start and never changes.",
  "rules.feedback-alignment.afterHit": "In! Nobody to blame. Small notes still travel back on the wires, so the next shot lands nearer the middle.",
  "rules.feedback-alignment.catch": "A note points the right way only where the wires' signs (+ or −) agree with the handshakes'.",
  "rules.feedback-alignment.vote": "Who will the wires' notes blame most?",
  "rules.feedback-alignment.waiting": "Vote cast. Waiting for the notes…",
  "rules.feedback-alignment.cards": "Notes from the wires",
  "rules.feedback-alignment.signal": "note",
  "rules.feedback-alignment.mark": "wires",
  "rules.feedback-alignment.court":
    "On the court: the dashed arcs over the heads are the wires, thicker for a stronger wire, with its sign (+ or −); the white note rides them back.",

  // Nudge and compare (activity difference).
  "rules.activity-difference.title": "Nudge and compare",
  "rules.activity-difference.summary":
    "The last player is nudged toward the right shot; everyone feels the nudge ripple back and learns from how their own firing changed.",
  "rules.activity-difference.signalMeaning": "how much your firing changed when the line was nudged",
  "rules.activity-difference.teller": "the nudge",
  "rules.activity-difference.step": "Nudge and compare",
  "rules.activity-difference.after":
    "No coach and no note. The shooter is nudged toward a better shot, the nudge spreads back through the handshakes, and each neuron compares its firing with the nudge to its firing without it.",
  "rules.activity-difference.afterHit": "In! Nobody to blame. A tiny nudge toward the middle still spreads back, and each neuron compares its firing.",
  "rules.activity-difference.catch":
    "Only changes in firing travel back, and real neurons can do that. How much a neuron's firing changed works out as its share of the blame.",
  "rules.activity-difference.vote": "Who will the nudge blame most?",
  "rules.activity-difference.waiting": "Vote cast. Waiting for the nudge…",
  "rules.activity-difference.cards": "What the nudge changed",
  "rules.activity-difference.signal": "nudge",
  "rules.activity-difference.mark": "nudge",
  "rules.activity-difference.court": "On the court: the yellow glow is the nudge. Over each head, ▲ means it fired a little more, ▼ a little less.",

  // Trial and error (weight perturbation).
  "rules.trial-and-error.title": "Trial and error",
  "rules.trial-and-error.summary": "Everyone wiggles their grip a little at random and the line shoots again: wiggles that helped are kept.",
  "rules.trial-and-error.signalMeaning": "your own random wiggle (kept if the second shot was closer, turned around if not)",
  "rules.trial-and-error.teller": "the wiggle",
  "rules.trial-and-error.step": "Wiggle and shoot again",
  "rules.trial-and-error.after":
    "Nobody walks back. Every neuron wiggles its handshake a little at random and the ball is passed and shot again. Closer? Everyone keeps their wiggle. Farther? Everyone goes the other way instead.",
  "rules.trial-and-error.afterHit": "In! Still, everyone wiggles and the ball is passed and shot again: the wiggles stay if the ball lands nearer the middle.",
  "rules.trial-and-error.catch": "It takes two shots for every change, and the more neurons wiggle at once, the harder it is to tell whose wiggle helped.",
  "rules.trial-and-error.noVote": "No vote here: everyone wiggles at random, and a second shot decides.",
  "rules.trial-and-error.waiting": "Waiting for the second shot…",
  "rules.trial-and-error.cards": "Everyone's wiggle",
  "rules.trial-and-error.signal": "wiggle",
  "rules.trial-and-error.mark": "wiggle",
  "rules.trial-and-error.court": "On the court: the dashed white arc is the second shot; the words over the miss say if everyone keeps their wiggle.",

  // Fire together, wire together (Hebbian).
  "rules.fire-together.title": "Fire together, wire together",
  "rules.fire-together.summary": "Partners who fire at the same time grip each other harder. Nobody ever hears about the miss.",
  "rules.fire-together.signalMeaning": "how strongly you and the player before you fired together",
  "rules.fire-together.teller": "nobody",
  "rules.fire-together.step": "Fire together, wire together",
  "rules.fire-together.after": "Nobody hears about the miss. Neighbours who fired together grip each other a little harder, and every grip fades a little.",
  "rules.fire-together.afterHit": "In! But nobody hears about it: neighbours who fired together grip harder, as after any shot.",
  "rules.fire-together.catch": "Nothing here knows where the ball landed, so the line cannot fix a miss.",
  "rules.fire-together.noVote": "No vote: nobody hears about the miss.",
  "rules.fire-together.waiting": "Waiting…",
  "rules.fire-together.cards": "Who fired together",
  "rules.fire-together.signal": "together",
  "rules.fire-together.mark": "firing",
  "rules.fire-together.court": "On the court: the glowing links join neighbours who fired together; their grip grows.",
} as const satisfies Record<string, string>;
