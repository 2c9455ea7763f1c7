// The guided path of the solo game (client/chapters): each chapter's title, idea, intro, goal and
// takeaway, how far along its goal is, and the finale's table of the rules.
export const chapters = {
  "chapters.pass.title": "1. Pass the ball",
  "chapters.pass.idea": "the forward pass",
  "chapters.pass.intro1": "You are one neuron in a line of three. The ball comes in, you pass it on, and the last neuron shoots at the hoop.",
  "chapters.pass.intro2": "Your handshake says how firmly you pass the ball. A firm handshake makes the ball glow brighter for the next player.",
  "chapters.pass.goal": "Watch the ball travel down the line and take 2 shots.",
  "chapters.pass.takeaway": "Every shot starts the same way: the ball goes through every neuron in turn. That trip is called the forward pass.",

  "chapters.miss.title": "2. The miss",
  "chapters.miss.idea": "the loss",
  "chapters.miss.intro1": "A shot can land short of the hoop or too far. How far it missed, in metres, is the one number the whole line wants to shrink.",
  "chapters.miss.intro2": "This time the others hold their handshakes still: only yours moves. Just following the coach, the line needs about 5 shots. Firmer throws further, looser falls shorter.",
  "chapters.miss.goal": "Get a shot to land less than 1 metre from the hoop. Turn your dial to beat the line's 5 shots.",
  "chapters.miss.takeaway": "Learning means making the miss smaller, shot after shot. Your own handshake moved the ball: the curve in the corner shows the miss shrinking.",

  "chapters.coach.title": "3. The coach",
  "chapters.coach.idea": "blame",
  "chapters.coach.intro1": "After a miss a coach walks back from the hoop, down the line. At each neuron the coach hands over a card: how much of the miss was yours, and whether to grip firmer or looser.",
  "chapters.coach.intro2": "Before the coach speaks, you vote: who do you think is most to blame? The others hold their handshakes still, so the miss waits for your guesses.",
  "chapters.coach.goal": "Guess the neuron the coach blames most, twice.",
  "chapters.coach.takeaway": "The coach's walk back is backpropagation: it works out exactly how much each handshake added to the miss.",

  "chapters.strict.title": "4. A strict coach",
  "chapters.strict.idea": "the learning rate",
  "chapters.strict.intro1": "This coach is far too strict: everyone changes their handshake a lot after every miss, so the line overshoots.",
  "chapters.strict.intro2": "Use the strictness dial to calm the coach down.",
  "chapters.strict.goal": "Score 2 hits in a row.",
  "chapters.strict.takeaway": "Small steps in the right direction beat big jumps. The step size is called the learning rate.",

  "chapters.deep.title": "5. A long line",
  "chapters.deep.idea": "the fading signal",
  "chapters.deep.intro1": "Now the line has eight neurons and you sit at the very front. Watch the coach's note as it is handed back: it can shrink at every step.",
  "chapters.deep.intro2": "A tiny note means the front of the line hardly learns at all.",
  "chapters.deep.goal": "Take 3 shots and watch how small the note is when it reaches you.",
  "chapters.deep.takeaway": "In a long line the error signal can fade away (or blow up). Deep networks need care so the note still means something at the front.",

  "chapters.wiring.title": "6. The brain's wiring problem",
  "chapters.wiring.idea": "feedback alignment",
  "chapters.wiring.intro1": "A real brain has no coach who knows everyone's handshake. Here the notes travel back on separate wires with fixed, random strengths.",
  "chapters.wiring.intro2": "A note points the right way only where its wire has the same sign (+ or −) as the handshake it stands in for. Here two of the three wires agree. Is that enough for the line to learn?",
  "chapters.wiring.goal": "Get a shot within half a metre of the hoop.",
  "chapters.wiring.takeaway": "Feedback does not have to use the same connections as the forward pass: wires that agree only roughly were enough. This is one idea for how brains could learn.",

  "chapters.guess.title": "7. Trial and error",
  "chapters.guess.idea": "why blame beats guessing",
  "chapters.guess.intro1": "No coach at all: everyone wiggles their handshake at random, the line shoots again, and wiggles that helped are kept.",
  "chapters.guess.intro2": "It works, but it needs two shots for every step and gets slower as the line grows.",
  "chapters.guess.goal": "Get a shot within 1 metre of the hoop by trial and error.",
  "chapters.guess.takeaway": "Guessing can learn, but it needs two shots for every step. Telling each neuron its own share of the miss learns much faster, and the gap grows with the line.",

  // How far along a goal is, beside it in the top bar.
  "chapters.progress.shots": "{done, number} of {n, plural, one {# shot} other {# shots}}",
  "chapters.progress.closest": "closest so far: {distance} m",
  "chapters.progress.noShot": "no shot yet",
  "chapters.progress.right": "{done, number} of {n, number} right",
  "chapters.progress.inARow": "{done, number} of {n, number} in a row",

  // The finale's table: what each rule sends back after a miss, and over what.
  "chapters.finale.backprop.travels": "The miss, as each neuron's exact share of the blame",
  "chapters.finale.backprop.over": "the same handshakes the ball came down (brains find this hard)",
  "chapters.finale.feedback-alignment.travels": "The miss, as a note",
  "chapters.finale.feedback-alignment.over": "separate feedback wires with fixed, random strengths",
  "chapters.finale.activity-difference.travels": "A nudge toward the hoop, as activity",
  "chapters.finale.activity-difference.over": "the feedback path; each neuron compares its nudged and free firing",
  "chapters.finale.trial-and-error.travels": "Nothing: everyone wiggles, the line shoots twice",
  "chapters.finale.trial-and-error.over": "no wires back; wiggles that helped are kept",
  "chapters.finale.fire-together.travels": "Nothing: nobody hears about the miss",
  "chapters.finale.fire-together.over": "no wires back; partners who fire together grip harder",
} as const satisfies Record<string, string>;
